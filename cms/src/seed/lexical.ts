// Minimal builders for Payload's Lexical JSON, so demo texts read like real editor content.
type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (value: string) =>
  block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })
export const heading = (value: string, tag: 'h2' | 'h3' = 'h2') => block('heading', [text(value)], { tag })
export const list = (items: string[]) =>
  block(
    'list',
    items.map((item, i) => block('listitem', [text(item)], { value: i + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )
export const link = (label: string, url: string) =>
  block('paragraph', [block('link', [text(label)], { fields: { linkType: 'custom', newTab: false, url } })], {
    textFormat: 0,
    textStyle: '',
  })

/** Plain strings become paragraphs; nodes pass through. */
export function richText(...parts: (string | Node)[]) {
  return {
    root: block(
      'root',
      parts.map((p) => (typeof p === 'string' ? paragraph(p) : p)),
    ),
  }
}

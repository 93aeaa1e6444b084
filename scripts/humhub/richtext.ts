import sanitizeHtml from 'sanitize-html'

// HumHub descriptions and posts are HTML (older spaces) or Markdown-like text. Both are reduced by
// sanitize-html to a few harmless tags (no scripts, styles, event handlers or foreign attributes),
// then turned into Payload's Lexical JSON: paragraphs, headings, lists, bold/italic, links.

type Node = Record<string, unknown>

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  // Scripts and styles go with their content, not just their tags.
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object'],
  transformTags: { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3', div: 'p' },
}

export function sanitize(html: string): string {
  return sanitizeHtml(html, allowed)
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')

/** Plain text of (sanitized) HTML, for short descriptions and teasers. */
export function plainText(html: string): string {
  return decode(
    sanitize(html)
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(p|h2|h3|li)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
}

/** Cuts at a word boundary with an ellipsis, for fields with a length limit. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 2)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max * 0.6)))} …`
}

const textNode = (text: string, format: number): Node => ({
  type: 'text',
  text,
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

/** Markdown-like text (HumHub's editor) becomes simple HTML first: paragraphs, **bold**, *italic*, [links](…), "- " lists. */
function textToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const inline = (s: string) =>
    esc(s)
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>')
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const lines = para
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      if (lines.length && lines.every((l) => /^[-*] /.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`
      const heading = /^(#{1,3}) (.+)$/.exec(lines[0] ?? '')
      if (heading && lines.length === 1)
        return `<h${Math.max(2, heading[1].length)}>${inline(heading[2])}</h${Math.max(2, heading[1].length)}>`
      return `<p>${lines.map(inline).join('<br>')}</p>`
    })
    .join('')
}

/**
 * Lexical rich text from HumHub HTML or text; undefined when nothing readable is left. The input
 * is sanitized first, so the converter only ever sees the tags listed above, well-formed.
 */
export function toRichText(input: string | null | undefined): { root: Node } | undefined {
  if (!input?.trim()) return undefined
  const html = sanitize(/<[a-z][^>]*>/i.test(input) ? input : textToHtml(input))
  const blocks: Node[] = []
  let current: Node[] | null = null
  let currentType: { type: string; extra: Node } = { type: 'paragraph', extra: {} }
  let list: Node | null = null
  let format = 0
  let link: Node | null = null
  const flush = () => {
    if (current && current.length) {
      const node = block(currentType.type, current, currentType.extra)
      if (list)
        (list.children as Node[]).push({
          ...node,
          type: 'listitem',
          value: (list.children as Node[]).length + 1,
        })
      else blocks.push(node)
    }
    current = null
  }
  const push = (node: Node) => {
    if (!current) current = []
    if (link) (link.children as Node[]).push(node)
    else current.push(node)
  }
  for (const token of html.match(/<\/?[a-z0-9]+[^>]*>|[^<]+/gi) ?? []) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token)
    if (!tag) {
      const text = decode(token)
      if (text.trim() || current) push(textNode(text, format))
      continue
    }
    const [, closing, name] = tag
    const open = !closing
    switch (name.toLowerCase()) {
      case 'p':
      case 'li':
        flush()
        currentType = { type: 'paragraph', extra: { textFormat: 0, textStyle: '' } }
        break
      case 'h2':
      case 'h3':
        flush()
        currentType = open
          ? { type: 'heading', extra: { tag: name.toLowerCase() } }
          : { type: 'paragraph', extra: { textFormat: 0, textStyle: '' } }
        break
      case 'ul':
      case 'ol':
        flush()
        if (open)
          list = block('list', [], { listType: name === 'ol' ? 'number' : 'bullet', start: 1, tag: name })
        else if (list) {
          if ((list.children as Node[]).length) blocks.push(list)
          list = null
        }
        break
      case 'br':
        push({ type: 'linebreak', version: 1 })
        break
      case 'strong':
      case 'b':
        format = open ? format | 1 : format & ~1
        break
      case 'em':
      case 'i':
        format = open ? format | 2 : format & ~2
        break
      case 'a': {
        if (open) {
          const href = decode(/href="([^"]*)"/.exec(token)?.[1] ?? '')
          link = block('link', [], { fields: { linkType: 'custom', newTab: false, url: href } })
        } else if (link) {
          const done = link
          link = null
          if ((done.children as Node[]).length) push(done)
        }
        break
      }
    }
  }
  flush()
  if (list && (list.children as Node[]).length) blocks.push(list)
  return blocks.length ? { root: block('root', blocks) } : undefined
}

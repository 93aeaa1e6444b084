// Editors' rich text (Lexical JSON) as HTML for the public site: Payload's own converters, with
// our own lists, then sanitised (./sanitize.ts). Runs in the build script before Astro starts.
import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import type { PublicCollection } from '../../../cms/src/publish/publicContent'

type ListNode = {
  tag?: string
  listType?: string
  start?: number
  children?: { type?: string; children?: { type?: string }[] }[]
}

/**
 * Payload writes `<li value="n">` into every list (valid only in <ol>, and redundant there) and
 * turns a nested list into an item of its own. Ours: plain <li>, a nested list inside the item
 * before it, and an ordered list that does not start at 1 keeps its number as <ol start>.
 */
const listConverters: ReturnType<HTMLConvertersFunction> = {
  list: ({ node, nodesToHTML }) => {
    const list = node as unknown as ListNode
    const ordered = list.tag === 'ol' || list.listType === 'number'
    const items: string[] = []
    for (const child of list.children ?? []) {
      const html = nodesToHTML({ nodes: (child.children ?? []) as never }).join('')
      const onlyLists =
        (child.children ?? []).length > 0 && (child.children ?? []).every((c) => c.type === 'list')
      if (onlyLists && items.length)
        items[items.length - 1] = items[items.length - 1].replace(/<\/li>$/, `${html}</li>`)
      else items.push(`<li>${html}</li>`)
    }
    const start =
      ordered && typeof list.start === 'number' && list.start !== 1
        ? ` start="${Math.trunc(list.start)}"`
        : ''
    return ordered ? `<ol${start}>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`
  },
}

export async function convertRichText(value: object): Promise<string> {
  const [{ convertLexicalToHTML, defaultHTMLConverters }, { sanitizeRichText }] = await Promise.all([
    import('@payloadcms/richtext-lexical/html'),
    import('./sanitize'),
  ])
  const html = convertLexicalToHTML({
    data: value as never,
    disableContainer: true,
    converters: {
      ...defaultHTMLConverters,
      ...listConverters,
      // Uploads inside rich text would point at the CMS; images on the page come from media fields.
      upload: () => '',
    },
  })
  return sanitizeRichText(html)
}

/** Fields holding Lexical rich text, per collection; converted to HTML in the snapshot. */
export const richTextFields: Partial<Record<PublicCollection, string[]>> = {
  associations: ['description'],
  events: ['body'],
  opportunities: ['body'],
  news: ['body'],
  pages: ['body'],
}

// Untranslated English documents carry the German rich text: convert each distinct text once.
const htmlCache = new Map<string, string>()

/** A rich-text value as sanitised HTML ('' for none). */
export async function richTextToHtml(value: unknown): Promise<string> {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const key = JSON.stringify(value)
  const cached = htmlCache.get(key)
  if (cached !== undefined) return cached
  const html = await convertRichText(value)
  if (htmlCache.size > 20_000) htmlCache.clear()
  htmlCache.set(key, html)
  return html
}

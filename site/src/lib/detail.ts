// Small text rules for detail pages, so every page applies them the same way.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e])
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('de')

/**
 * The body without its first paragraph when that paragraph only repeats the summary shown above
 * it as the lead (editors often paste the summary as the first line of the text).
 */
export function bodyAfterSummary(html: string, summary: string | null | undefined): string {
  if (!html || !summary) return html
  const first = /^\s*<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)
  if (!first || plain(first[1]) !== plain(summary)) return html
  return html.slice(first[0].length).trim()
}

/**
 * A picture credit worth showing: not a file name or a placeholder label ("IMG_2041.jpg",
 * "Demo-Grafik 1", "Bild 3") that says nothing about who made the picture.
 */
export function shownCredit(credit: string | null | undefined): string | undefined {
  const value = credit?.trim()
  if (!value) return undefined
  if (/\.(jpe?g|png|webp|gif|avif|svg|tiff?|heic)$/i.test(value)) return undefined
  if (
    /^(img|dsc|dscn|pxl|p|bild|foto|grafik|image|photo|picture|demo(-?grafik|-?bild)?|screenshot)[\s_-]*\d*$/i.test(
      value,
    )
  )
    return undefined
  if (/^demo[\s_-]/i.test(value) || /^[\w-]*\d{3,}[\w-]*$/.test(value)) return undefined
  return value
}

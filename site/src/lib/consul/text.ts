import sanitizeHtml from 'sanitize-html'

const blockEnd = /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th)\b[^>]*>/gi

const escaped: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/**
 * Consul stores rich text as HTML. We keep plain text only: the site escapes on render, so the text
 * must come back unescaped (sanitize-html escapes its output, which we undo for these five).
 */
export function plainText(html: string | null | undefined): string {
  if (!html) return ''
  const spaced = html.replace(blockEnd, ' ')
  const text = sanitizeHtml(spaced, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'title'],
  })
  return text
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => escaped[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Shortens at a word boundary so teasers stay readable on a phone. */
export function shorten(text: string, max = 280): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`
}

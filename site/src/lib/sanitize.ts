import sanitizeHtml from 'sanitize-html'

// What editors' rich text may contain on the public site. Everything else (script, style, iframes,
// event handlers, javascript:/data: links) is dropped, whatever ends up in the CMS.
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A page's only h1 is its title; headings in content start one level below.
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '')
      const attrs: Record<string, string> = { href: attribs.href ?? '' }
      if (external) attrs.rel = 'noopener noreferrer'
      return { tagName, attribs: attrs }
    },
  },
}

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options)
}

// One place for the site's German URLs. English pages live under /en/ with the same paths,
// but only where the content exists in English; otherwise links go to the German page.
import type { Locale } from './cms'
import { isTranslated } from './data'
import { sections } from './sections'

export { sections }

export type Section = keyof typeof sections

export const prefix = (locale: Locale) => (locale === 'de' ? '' : `/${locale}`)

/** Link to a list or fixed page: hrefFor('en', '/vereine/') -> '/en/vereine/' */
export const hrefFor = (locale: Locale, path: string) => `${prefix(locale)}${path}`

/** Which documents of a section exist in a locale; a page depends only on the ids it asks about. */
export const translatedIds = (locale: Locale, section: Section) => ({
  has: (id: string | number) => isTranslated(locale, section, String(id)),
})

/** Link to a document's detail page, in the reader's language when it exists there. */
export function docHref(locale: Locale, section: Section, doc: { id: number | string; slug?: string | null }) {
  const translated = locale === 'de' || isTranslated(locale, section, String(doc.id))
  return `${translated ? prefix(locale) : ''}/${sections[section]}/${doc.slug}/`
}

/** Astro's getStaticPaths entries for the two language trees ([...lang] routes). */
export const localeParams = () =>
  [
    { params: { lang: undefined }, props: { locale: 'de' as Locale } },
    { params: { lang: 'en' }, props: { locale: 'en' as Locale } },
  ]

/** Links from content only when they are web, mail or phone addresses (never javascript: etc.). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed) || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return trimmed
  return undefined
}

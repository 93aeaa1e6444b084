// One place for the site's German URLs. Every other language lives under /<code>/ with the same
// paths (cms/src/locales.ts lists them), but only where the content exists in that language;
// otherwise links go to the German page.
import { defaultLocale } from '../../../cms/src/locales'
import { locales, type Locale } from './snapshot'
import { isTranslated } from './data'
import { sections } from './sections'

export { sections }

export type Section = keyof typeof sections

export const prefix = (locale: Locale) => (locale === defaultLocale ? '' : `/${locale}`)

/** Link to a list or fixed page: hrefFor('en', '/vereine/') -> '/en/vereine/' */
export const hrefFor = (locale: Locale, path: string) => `${prefix(locale)}${path}`

/** Which documents of a section exist in a locale; a page depends only on the ids it asks about. */
export const translatedIds = (locale: Locale, section: Section) => ({
  has: (id: string | number) => isTranslated(locale, section, String(id)),
})

/** Link to a document's detail page, in the reader's language when it exists there. */
export function docHref(
  locale: Locale,
  section: Section,
  doc: { id: number | string; slug?: string | null },
) {
  const translated = locale === 'de' || isTranslated(locale, section, String(doc.id))
  return `${translated ? prefix(locale) : ''}/${sections[section]}/${doc.slug}/`
}

/** Astro's getStaticPaths entries for every language tree ([...lang] routes): German at the root. */
export const localeParams = () =>
  locales.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }))

/** The languages a document's detail page exists in (German always; others when translated). */
export const languagesOf = (section: Section, id: string | number): Locale[] =>
  locales.filter((l) => l === defaultLocale || isTranslated(l, section, String(id)))

/** Links from content only when they are web, mail or phone addresses (never javascript: etc.). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed) || (trimmed.startsWith('/') && !trimmed.startsWith('//')))
    return trimmed
  return undefined
}

// The one list of languages. The CMS localization, the generated types, the site's routes, the
// language switcher, Pagefind, the sitemap's hreflang, feeds and open data all derive from it.
// Adding a language is one line here plus its message file (site/src/i18n/<code>.ts).
//
// intl: the BCP 47 tag for Intl (dates, numbers, plurals). Arabic uses Latin digits
// ("ar-u-nu-latn"): the addresses, phone numbers, postcodes and times readers take from our pages
// appear in Latin digits on every letter, sign and form in Germany, and Arabic services of German
// authorities (BAMF, Integreat, Handbook Germany) write them the same way; Arabic-Indic digits
// would make "17033" and "18:00" look different from the letterbox and the bus stop.
// pagefind: the language Pagefind indexes the pages in (it reads <html lang>, which is the code).
export const contentLocales = [
  { code: 'de', label: 'Deutsch', dir: 'ltr', intl: 'de-DE', hreflang: 'de-DE', pagefind: 'de' },
  { code: 'en', label: 'English', dir: 'ltr', intl: 'en-GB', hreflang: 'en', pagefind: 'en' },
  { code: 'uk', label: 'Українська', dir: 'ltr', intl: 'uk-UA', hreflang: 'uk', pagefind: 'uk' },
  { code: 'ar', label: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', hreflang: 'ar', pagefind: 'ar' },
] as const satisfies ReadonlyArray<LocaleDefinition>

export type LocaleDefinition = {
  code: string
  /** The language's name in itself, as the language switcher shows it. */
  label: string
  dir: 'ltr' | 'rtl'
  intl: string
  hreflang: string
  pagefind: string
}

export type ContentLocale = (typeof contentLocales)[number]['code']

export const defaultLocale: ContentLocale = 'de'
export const timeZone = 'Europe/Berlin'

/** A language's definition by code (every code of ContentLocale has one). */
export const localeInfo = (code: ContentLocale): LocaleDefinition =>
  contentLocales.find((l) => l.code === code)!

/** A page's path in a language: "/konto-beantragen/" in German, "/uk/konto-beantragen/" otherwise. */
export const sitePath = (code: ContentLocale, path = '/'): string =>
  code === defaultLocale ? path : `/${code}${path}`

/** The language a site path is in (its first segment), German for the rest. */
export const localeOfPath = (pathname: string): ContentLocale =>
  contentLocales.find((l) => l.code !== defaultLocale && pathname.startsWith(`/${l.code}/`))?.code ??
  defaultLocale

// The one place that lists content languages. Adding Ukrainian or Arabic is one more line here,
// e.g. { code: 'uk', label: 'Українська' } or { code: 'ar', label: 'العربية', rtl: true };
// the CMS, the generated types and the site's locale routing all derive from this list.
export const contentLocales = [
  { code: 'de', label: 'Deutsch' },
  { code: 'en', label: 'English' },
] as const satisfies ReadonlyArray<{ code: string; label: string; rtl?: boolean }>

export type ContentLocale = (typeof contentLocales)[number]['code']

export const defaultLocale: ContentLocale = 'de'
export const timeZone = 'Europe/Berlin'

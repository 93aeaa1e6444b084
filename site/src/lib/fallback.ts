// Content shown in German on a page in another language (no translation yet): marked lang="de"
// (WCAG 3.1.2), left to right on right-to-left pages, and announced once by a note in the reader's
// language (components/FallbackNote.astro) before the first such block.
import type { Collections, Locale } from './cms'
import { langOf } from './data'
import { dirOf } from './i18n'

/** The attributes of a field's element: lang="de" (and dir="ltr" on rtl pages) when it is German. */
export function germanAttrs(
  locale: Locale,
  collection: keyof Collections,
  id: number | string,
  field: string,
): { lang?: 'de'; dir?: 'ltr' } {
  if (!langOf(locale, collection, id, field)) return {}
  return dirOf(locale) === 'rtl' ? { lang: 'de', dir: 'ltr' } : { lang: 'de' }
}

/** A topic's, district's or association's name shown in German (untranslated): its attributes. */
export const nameAttrs = (
  locale: Locale,
  collection: 'topics' | 'districts' | 'associations',
  id: number | string,
) =>
  germanAttrs(
    locale,
    collection,
    id,
    collection === 'associations' || collection === 'topics' || collection === 'districts' ? 'name' : 'title',
  )

/** The first of the page's main blocks (in page order) shown in German: the note goes before it. */
export const firstGerman = (
  locale: Locale,
  collection: keyof Collections,
  id: number | string,
  fields: string[],
) => fields.find((f) => langOf(locale, collection, id, f))

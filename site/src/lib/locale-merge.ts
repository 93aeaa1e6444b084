// A language other than German, as readers see it: the CMS returns only what was translated (no
// fallback, see ./cms-client.ts), and this module fills the rest from the German document the way
// the CMS's own fallback would, while noting what is really translated and which fields are German.
import { PUBLIC_COLLECTIONS, type PublicCollection } from '../../../cms/src/publish/publicContent'
import type { Collections, Locale, LocaleContent } from './snapshot'

/**
 * The localized fields per collection (as in the CMS config). Other languages are read with only
 * these selected: everything else comes from the German document, and Payload skips the
 * relationship work, which makes the second pass several times cheaper.
 */
export const localizedFields: Record<PublicCollection, string[]> = {
  associations: ['name', 'shortDescription', 'description', 'meetingTimes', 'accessibility.notes'],
  events: ['title', 'summary', 'body', 'price.text', 'accessibilityNotes', 'cancellationNote'],
  opportunities: ['title', 'summary', 'body', 'timeNeeded.note', 'requirementsNote'],
  news: ['title', 'excerpt', 'body'],
  pages: ['title', 'summary', 'body'],
  topics: ['name', 'description'],
  districts: ['name', 'description'],
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === ''

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Fills untranslated fields from the German document, the way the CMS's own fallback would. */
export function withFallback<T>(own: T, german: T): T {
  if (isEmpty(own)) return german
  if (!isRecord(own) || !isRecord(german)) return own
  const merged: Record<string, unknown> = { ...german }
  for (const [key, value] of Object.entries(own)) merged[key] = withFallback(value, german[key])
  return merged as T
}

export const titleField = (collection: PublicCollection) =>
  collection === 'associations' || collection === 'topics' || collection === 'districts' ? 'name' : 'title'

/** A document's field by name, for the fields this module knows by name only. */
export const fieldOf = (doc: object, field: string): unknown => (doc as Record<string, unknown>)[field]

/** One collection in `locale`: the documents with German fallback, the translated ids, the German fields per document. */
function mergeCollection<C extends PublicCollection>(
  name: C,
  german: Collections[C],
  own: Collections[C],
  locale: Locale,
) {
  const translated = own.filter((d) => !isEmpty(fieldOf(d, titleField(name)))).map((d) => String(d.id))
  if (locale === 'de') return { docs: own, translated, fallback: {} }
  const byId = new Map(german.map((d) => [String(d.id), d]))
  const fallback: Record<string, string[]> = {}
  const docs = own.map((d) => {
    const original = byId.get(String(d.id))
    const fields = localizedFields[name].filter(
      (f) => !f.includes('.') && isEmpty(fieldOf(d, f)) && !isEmpty(original && fieldOf(original, f)),
    )
    if (fields.length) fallback[`${name}/${d.id}`] = fields
    return original ? withFallback(d, original) : d
  }) as Collections[C]
  return { docs, translated, fallback }
}

/** Every public collection in `locale`, from its own read and the German one. */
export function mergeLocale(german: Collections, own: Collections, locale: Locale) {
  const merged = {} as Record<PublicCollection, unknown>
  const translated = {} as LocaleContent['translated']
  const fallback: LocaleContent['fallback'] = {}
  for (const name of PUBLIC_COLLECTIONS) {
    const result = mergeCollection(name, german[name], own[name], locale)
    merged[name] = result.docs
    translated[name] = result.translated
    Object.assign(fallback, result.fallback)
  }
  return { merged: merged as Collections, translated, fallback }
}

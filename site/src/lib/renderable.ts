// A document the site cannot render is left out of the build instead of stopping it: one event
// with the year 0001 or +020266 (the CMS refuses those, but the Local API, older data or an import
// can still store them) would otherwise make every later build throw, and nothing new would reach
// citizens. The build names the documents it left out in its log and reports them to editors.

import { dateBoundsProblem } from '../../../cms/src/lib/dateBounds'
import { berlinDay, formatDay, formatEventTime, isoBerlin } from './format'
import type { Collections, Locale, SkippedDocument } from './snapshot'

export type { SkippedDocument } from './snapshot'

const fieldLabels: Record<string, string> = {
  start: 'Beginn',
  end: 'Ende',
  deadline: 'Anmeldeschluss',
  validFrom: 'Gültig ab',
  validUntil: 'Gültig bis',
  publishedDate: 'Veröffentlichungsdatum',
  createdAt: 'Erstellt am',
  updatedAt: 'Zuletzt geändert',
}

// Payload's date fields come as ISO strings, with a sign and six digits for years past 9999.
const isoDate = /^[+-]?\d{4,6}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/

/** The date-valued fields of a document, top level and one group deep (registration.deadline). */
function dateFields(doc: Record<string, unknown>): [string, string][] {
  const found: [string, string][] = []
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value === 'string' && isoDate.test(value)) found.push([key, value])
    else if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)) {
      for (const [inner, v] of Object.entries(value))
        if (typeof v === 'string' && isoDate.test(v)) found.push([inner, v])
    }
  }
  return found
}

/**
 * Why this document cannot be rendered, in German, or undefined when it can. Checks the dates
 * against the platform's bounds, then runs the date formatting every page, list and calendar uses
 * on them, so whatever would throw there throws here, for this document alone.
 */
export function renderProblem(
  collection: keyof Collections,
  doc: object,
  locale: Locale,
): string | undefined {
  const fields = dateFields(doc as Record<string, unknown>)
  for (const [key, value] of fields) {
    const problem = dateBoundsProblem(fieldLabels[key] ?? key, value)
    if (problem) return problem
  }
  try {
    for (const [, value] of fields) {
      isoBerlin(value)
      berlinDay(value)
      formatDay(value, locale)
    }
    if (collection === 'events')
      formatEventTime(doc as { start: string; end?: string | null; allDay?: boolean | null }, locale)
  } catch (error) {
    return `Die Daten lassen sich nicht darstellen (${(error as Error).message}).`
  }
  return undefined
}

const collectionLabels: Record<keyof Collections, string> = {
  associations: 'Verein',
  events: 'Veranstaltung',
  opportunities: 'Engagement-Angebot',
  news: 'Meldung',
  pages: 'Seite',
  topics: 'Thema',
  districts: 'Stadtteil',
}

/** One line for the build log: "Veranstaltung 12 „Sommerfest“: Beginn: …". */
export const describeSkipped = (s: SkippedDocument) =>
  `${collectionLabels[s.collection]} ${s.id} „${s.title}“: ${s.reason}`

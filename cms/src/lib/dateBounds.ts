// The span of dates the platform accepts and the site can render: one definition, used by the CMS's
// validation (cms/src/collections/Events.ts) and by the site build, which leaves out documents
// that got past validation anyway (written through the Local API, older data, imports).
// No imports: the site build loads this file outside Payload.

export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2100
/** An event may last up to a year (plus a day for all-day ends); longer is almost always a typo. */
export const MAX_EVENT_SPAN_MS = 366 * 24 * 3600 * 1000

// A day of slack on both sides: 01.01.1900, 00:00 in Berlin is still 1899 in UTC.
const earliest = Date.UTC(EARLIEST_YEAR, 0, 1) - 24 * 3600 * 1000
const latest = Date.UTC(LATEST_YEAR + 1, 0, 1) + 24 * 3600 * 1000

/** Milliseconds of a date value, or undefined when empty or unreadable. */
export function timeOf(value: unknown): number | undefined {
  if (value == null || value === '') return undefined
  const time = value instanceof Date ? value.getTime() : new Date(value as string).getTime()
  return Number.isNaN(time) ? undefined : time
}

/** Whether a non-empty value is a readable date between EARLIEST_YEAR and LATEST_YEAR. */
export function inDateBounds(value: unknown): boolean {
  const time = timeOf(value)
  return time !== undefined && time >= earliest && time < latest
}

/** The value as editors typed it, for messages: "01.01.0001", else the text as stored. */
export function shownDate(value: unknown): string {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? String(value)
        : value.toISOString()
      : String(value)
  const m = /^([+-]?\d{4,6})-(\d{2})-(\d{2})/.exec(text)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : text
}

/** German reason a date field cannot be used, naming the field and the value; undefined when fine. */
export function dateBoundsProblem(label: string, value: unknown): string | undefined {
  if (value == null || value === '') return undefined
  if (timeOf(value) === undefined) return `${label}: „${shownDate(value)}“ ist kein gültiges Datum.`
  if (!inDateBounds(value)) {
    return `${label}: Das Datum ${shownDate(value)} liegt nicht zwischen ${EARLIEST_YEAR} und ${LATEST_YEAR}. Bitte prüfen Sie die Jahreszahl.`
  }
  return undefined
}

/** German reason an event's end is too far after its start; undefined when fine or not comparable. */
export function eventSpanProblem(start: unknown, end: unknown): string | undefined {
  const a = timeOf(start)
  const b = timeOf(end)
  if (a === undefined || b === undefined || b - a <= MAX_EVENT_SPAN_MS) return undefined
  return `Ende: ${shownDate(end)} liegt mehr als ein Jahr nach dem Beginn (${shownDate(start)}). Bitte prüfen Sie die Jahreszahl; eine Veranstaltung darf höchstens ein Jahr dauern.`
}

// Reading iCalendar values: text of a property, dates, content lines, and the raw line for
// German error messages. Shared by the checks (./checkFeed.ts) and the parser (./parseFeed.ts).
import type { VEvent } from 'node-ical'

export const DATE_PROPS = 'DTSTART|DTEND|EXDATE|RECURRENCE-ID|RDATE|DUE'

export const asText = (value: unknown): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'val' in (value as object))
    return String((value as { val: unknown }).val ?? '')
  return String(value)
}

export const isDate = (value: unknown): value is Date & { dateOnly?: boolean } =>
  value instanceof Date && !Number.isNaN(value.getTime())

/** All-day values are midnight in the parsing process's zone; read the calendar day back from it. */
export const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

export function clean(value: unknown, max: number): string | undefined {
  const text = asText(value)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\\n/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
  if (!text) return undefined
  if (text.length <= max) return text
  const cut = text.slice(0, max - 2)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))} …`
}

export function describe(event: VEvent): string {
  const title = asText(event.summary).trim()
  return title ? `„${title.slice(0, 80)}“` : `UID ${event.uid ?? '?'}`
}

export function rawProperty(text: string, uid: string | undefined, prop: string): string {
  // For the error message: the line as the association wrote it.
  const block = text.split(/BEGIN:VEVENT/i).find((b) => uid && b.includes(uid)) ?? ''
  return new RegExp(`^${prop}[^\\r\\n]*`, 'im').exec(block)?.[0]?.trim() ?? prop
}

/**
 * One content line (RFC 5545, 3.1) split into its name, parameters and value. Parameter values
 * may be quoted and then hold ";" and ":"; names are case-insensitive. Null for a line that is
 * not a property.
 */
export function contentLine(
  line: string,
): { name: string; params: Record<string, string>; value: string } | null {
  const head = /^([A-Za-z0-9-]+)/.exec(line)
  if (!head) return null
  const params: Record<string, string> = {}
  let rest = line.slice(head[0].length)
  const param = /^;([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)/
  for (let m = param.exec(rest); m; m = param.exec(rest)) {
    params[m[1].toUpperCase()] = m[2]
    rest = rest.slice(m[0].length)
  }
  if (!rest.startsWith(':')) return null
  return { name: head[1].toUpperCase(), params, value: rest.slice(1) }
}

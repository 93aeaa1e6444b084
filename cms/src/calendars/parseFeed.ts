import crypto from 'node:crypto'

import ical, { type VEvent } from 'node-ical'

import { timeZone } from '../locales'
import { addDays, dayIn, isValidTimeZone, zonedTime } from '../lib/berlinTime'
import { FeedError } from './fetchFeed'
import { feedLimits } from './settings'

/** One dated entry of a feed, ready to become an event. */
export type FeedOccurrence = {
  /** Stable identity across imports: UID, plus the original date for a recurring series. */
  key: string
  uid: string
  title: string
  summary?: string
  location?: string
  url?: string
  start: string
  end?: string
  allDay: boolean
  cancelled: boolean
  /** Changes when anything we import changes; unchanged entries are not touched. */
  hash: string
}

export type ParsedFeed = { name?: string; occurrences: FeedOccurrence[] }

const DATE_PROPS = 'DTSTART|DTEND|EXDATE|RECURRENCE-ID|RDATE|DUE'

/**
 * RFC 5545 "floating" times (no TZID, no Z) mean local time wherever the reader is. For a city
 * calendar that is Neubrandenburg, unless the calendar names its zone (X-WR-TIMEZONE). node-ical
 * would otherwise use the server's zone, so we pin them before parsing.
 */
function pinFloatingTimes(text: string): string {
  const unfolded = text.replace(/\r?\n[ \t]/g, '')
  const declared = /^X-WR-TIMEZONE:(.+)$/im.exec(unfolded)?.[1]?.trim()
  const zone = isValidTimeZone(declared) ? declared : timeZone
  const floating = new RegExp(`^(${DATE_PROPS})((?:;[^:;]*)*):(\\d{8}T\\d{6}(?:,\\d{8}T\\d{6})*)\\r?$`, 'gim')
  return unfolded.replace(floating, (line, name: string, params: string, value: string) => {
    if (/;TZID=/i.test(params) || /;VALUE=DATE(?!-)/i.test(params)) return line
    return `${name}${params};TZID=${zone}:${value}`
  })
}

const asText = (value: unknown): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'val' in (value as object))
    return String((value as { val: unknown }).val ?? '')
  return String(value)
}

const isDate = (value: unknown): value is Date & { dateOnly?: boolean } =>
  value instanceof Date && !Number.isNaN(value.getTime())

/** All-day values are midnight in the parsing process's zone; read the calendar day back from it. */
const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

function clean(value: unknown, max: number): string | undefined {
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

function describe(event: VEvent): string {
  const title = asText(event.summary).trim()
  return title ? `„${title.slice(0, 80)}“` : `UID ${event.uid ?? '?'}`
}

function rawProperty(text: string, uid: string | undefined, prop: string): string {
  // For the error message: the line as the association wrote it.
  const block = text.split(/BEGIN:VEVENT/i).find((b) => uid && b.includes(uid)) ?? ''
  return new RegExp(`^${prop}[^\\r\\n]*`, 'im').exec(block)?.[0]?.trim() ?? prop
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

function validDateValue(value: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value)
  if (!match) return false
  const [y, m, d, hh = '0', mm = '0', ss = '0'] = match.slice(1).map((v) => v ?? '0')
  return (
    Number(m) >= 1 &&
    Number(m) <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= daysInMonth(Number(y), Number(m)) &&
    Number(hh) <= 23 &&
    Number(mm) <= 59 &&
    Number(ss) <= 60
  )
}

/**
 * JavaScript quietly turns "month 13, 25 o'clock" into a real date in the next year, so date
 * values are checked strictly before parsing: a wrong date must stop the import, not move a date.
 */
function checkDateValues(unfolded: string): void {
  const blocks = unfolded.split(/^BEGIN:VEVENT\r?$/im).slice(1)
  const dateLine = new RegExp(`^(${DATE_PROPS})((?:;[^:]*)?):([^\\r\\n]*)`, 'gim')
  for (const block of blocks) {
    for (const [line, , , value] of block.matchAll(dateLine)) {
      const values = value.trim().split(',')
      if (values.every((v) => validDateValue(v.trim()))) continue
      const summary = /^SUMMARY[^:]*:(.*)$/im.exec(block)?.[1]?.trim()
      throw new FeedError(
        `Ungültiges Datum${summary ? ` beim Termin „${summary.slice(0, 80)}“` : ''}: „${line.trim()}“. ` +
          'Bitte korrigieren Sie den Termin im Vereinskalender; bis dahin bleiben die bisher übernommenen Termine unverändert.',
      )
    }
  }
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

const tooFrequent = /^(HOURLY|MINUTELY|SECONDLY)$/

/** Why a recurrence rule repeats hourly or more often, or undefined. Keys and values are case-insensitive. */
function frequentRule(value: string): string | undefined {
  const parts = new Map<string, string>()
  for (const part of value.trim().split(';')) {
    const at = part.indexOf('=')
    if (at > 0)
      parts.set(
        part.slice(0, at).trim().toUpperCase(),
        part
          .slice(at + 1)
          .trim()
          .toUpperCase(),
      )
  }
  const perDay = ['BYHOUR', 'BYMINUTE', 'BYSECOND'].reduce(
    (n, key) => n * (parts.get(key)?.split(',').length ?? 1),
    1,
  )
  if (tooFrequent.test(parts.get('FREQ') ?? '') || perDay > 24) return value.trim().slice(0, 60)
  return undefined
}

const frequentSeriesError = (summary: string | undefined, rule: string) =>
  new FeedError(
    `Der Termin${summary ? ` „${summary.slice(0, 80)}“` : ''} wiederholt sich stündlich oder öfter (${rule}). ` +
      'Solche Serien werden nicht übernommen; bitte tragen Sie die einzelnen Termine ein.',
  )

/**
 * Series that repeat every hour or more often would expand into hundreds of thousands of dates
 * before any limit could count them; no club calendar needs them, so they stop the import early.
 * Every RRULE line counts, whatever its parameters ("RRULE;X-A=B:"), case or folding.
 */
function checkRepeatRules(unfolded: string): void {
  for (const block of unfolded.split(/^BEGIN:VEVENT\r?$/im).slice(1)) {
    for (const line of block.split(/\r?\n/)) {
      const property = contentLine(line.trim())
      if (property?.name !== 'RRULE') continue
      const rule = frequentRule(property.value)
      if (rule) throw frequentSeriesError(/^SUMMARY[^:]*:(.*)$/im.exec(block)?.[1]?.trim(), rule)
    }
  }
}

/** The parsed rule as node-ical will expand it: a second look, in case the text check missed a form. */
function checkParsedRule(event: VEvent): void {
  const options = (
    event.rrule as unknown as
      | { options?: { freq?: unknown; byhour?: unknown[]; byminute?: unknown[]; bysecond?: unknown[] } }
      | undefined
  )?.options
  if (!options) return
  // rrule.js numbers (HOURLY 4, MINUTELY 5, SECONDLY 6) or rrule-temporal names.
  const freq =
    typeof options.freq === 'number'
      ? ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'][options.freq]
      : String(options.freq ?? '')
  const perDay = [options.byhour, options.byminute, options.bysecond].reduce<number>(
    (n, list) => n * (Array.isArray(list) && list.length ? list.length : 1),
    1,
  )
  if (tooFrequent.test(freq.toUpperCase()) || perDay > 24)
    throw frequentSeriesError(asText(event.summary).trim() || undefined, `FREQ=${freq}`)
}

/** Refuses feeds with more entries than any club calendar has, before the expensive parse. */
function checkEntryCount(unfolded: string): void {
  const entries = unfolded.match(/^BEGIN:VEVENT\r?$/gim)?.length ?? 0
  if (entries > feedLimits.maxEntries) {
    const n = (v: number) => v.toLocaleString('de-DE')
    throw new FeedError(
      `Der Kalender enthält ${n(entries)} Einträge; übernommen werden Kalender mit höchstens ${n(feedLimits.maxEntries)} Einträgen. ` +
        'Bitte stellen Sie einen Kalender mit weniger Terminen bereit (z. B. nur künftige Termine).',
    )
  }
}

/** Reads an iCalendar text; throws a FeedError in German for anything that is not a usable calendar. */
export function parseFeed(text: string, now = new Date()): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (/^<|<html[\s>]/i.test(trimmed.slice(0, 1000))) {
    throw new FeedError(
      'Unter der Adresse steht eine Webseite (HTML) statt eines Kalenders – oft eine Fehler- oder Anmeldeseite. ' +
        'Bitte tragen Sie die iCal-Adresse des Kalenders ein (sie endet oft auf .ics).',
    )
  }
  if (!/^BEGIN:VCALENDAR\r?$/im.test(trimmed.split('\n', 1)[0])) {
    throw new FeedError(
      'Die Datei ist kein Kalender im iCalendar-Format (sie beginnt nicht mit „BEGIN:VCALENDAR“).',
    )
  }
  if (!/^END:VCALENDAR\s*$/im.test(trimmed)) {
    throw new FeedError(
      'Der Kalender ist unvollständig („END:VCALENDAR“ fehlt), vermutlich wurde die Übertragung abgebrochen.',
    )
  }

  const unfolded = trimmed.replace(/\r?\n[ \t]/g, '')
  checkEntryCount(unfolded)
  checkDateValues(unfolded)
  checkRepeatRules(unfolded)
  const pinned = pinFloatingTimes(unfolded)
  let data: ReturnType<typeof ical.sync.parseICS>
  try {
    data = ical.sync.parseICS(pinned)
  } catch (error) {
    throw new FeedError(`Der Kalender konnte nicht gelesen werden: ${(error as Error).message}`)
  }

  const from = now
  const horizon = new Date(now)
  horizon.setMonth(horizon.getMonth() + feedLimits.horizonMonths)
  const occurrences = new Map<string, FeedOccurrence>()

  for (const component of Object.values(data)) {
    if (!component || typeof component !== 'object' || (component as { type?: string }).type !== 'VEVENT')
      continue
    const event = component as VEvent
    // Stray overrides without their series are listed on the series; skip them here.
    if ((event as { recurrenceid?: unknown }).recurrenceid && !event.rrule) continue
    if (!isDate(event.start)) {
      throw new FeedError(
        `Ungültiges Datum beim Termin ${describe(event)}: ${rawProperty(pinned, event.uid, 'DTSTART')}`,
      )
    }
    if (event.end !== undefined && !isDate(event.end)) {
      throw new FeedError(
        `Ungültiges Enddatum beim Termin ${describe(event)}: ${rawProperty(pinned, event.uid, 'DTEND')}`,
      )
    }
    if (isDate(event.end) && event.end < event.start) {
      throw new FeedError(
        `Der Termin ${describe(event)} endet vor seinem Beginn. Bitte korrigieren Sie ihn im Vereinskalender.`,
      )
    }
    const uid = asText(event.uid).trim()
    if (!uid)
      throw new FeedError(
        `Dem Termin ${describe(event)} fehlt die Kennung (UID), ohne die er nicht aktualisiert werden kann.`,
      )

    checkParsedRule(event)
    let instances: ReturnType<typeof ical.expandRecurringEvent>
    try {
      instances = ical.expandRecurringEvent(event, { from, to: horizon, expandOngoing: true })
    } catch (error) {
      throw new FeedError(
        `Die Wiederholungsregel beim Termin ${describe(event)} ist fehlerhaft: ${(error as Error).message}`,
      )
    }
    for (const instance of instances) {
      if (!isDate(instance.start))
        throw new FeedError(`Ungültiges Datum in der Terminserie ${describe(event)}.`)
      const source = (instance.event ?? event) as VEvent & { recurrenceid?: Date }
      const allDay = instance.isFullDay || Boolean((event.start as { dateOnly?: boolean }).dateOnly)
      const original =
        instance.isOverride && isDate(source.recurrenceid) ? source.recurrenceid : instance.start
      const series = Boolean(event.rrule) || instance.isRecurring
      const key = series ? `${uid}#${allDay ? localDay(original) : original.toISOString()}` : uid

      let start: Date
      let end: Date | undefined
      if (allDay) {
        const first = localDay(instance.start)
        const endExclusive = isDate(instance.end) ? localDay(instance.end) : addDays(first, 1)
        const last = endExclusive > first ? addDays(endExclusive, -1) : first
        start = zonedTime(first)
        end = last > first ? zonedTime(last, 23, 59) : undefined
      } else {
        start = instance.start
        end = isDate(instance.end) && instance.end > instance.start ? instance.end : undefined
      }
      if ((end ?? start) < from && dayIn(end ?? start) < dayIn(from)) continue

      const occurrence: Omit<FeedOccurrence, 'hash'> = {
        key,
        uid,
        title: clean(source.summary, 200) ?? 'Veranstaltung (ohne Titel)',
        summary: clean(source.description, 300),
        location: clean(source.location, 200),
        url: /^https?:\/\//i.test(asText(source.url)) ? asText(source.url).trim() : undefined,
        start: start.toISOString(),
        end: end?.toISOString(),
        allDay,
        cancelled:
          asText(source.status).toUpperCase() === 'CANCELLED' ||
          asText(event.status).toUpperCase() === 'CANCELLED',
      }
      const hash = crypto.createHash('sha256').update(JSON.stringify(occurrence)).digest('hex').slice(0, 32)
      occurrences.set(key, { ...occurrence, hash })
      if (occurrences.size > feedLimits.maxOccurrences) {
        throw new FeedError(
          `Der Kalender enthält mehr als ${feedLimits.maxOccurrences} Termine in den nächsten ${feedLimits.horizonMonths} Monaten und wird deshalb nicht übernommen.`,
        )
      }
    }
  }
  const name = clean((data.vcalendar as { 'WR-CALNAME'?: unknown } | undefined)?.['WR-CALNAME'], 120)
  return { name, occurrences: [...occurrences.values()].sort((a, b) => a.start.localeCompare(b.start)) }
}

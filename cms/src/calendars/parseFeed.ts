import crypto from 'node:crypto'

import ical, { type VEvent } from 'node-ical'

import { timeZone } from '../locales'
import { addDays, dayIn, isValidTimeZone, zonedTime } from '../lib/berlinTime'
import { checkDateValues, checkEntryCount, checkParsedRule, checkRepeatRules } from './checkFeed'
import { FeedError } from './fetchFeed'
import { asText, clean, DATE_PROPS, describe, isDate, localDay, rawProperty } from './icalText'
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

// Local time in Neubrandenburg (or a feed's own zone): the one place that turns instants into
// wall-clock days and times and back. The CMS (calendar import, seed) and the site (dates on pages,
// feeds, expiry) all use it. On @date-fns/tz, which knows the daylight-saving rules, so no code
// here guesses offsets. No Payload imports: the site build loads this module too.
import { TZDate } from '@date-fns/tz'

import { timeZone } from '../locales'

export { timeZone }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The instant as a zoned date; an unreadable value throws, as Intl's formatters did, so callers can tell a broken date. */
function zoned(instant: Date | string | number, zone: string): TZDate {
  const time = new Date(instant).getTime()
  if (Number.isNaN(time)) throw new RangeError('Invalid time value')
  return new TZDate(time, zone)
}

/**
 * The instant a wall-clock time happens in `zone` ("2026-12-24", 0:00 in Berlin -> 23:00Z the day
 * before). A time the clocks skip (02:30 on the spring change) is read as the moment after the
 * skip (03:30), a time that happens twice (the autumn change) as its second occurrence.
 */
export function zonedTime(day: string, hours = 0, minutes = 0, zone = timeZone, seconds = 0): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(new TZDate(y, m - 1, d, hours, minutes, seconds, zone).getTime())
}

/** YYYY-MM-DD of an instant in `zone`: the calendar day people there see. */
export function dayIn(instant: Date | string | number, zone = timeZone): string {
  const date = zoned(instant, zone)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** ISO 8601 with the zone's offset and whole seconds ("2026-11-27T18:00:00+01:00"): <time datetime>, schema.org, open data. */
export function isoIn(instant: Date | string | number, zone = timeZone): string {
  return zoned(instant, zone)
    .toISOString()
    .replace(/\.\d{3}(?=[+-]|Z)/, '')
}

/** The last second of a calendar day in `zone`: an offer valid "until" that day stays up until then. */
export const endOfDayIn = (day: string, zone = timeZone): Date => zonedTime(day, 23, 59, zone, 59)

/** A calendar day plus `days` (no zone involved: days, not hours, are added). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export function isValidTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

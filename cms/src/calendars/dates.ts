import { timeZone } from '../locales'

/** Offset of `zone` from UTC at `instant`, in minutes. */
function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - instant) / 60_000)
}

/** The instant a wall-clock time happens in `zone` ("2026-12-24", 0:00 in Berlin -> 23:00Z the day before). */
export function zonedTime(date: string, hours = 0, minutes = 0, zone = timeZone): Date {
  const [y, m, d] = date.split('-').map(Number)
  const guess = Date.UTC(y, m - 1, d, hours, minutes)
  // Two passes settle the offset also on the days the clocks change.
  let instant = guess - offsetMinutes(guess, zone) * 60_000
  instant = guess - offsetMinutes(instant, zone) * 60_000
  return new Date(instant)
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

/** YYYY-MM-DD of a date in `zone`. */
export function dayIn(instant: Date, zone = timeZone): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

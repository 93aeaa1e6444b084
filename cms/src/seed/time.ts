import { timeZone } from '../locales'

/** UTC instant of a Berlin wall-clock time, daylight saving included. */
export function berlin(date: Date, hhmm = '00:00'): Date {
  const [h, m] = hhmm.split(':').map(Number)
  const guess = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), h, m)
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(guess))
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value)
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return new Date(guess - (shown - guess))
}

/** Today's date in Berlin plus `days`, as a UTC-midnight Date used only for its Y-M-D. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
export function berlinDay(days: number, now = new Date()): Date {
  const [y, mo, d] = dayFormat.format(now).split('-').map(Number)
  return new Date(Date.UTC(y, mo - 1, d + days))
}

export const ymd = (date: Date) => date.toISOString().slice(0, 10)

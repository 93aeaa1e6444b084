// The seed's dates: UTC-midnight Date objects used only for their Y-M-D, and Berlin wall-clock
// times on them. The zone arithmetic itself is in ../lib/berlinTime.ts.
import { addDays, dayIn, zonedTime } from '../lib/berlinTime'

export const ymd = (date: Date) => date.toISOString().slice(0, 10)

/** UTC instant of a Berlin wall-clock time on `date`'s day, daylight saving included. */
export function berlin(date: Date, hhmm = '00:00'): Date {
  const [h, m] = hhmm.split(':').map(Number)
  return zonedTime(ymd(date), h, m)
}

/** Today's date in Berlin plus `days`, as a UTC-midnight Date used only for its Y-M-D. */
export function berlinDay(days: number, now = new Date()): Date {
  return new Date(`${addDays(dayIn(now), days)}T00:00:00Z`)
}

import { timeZone } from '../locales'

const toTime = (value: unknown) => {
  if (value == null || value === '') return undefined
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? undefined : time
}

/** "27.11.2026, 18:00" in Berlin time, for messages editors read. */
export function formatGerman(value: unknown, withTime = true): string {
  const time = toTime(value)
  if (time === undefined) return ''
  return new Intl.DateTimeFormat('de-DE', {
    timeZone,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(time)
}

/** Validates that `value` is not before `other`; both may be empty. */
export function notBefore(value: unknown, other: unknown, message: string): true | string {
  const a = toTime(value)
  const b = toTime(other)
  if (a === undefined || b === undefined) return true
  return a >= b || message
}

import { timeZone } from '../locales'

const dateOnly = new Intl.DateTimeFormat('de-DE', {
  timeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const dateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

const asDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "05.12.2026, 18:00 Uhr", or "05.12.2026" for all-day events; empty for no or broken dates. */
export function formatEventStart(value: unknown, allDay: boolean): string {
  const date = asDate(value)
  if (!date) return ''
  return allDay ? dateOnly.format(date) : `${dateTime.format(date)} Uhr`
}

/** "01.12.2026, 21:40 Uhr" for review and dashboard lines. */
export const formatDateTime = (value: unknown): string => {
  const date = asDate(value)
  return date ? `${dateTime.format(date)} Uhr` : ''
}

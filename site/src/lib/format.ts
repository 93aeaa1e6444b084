import { dayIn, isoIn, timeZone } from '../../../cms/src/lib/berlinTime'
import { localeInfo } from '../../../cms/src/locales'
import type { Locale } from './snapshot'
import { t } from '../i18n/index'

// Each language's Intl tag comes from the one list (cms/src/locales.ts; Arabic with Latin digits).
const tag = (locale: Locale) => localeInfo(locale).intl

// Intl formatters are expensive to create and pages format thousands of dates: one per kind.
const cache = new Map<string, Intl.DateTimeFormat>()
const formatter = (locale: string, key: string, options: Intl.DateTimeFormatOptions) => {
  const id = `${locale}/${key}`
  let f = cache.get(id)
  if (!f) cache.set(id, (f = new Intl.DateTimeFormat(locale, { timeZone, ...options })))
  return f
}

/** "Freitag, 27. November 2026" */
export const formatDay = (value: string | Date, locale: Locale = 'de') =>
  formatter(tag(locale), 'day', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(value),
  )

/** { weekday: "Fr.", day: "27", month: "Nov." }: the agenda's date column. */
export function dayParts(value: string | Date, locale: Locale = 'de') {
  const date = new Date(value)
  return {
    weekday: formatter(tag(locale), 'wd', { weekday: 'short' }).format(date),
    day: formatter(tag(locale), 'dn', { day: 'numeric' }).format(date).replace('.', ''),
    month: formatter(tag(locale), 'mn', { month: 'short' }).format(date),
  }
}

/** "Fr., 27. November 2026, 18:00 Uhr": a search hit's date, with the weekday. */
export function formatEventWhen(
  e: { start: string; end?: string | null; allDay?: boolean | null },
  locale: Locale = 'de',
) {
  const day = formatter(tag(locale), 'wdate', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(e.start))
  if (e.allDay) return `${day} (${t(locale).allDay})`
  return `${day}, ${formatTime(e.start, locale)}${t(locale).oClock}`
}

/** "27.11.2026" */
export const formatDate = (value: string | Date, locale: Locale = 'de') =>
  formatter(tag(locale), 'date', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(value),
  )

/** "18:00" */
export const formatTime = (value: string | Date, locale: Locale = 'de') =>
  // 24 hours in every language: Arabic would otherwise write "04:00 م" for the 16:00 on the poster.
  formatter(tag(locale), 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(value),
  )

/** "27.11.2026, 18:00 Uhr" – or a range, or just the days for all-day events. */
export function formatEventTime(
  e: { start: string; end?: string | null; allDay?: boolean | null },
  locale: Locale = 'de',
) {
  const uhr = t(locale).oClock
  const startDay = formatDate(e.start, locale)
  const endDay = e.end ? formatDate(e.end, locale) : startDay
  if (e.allDay) return startDay === endDay ? `${startDay} (${t(locale).allDay})` : `${startDay} – ${endDay}`
  if (!e.end) return `${startDay}, ${formatTime(e.start, locale)}${uhr}`
  if (startDay === endDay)
    return `${startDay}, ${formatTime(e.start, locale)} – ${formatTime(e.end, locale)}${uhr}`
  return `${startDay}, ${formatTime(e.start, locale)}${uhr} – ${endDay}, ${formatTime(e.end, locale)}${uhr}`
}

// A build formats the same few thousand instants again and again (every event on its page, in
// lists, feeds and calendars, in four languages), and each zoned conversion costs a TZDate: the
// profile of a city-scale build showed 6 % of Astro's time here. Remember the answers by instant.
const memoLimit = 50_000
function memoByInstant(convert: (instant: number) => string) {
  const memo = new Map<number, string>()
  return (value: string | Date): string => {
    const instant = new Date(value).getTime()
    let text = memo.get(instant)
    if (text === undefined) {
      text = convert(instant) // an unreadable value throws here, before anything is remembered
      if (memo.size >= memoLimit) memo.clear()
      memo.set(instant, text)
    }
    return text
  }
}

/** ISO with Berlin offset, for <time datetime> and schema.org. */
export const isoBerlin = memoByInstant((instant) => isoIn(instant))

/** "2026-11-27": the calendar day in Berlin. */
export const berlinDay = memoByInstant((instant) => dayIn(instant))

/** "Dezember 2026": a month heading, from "2026-12". */
export const formatMonth = (month: string, locale: Locale = 'de') =>
  formatter(tag(locale), 'month', { month: 'long', year: 'numeric' }).format(
    new Date(`${month}-15T12:00:00Z`),
  )

/** "5.–7. Dezember" or "5. Dezember": the days a page of the agenda holds, from two Berlin days. */
export function formatDayRange(from: string, to: string, locale: Locale = 'de') {
  const f = formatter(tag(locale), 'range', { day: 'numeric', month: 'long' })
  const a = new Date(`${from}T12:00:00Z`)
  return from === to ? f.format(a) : f.formatRange(a, new Date(`${to}T12:00:00Z`))
}

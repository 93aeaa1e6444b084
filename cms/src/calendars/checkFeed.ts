// Checks that run on the feed text before node-ical parses it (and one on its parsed rules):
// wrong dates, series repeating hourly or more often, and feeds with too many entries stop the
// import with a German message instead of moving a date or expanding without end.
import type { VEvent } from 'node-ical'

import { FeedError } from './fetchFeed'
import { asText, contentLine, DATE_PROPS } from './icalText'
import { feedLimits } from './settings'

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
export function checkDateValues(unfolded: string): void {
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
export function checkRepeatRules(unfolded: string): void {
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
export function checkParsedRule(event: VEvent): void {
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
export function checkEntryCount(unfolded: string): void {
  const entries = unfolded.match(/^BEGIN:VEVENT\r?$/gim)?.length ?? 0
  if (entries > feedLimits.maxEntries) {
    const n = (v: number) => v.toLocaleString('de-DE')
    throw new FeedError(
      `Der Kalender enthält ${n(entries)} Einträge; übernommen werden Kalender mit höchstens ${n(feedLimits.maxEntries)} Einträgen. ` +
        'Bitte stellen Sie einen Kalender mit weniger Terminen bereit (z. B. nur künftige Termine).',
    )
  }
}

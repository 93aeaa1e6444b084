// Machine-readable output: iCalendar (RFC 5545, Europe/Berlin), open data rows (JSON/CSV).
import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import { timeZone } from '../../../cms/src/lib/berlinTime'
import { inDateBounds } from '../../../cms/src/lib/dateBounds'
import { contentLocales, defaultLocale } from '../../../cms/src/locales'
import type { Event, Locale } from './data'
import {
  associationOf,
  associationsOf,
  currentOpportunities,
  districtOf,
  getSnapshot,
  published,
  sortedAssociations,
  topicsOf,
} from './data'
import { berlinVTimezone } from './berlin-vtimezone'
import { berlinDay, isoBerlin } from './format'
import { label } from './i18n'
import { addMeetingEvents } from './meeting-events'
import type { CouncilMeeting } from './oparl/schema'
import { docHref, languagesOf } from './paths'

const tz = timeZone

const berlin = (value: string) => new TZDate(new Date(value).getTime(), tz)

export function calendar(options: {
  name: string
  events: Event[]
  site: URL
  locale?: Locale
  single?: boolean
  /** The calendar's own address (RFC 7986 URL); default: the site. */
  url?: string
  /** Council meetings to carry as well (the site calendar); stamped with the build's time. */
  meetings?: { list: CouncilMeeting[]; stamp: string }
}) {
  const locale = options.locale ?? 'de'
  const cal = ical({
    name: options.name,
    prodId: { company: 'Stadt Neubrandenburg', product: 'Unser Neubrandenburg', language: 'DE' },
    method: options.single ? ICalCalendarMethod.PUBLISH : undefined,
    // ttl writes REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL: apps re-read every six hours.
    ttl: 60 * 60 * 6,
    url: options.url ? new URL(options.url, options.site).href : options.site.href,
    // The brand's lake blue for Apple's calendars (X-APPLE-CALENDAR-COLOR, hex only).
    color: '#0B4F8A',
  })
  cal.timezone({ name: tz, generator: (name) => (name === tz ? berlinVTimezone : null) })
  // ical-generator refuses years it cannot write (and the build leaves such events out anyway,
  // see ./renderable.ts): a calendar must never be the one file that stops a build.
  const events = options.events.filter((e) => inDateBounds(e.start) && (!e.end || inDateBounds(e.end)))
  for (const e of events) {
    const url = new URL(docHref(locale, 'events', e), options.site).href
    const place =
      e.attendance === 'online'
        ? 'Online'
        : [e.venue?.name, e.venue?.street, [e.venue?.postalCode, e.venue?.city].filter(Boolean).join(' ')]
            .filter(Boolean)
            .join(', ')
    const organizers = associationsOf(locale, e.organizers).map((a) => a.name)
    const description = [
      e.cancelled ? `ABGESAGT. ${e.cancellationNote ?? ''}`.trim() : '',
      e.summary ?? '',
      organizers.length ? `Veranstaltet von: ${organizers.join(', ')}` : '',
      url,
    ]
      .filter(Boolean)
      .join('\n\n')
    const allDay = Boolean(e.allDay)
    cal.createEvent({
      id: `event-${e.id}@unser-nb.de`,
      start: berlin(e.start),
      // All-day ends are exclusive in iCalendar: the day after the last day.
      end: e.end
        ? allDay
          ? new TZDate(berlin(e.end).getTime() + 24 * 3600 * 1000, tz)
          : berlin(e.end)
        : allDay
          ? undefined
          : new TZDate(new Date(e.start).getTime() + 2 * 3600 * 1000, tz),
      allDay,
      timezone: tz,
      // SEQUENCE grows with every change (seconds between creation and last update), so
      // subscribed calendar apps replace their copy instead of keeping the old version.
      sequence: sequenceOf(e),
      stamp: new Date(e.updatedAt),
      lastModified: new Date(e.updatedAt),
      summary: e.cancelled ? `Abgesagt: ${e.title}` : e.title,
      description,
      location: place || undefined,
      url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: topicsOf(locale, e.topics).map((t) => ({ name: t.name })),
    })
  }
  // After the events: the stamps below follow the output order.
  const meetingCount = options.meetings
    ? addMeetingEvents(cal, options.meetings.list, { site: options.site, stamp: options.meetings.stamp })
    : 0
  // ical-generator writes DTSTAMP/LAST-MODIFIED in the calendar's zone without a TZID; RFC 5545
  // wants them in UTC ("Z"). They are the same instant for every event in our output order.
  const stamps = [
    ...events.map((e) => utcStamp(e.updatedAt)),
    ...(meetingCount ? Array<string>(meetingCount).fill(utcStamp(options.meetings!.stamp)) : []),
  ]
  let n = 0
  let m = 0
  // RFC 7986 COLOR takes a CSS colour name, and as a calendar property it must stand before the
  // first component; ical-generator's x() would append it at the end, so it goes in after
  // REFRESH-INTERVAL (always written, see ttl). steelblue is the named colour nearest the brand.
  return cal
    .toString()
    .replace(/^REFRESH-INTERVAL.*$/m, '$&\r\nCOLOR:steelblue')
    .replace(/^DTSTAMP:.*$/gm, () => `DTSTAMP:${stamps[n++] ?? utcStamp(new Date().toISOString())}`)
    .replace(
      /^LAST-MODIFIED:.*$/gm,
      () => `LAST-MODIFIED:${stamps[m++] ?? utcStamp(new Date().toISOString())}`,
    )
}

export const sequenceOf = (doc: { createdAt: string; updatedAt: string }) =>
  Math.max(0, Math.floor((Date.parse(doc.updatedAt) - Date.parse(doc.createdAt)) / 1000))

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export const icsResponse = (body: string) =>
  new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })

export const licence = {
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  id: 'dl-de/by-2-0' as const,
  url: 'https://www.govdata.de/dl-de/by-2-0',
  attribution: 'Stadt Neubrandenburg, Unser Neubrandenburg',
}

type Row = Record<string, string | number | boolean | null>

export function associationRows(site: URL): Row[] {
  return sortedAssociations('de').map((a) => ({
    id: a.id,
    name: a.name,
    art: label('kind', a.kind),
    kurzbeschreibung: a.shortDescription,
    themen: topicsOf('de', a.topics)
      .map((t) => t.name)
      .join('; '),
    stadtteil: districtOf('de', a.district)?.name ?? null,
    strasse: a.address?.street ?? null,
    plz: a.address?.postalCode || null,
    ort: a.address?.city ?? null,
    breitengrad: a.address?.lat ?? null,
    laengengrad: a.address?.lng ?? null,
    email: a.contact?.email ?? null,
    telefon: a.contact?.phone ?? null,
    webseite: a.contact?.website ?? null,
    sucht_mitglieder: Boolean(a.lookingForMembers),
    netzwerke: associationsOf('de', a.networks)
      .map((n) => n.name)
      .join('; '),
    url: new URL(docHref('de', 'associations', a), site).href,
    // The languages the entry exists in on the site (cms/src/locales.ts), e.g. "de; uk; ar".
    sprachfassungen: languagesOf('associations', a.id).join('; '),
    aktualisiert: isoBerlin(a.updatedAt),
  }))
}

export function eventRows(site: URL): Row[] {
  return published('de', 'events')
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((e) => ({
      id: e.id,
      titel: e.title,
      // All-day events are days (the end is the last day), everything else local time with offset.
      beginn: e.allDay ? berlinDay(e.start) : isoBerlin(e.start),
      ende: e.end ? (e.allDay ? berlinDay(e.end) : isoBerlin(e.end)) : null,
      ganztaegig: Boolean(e.allDay),
      abgesagt: Boolean(e.cancelled),
      teilnahme: label('attendance', e.attendance),
      ort: e.venue?.name ?? null,
      strasse: e.venue?.street ?? null,
      plz: e.venue?.postalCode || null,
      stadtteil: districtOf('de', e.district)?.name ?? null,
      themen: topicsOf('de', e.topics)
        .map((t) => t.name)
        .join('; '),
      zielgruppen: (e.targetGroups ?? []).map((g) => label('targetGroups', g)).join('; '),
      kostenlos: Boolean(e.price?.isFree),
      veranstalter: associationsOf('de', e.organizers)
        .map((a) => a.name)
        .join('; '),
      url: new URL(docHref('de', 'events', e), site).href,
      sprachfassungen: languagesOf('events', e.id).join('; '),
      aktualisiert: isoBerlin(e.updatedAt),
    }))
}

export function opportunityRows(site: URL): Row[] {
  return currentOpportunities('de').map((o) => ({
    id: o.id,
    titel: o.title,
    kurzbeschreibung: o.summary ?? null,
    verein: associationOf('de', o.association)?.name ?? null,
    art: label('commitment', o.commitment),
    stunden: o.timeNeeded?.hours ?? null,
    pro: o.timeNeeded?.hours != null ? label('per', o.timeNeeded?.per ?? 'week') : null,
    stadtteil: districtOf('de', o.district)?.name ?? null,
    themen: topicsOf('de', o.topics)
      .map((t) => t.name)
      .join('; '),
    geeignet_fuer: (o.suitability ?? []).map((v) => label('suitability', v)).join('; '),
    gueltig_bis: o.validUntil ? berlinDay(o.validUntil) : null,
    url: new URL(docHref('de', 'opportunities', o), site).href,
    sprachfassungen: languagesOf('opportunities', o.id).join('; '),
    aktualisiert: isoBerlin(o.updatedAt),
  }))
}

/**
 * Enquiries through the site's forms per association and per offer: counts only, never who wrote
 * or what. Withdrawn enquiries and those deleted after the retention period no longer count.
 */
export function enquiryRows(site: URL): Row[] {
  const stats = getSnapshot().enquiries
  if (!stats) return []
  return [
    ...stats.associations.map((a) => ({
      art: 'Verein',
      name: a.name,
      verein: a.name,
      anfragen: a.enquiries,
      in_7_tagen_beantwortet: a.answeredWithin7Days,
      url: new URL(docHref('de', 'associations', a), site).href,
    })),
    ...stats.opportunities.map((o) => ({
      art: 'Ehrenamtsangebot',
      name: o.name,
      verein: o.association,
      anfragen: o.enquiries,
      in_7_tagen_beantwortet: o.answeredWithin7Days,
      url: new URL(docHref('de', 'opportunities', o), site).href,
    })),
  ]
}

/** RFC 4180 CSV with a BOM so spreadsheet programs open umlauts correctly. */
export function toCsv(rows: Row[]): string {
  if (!rows.length) return '\ufeff'
  const headers = Object.keys(rows[0])
  const cell = (v: Row[string]) => {
    const s = v === null ? '' : String(v)
    // Leading =,+,-,@ would run as formulas in spreadsheets.
    const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return (
    '\ufeff' +
    [headers.join(','), ...rows.map((r) => headers.map((h) => cell(r[h])).join(','))].join('\r\n') +
    '\r\n'
  )
}

/** How dates and times are written in every data set (also shown on /daten/). */
export const timeFormat =
  'Zeitangaben nach ISO 8601 in der Ortszeit Neubrandenburg (Europe/Berlin) mit Abstand zu UTC, z. B. 2026-12-05T18:00:00+01:00. ' +
  'Ganztägige Veranstaltungen und Gültigkeitsdaten sind Kalendertage ohne Uhrzeit, z. B. 2026-12-05; bei mehrtägigen ist das Ende der letzte Tag. ' +
  `sprachfassungen: die Sprachen, in denen der Eintrag auf der Website steht (${contentLocales.map((l) => l.code).join(', ')}; ` +
  `die anderen Sprachen unter ${contentLocales
    .filter((l) => l.code !== defaultLocale)
    .map((l) => `/${l.code}/`)
    .join(', ')} vor der deutschen Adresse).`

export const dataJson = (name: string, rows: Row[], builtAt: string) =>
  new Response(
    JSON.stringify(
      {
        titel: name,
        beschreibung: timeFormat,
        lizenz: licence,
        stand: isoBerlin(builtAt),
        anzahl: rows.length,
        daten: rows,
      },
      null,
      1,
    ),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  )
export const dataCsv = (rows: Row[]) =>
  new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } })

import crypto from 'node:crypto'

import { addDays, isValidTimeZone, zonedTime } from '../../cms/src/lib/berlinTime'
import { FeedError } from '../../cms/src/calendars/fetchFeed'
import { parseFeed } from '../../cms/src/calendars/parseFeed'
import { timeZone } from '../../cms/src/locales'
import { HumHubError } from '../../cms/src/humhub/client'
import { plainText, shorten, toRichText } from './richtext'
import type { CalendarEntry, Post, Space } from '../../cms/src/humhub/schemas'

export type Collection = 'associations' | 'events' | 'news'

/** One document the import wants to exist, before it looks at the database. */
export type Planned = {
  collection: Collection
  /** `space:12`, `calendar:40`, `calendar:41#2026-12-09T17:00:00.000Z` (instance of a series), `post:7`. */
  sourceId: string
  url: string
  label: string
  /** Field values without slug, source and review state; `organizerSpace` is resolved at write time. */
  data: Record<string, unknown>
  slugBase: string
  /** Space whose association organizes / wrote this (events, news). */
  spaceId?: number
  /** A document without what our collection requires is skipped with this reason. */
  missing?: string
  hash: string
  /** HumHub tags of a space, turned into topics by the mapping file (./topics.ts). */
  tags?: string[]
  /** Digest of a space's logo and banner bytes: a new image in HumHub changes the association. */
  imageDigest?: string
}

export const hashOf = (value: unknown) =>
  crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)

/** The hash after `data` or the images changed (topics, images added after mapping). */
export const rehash = (p: Planned) =>
  (p.hash = hashOf(p.imageDigest ? { data: p.data, images: p.imageDigest } : p.data))

export function mapSpace(space: Space): Planned {
  const description = space.description ?? ''
  const short = shorten(plainText(description), 300)
  const data = {
    name: space.name.trim(),
    shortDescription: short || null,
    description: toRichText(description) ?? null,
    kind: 'club',
  }
  return {
    collection: 'associations',
    sourceId: `space:${space.id}`,
    url: space.url,
    label: `Space „${data.name}“ (#${space.id})`,
    data,
    slugBase: data.name,
    missing: !data.name
      ? 'Name fehlt'
      : !short
        ? 'Beschreibung fehlt (Pflichtfeld „Kurzbeschreibung“)'
        : undefined,
    hash: hashOf(data),
    tags: (space.tags ?? []).filter((t) => t.trim()),
  }
}

/** "2026-10-14 18:00:00" -> day and wall-clock time. */
function parts(value: string) {
  const [day, time = '00:00'] = value.trim().split(/[ T]/)
  const [h, m] = time.split(':').map(Number)
  return { day, h: h || 0, m: m || 0 }
}

const icsStamp = (value: string, allDay: boolean) => {
  const { day, h, m } = parts(value)
  return allDay
    ? day.replace(/-/g, '')
    : `${day.replace(/-/g, '')}T${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}00`
}

/**
 * A series goes through the iCal import's own parser (cms/src/calendars/parseFeed.ts): the same
 * expansion, horizon (6 months), limits and time-zone handling as for club calendars.
 */
function expandSeries(entry: CalendarEntry, zone: string, now: Date) {
  const allDay = entry.all_day === 1
  const tz = allDay ? ';VALUE=DATE' : `;TZID=${zone}`
  const endValue = allDay
    ? addDays(parts(entry.end_datetime).day, 1).replace(/-/g, '')
    : icsStamp(entry.end_datetime, false)
  const rule = (entry.rrule ?? '').replace(/^RRULE:/i, '').trim()
  const excluded = (entry.exdate ?? '')
    .split(',')
    .map((v) => v.trim().replace(/[-:]/g, '').replace(/Z$/, ''))
    .filter((v) => /^\d{8}(T\d{6})?$/.test(v))
    .map((v) =>
      allDay ? v.slice(0, 8) : v.length === 8 ? `${v}T${icsStamp(entry.start_datetime, false).slice(9)}` : v,
    )
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//unser-nb.de//HumHub-Import//DE',
    'BEGIN:VEVENT',
    `UID:calendar:${entry.id}`,
    `DTSTART${tz}:${icsStamp(entry.start_datetime, allDay)}`,
    `DTEND${tz}:${endValue}`,
    `RRULE:${rule}`,
    ...(excluded.length ? [`EXDATE${tz}:${excluded.join(',')}`] : []),
    `SUMMARY:${entry.title.replace(/[\r\n]+/g, ' ').replace(/([,;\\])/g, '\\$1')}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  try {
    return parseFeed(lines.join('\r\n') + '\r\n', now).occurrences
  } catch (error) {
    if (error instanceof FeedError)
      throw new HumHubError(
        `Der Termin „${entry.title}“ (#${entry.id}) hat eine unbrauchbare Wiederholung: ${error.message}`,
      )
    throw error
  }
}

export function mapCalendarEntry(entry: CalendarEntry, space: Space, now: Date): Planned[] {
  const zone = isValidTimeZone(entry.time_zone ?? undefined) ? (entry.time_zone as string) : timeZone
  const allDay = entry.all_day === 1
  const base = {
    title: shorten(entry.title, 200),
    summary: shorten(plainText(entry.description ?? ''), 300) || null,
    body: toRichText(entry.description) ?? null,
    allDay,
    attendance: 'onsite',
    venue: { name: entry.location?.trim() || 'Ort bitte beim Verein erfragen' },
    cancelled: entry.closed === 1,
    cancellationNote: entry.closed === 1 ? 'Im alten unser-nb.de als abgesagt markiert.' : null,
  }
  const label = `Termin „${base.title}“ (#${entry.id}, Space „${space.name}“)`
  const one = (sourceId: string, start: string, end: string | undefined): Planned => {
    const data = {
      ...base,
      start,
      start_tz: timeZone,
      end: end ?? null,
      ...(end ? { end_tz: timeZone } : {}),
    }
    return {
      collection: 'events',
      sourceId,
      url: entry.content.metadata.url,
      label,
      data,
      spaceId: space.id,
      slugBase: `${base.title.slice(0, 60)} ${start.slice(0, 10)}`,
      missing: !base.title ? 'Titel fehlt' : undefined,
      hash: hashOf(data),
    }
  }
  if (entry.rrule?.trim()) {
    return expandSeries(entry, zone, now).map((o) => one(o.key, o.start, o.end))
  }
  const s = parts(entry.start_datetime)
  const e = parts(entry.end_datetime)
  if (allDay) {
    const last = e.day > s.day ? e.day : s.day
    return [
      one(
        `calendar:${entry.id}`,
        zonedTime(s.day).toISOString(),
        last > s.day ? zonedTime(last, 23, 59).toISOString() : undefined,
      ),
    ]
  }
  const start = zonedTime(s.day, s.h, s.m, zone)
  const end = zonedTime(e.day, e.h, e.m, zone)
  return [one(`calendar:${entry.id}`, start.toISOString(), end > start ? end.toISOString() : undefined)]
}

export function mapPost(post: Post, space: Space | undefined): Planned {
  const text = plainText(post.message)
  const firstLine = text.split('\n')[0] ?? ''
  const title = shorten(firstLine, 120)
  const created = parts(post.content.metadata.created_at)
  const data = {
    title,
    excerpt: shorten(text, 300) || null,
    body: toRichText(post.message) ?? null,
    publishedDate: zonedTime(created.day, created.h, created.m).toISOString(),
  }
  return {
    collection: 'news',
    sourceId: `post:${post.id}`,
    url: post.content.metadata.url,
    label: `Beitrag „${shorten(title, 60)}“ (#${post.id})`,
    data,
    spaceId: space?.id,
    slugBase: title,
    missing: !title ? 'Text fehlt' : undefined,
    hash: hashOf(data),
  }
}

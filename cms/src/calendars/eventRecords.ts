// The event documents an import writes: their data from a feed entry, a free address for a new
// one, and the way back to an entry as it was when a later write of the same run fails.
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { dayIn } from '../lib/berlinTime'
import { slugify } from '../lib/slugify'
import { timeZone } from '../locales'
import type { FeedOccurrence } from './parseFeed'
import type { ImportDecision } from './review'

export type Id = number | string
export type StoredEvent = {
  id: Id
  _status?: string
  start?: string
  importBlocked?: boolean
  calendarImport?: { key?: string | null; hash?: string | null } | null
}

/** Puts an updated entry back as it was before this run (its latest version, draft or published). */
export function restore(
  payload: Payload,
  before: StoredEvent,
  write: { overrideAccess: true; req: PayloadRequest; context: Record<string, unknown> },
) {
  const fields = [
    'title',
    'summary',
    'start',
    'start_tz',
    'end',
    'end_tz',
    'allDay',
    'organizers',
    'attendance',
    'venue',
    'onlineUrl',
    'cancelled',
    'cancellationNote',
    'imported',
    'calendarImport',
    '_status',
    'reviewStatus',
  ] as const
  const data = Object.fromEntries(
    fields.filter((f) => f in before).map((f) => [f, (before as Record<string, unknown>)[f]]),
  )
  return payload.update({
    collection: 'events',
    id: before.id,
    data: data as never,
    draft: before._status !== 'published',
    ...write,
  })
}

export function eventData(
  occurrence: FeedOccurrence,
  feedId: Id,
  associationId: Id,
  decision: ImportDecision,
) {
  const online =
    occurrence.location && /^https:\/\/\S+$/i.test(occurrence.location) ? occurrence.location : undefined
  return {
    title: occurrence.title,
    summary: occurrence.summary ?? null,
    start: occurrence.start,
    start_tz: timeZone,
    end: occurrence.end ?? null,
    ...(occurrence.end ? { end_tz: timeZone } : {}),
    allDay: occurrence.allDay,
    organizers: [associationId],
    attendance: online ? 'online' : 'onsite',
    venue: { name: online ? null : (occurrence.location ?? 'Ort bitte beim Verein erfragen') },
    onlineUrl: online ?? null,
    cancelled: occurrence.cancelled,
    cancellationNote: occurrence.cancelled ? 'Laut Vereinskalender abgesagt.' : null,
    imported: true,
    calendarImport: { feed: feedId, key: occurrence.key, url: occurrence.url ?? null, hash: occurrence.hash },
    _status: decision.publish ? 'published' : 'draft',
    ...(decision.reviewStatus ? { reviewStatus: decision.reviewStatus } : {}),
  }
}

/** Readable, unique addresses for series: "chorprobe-stadtchor-2026-10-14". */
export async function freeSlug(
  payload: Payload,
  req: PayloadRequest,
  occurrence: FeedOccurrence,
): Promise<string> {
  const base = `${slugify(occurrence.title).slice(0, 60).replace(/-+$/, '') || 'termin'}-${dayIn(new Date(occurrence.start))}`
  const taken = async (slug: string) =>
    (
      await payload.count({
        collection: 'events',
        where: { slug: { equals: slug } },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (!(await taken(base))) return base
  return `${base}-${crypto.createHash('sha256').update(occurrence.key).digest('hex').slice(0, 6)}`
}

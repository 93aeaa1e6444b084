import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { formatGerman } from '../lib/dates'
import { enqueueChange } from '../publish/enqueue'
import { SKIP_PUBLISH_CONTEXT } from '../publish/settings'
import { calendarFeedsSlug } from './CalendarFeeds'
import { eventData, freeSlug, restore, type Id, type StoredEvent } from './eventRecords'
import { dayIn } from '../lib/berlinTime'
import { FeedError, fetchFeed, type FetchFeedOptions } from './fetchFeed'
import type { FeedOccurrence } from './parseFeed'
import { parseFeedInWorker } from './parseInWorker'
import { decideForAssociation, type ImportDecision } from './review'

export type ImportResult = {
  ok: boolean
  created: number
  updated: number
  removed: number
  unchanged: number
  blocked: number
  total: number
  error?: string
}

const empty = (): ImportResult => ({
  ok: false,
  created: 0,
  updated: 0,
  removed: 0,
  unchanged: 0,
  blocked: 0,
  total: 0,
})
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null ? (value as { id?: Id }).id : (value as Id | undefined)

// Feed status changes are not site content: they must never start a site build, whatever order
// the plugins run in. (The imported events themselves do trigger builds.)
const feedStatusContext = { calendarImport: true, [SKIP_PUBLISH_CONTEXT]: true }

// One import per feed at a time inside this process: the hourly run and an editor's change must
// not both create the same new events.
const running = new Map<string, Promise<ImportResult>>()

/**
 * Fetches one feed and brings its events in line: new entries are created, changed ones updated by
 * UID, vanished future ones removed. Everything is checked before the first write, and the writes
 * run in one transaction: a bad feed or a failed write leaves all saved events as they were and
 * only records the German error on the feed.
 */
export function importFeed(
  payload: Payload,
  feedId: Id,
  options: { now?: Date; fetch?: FetchFeedOptions } = {},
): Promise<ImportResult> {
  const key = String(feedId)
  const pending = running.get(key)
  if (pending) return pending
  const job = runImport(payload, feedId, options).finally(() => running.delete(key))
  running.set(key, job)
  return job
}

async function runImport(
  payload: Payload,
  requestedId: Id,
  options: { now?: Date; fetch?: FetchFeedOptions },
): Promise<ImportResult> {
  const now = options.now ?? new Date()
  const feed = await payload.findByID({
    collection: calendarFeedsSlug,
    id: requestedId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const result = empty()
  if (!feed) return { ...result, error: 'Kalender nicht gefunden.' }
  // Job input arrives as text; relationships need the id in the database's own type.
  const feedId: Id = feed.id
  const { url, association, active } = feed as unknown as {
    url: string
    association: unknown
    active?: boolean
  }
  if (active === false) return { ...result, ok: true }
  const associationId = idOf(association)
  if (associationId === undefined)
    return recordFailure(payload, feedId, now, 'Dem Kalender ist kein Verein zugeordnet.')

  let occurrences: FeedOccurrence[]
  try {
    const { text } = await fetchFeed(url, options.fetch)
    occurrences = (await parseFeedInWorker(text, now)).occurrences
  } catch (error) {
    const message =
      error instanceof FeedError
        ? error.message
        : `Unerwarteter Fehler beim Lesen des Kalenders: ${(error as Error).message}`
    return recordFailure(payload, feedId, now, message)
  }

  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  // Where the database adapter runs without transactions (Payload's SQLite adapter by default),
  // every write of this run is undone by hand if a later one fails.
  const transactional = ownTransaction
  const undo: (() => Promise<unknown>)[] = []
  try {
    const decision = await decideForAssociation(payload, associationId, req)
    const stored = await payload.find({
      collection: 'events',
      where: { 'calendarImport.feed': { equals: feedId } },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    const byKey = new Map<string, StoredEvent>()
    for (const doc of stored.docs as unknown as StoredEvent[]) {
      const docKey = doc.calendarImport?.key
      if (docKey) byKey.set(docKey, doc)
    }

    // Plan first, then write: new entries, then changes, removals last.
    const creates: FeedOccurrence[] = []
    const updates: { occurrence: FeedOccurrence; existing: StoredEvent }[] = []
    for (const occurrence of occurrences) {
      const existing = byKey.get(occurrence.key)
      byKey.delete(occurrence.key)
      if (existing?.importBlocked) result.blocked++
      else if (existing && existing.calendarImport?.hash === occurrence.hash) result.unchanged++
      else if (existing) updates.push({ occurrence, existing })
      else creates.push(occurrence)
    }
    // Entries gone from the feed: future ones are removed (the club deleted them); past ones stay
    // as the record of what took place. Blocked entries stay blocked.
    const today = dayIn(now)
    const removals = [...byKey.values()].filter(
      (gone) => !gone.importBlocked && !(gone.start && dayIn(new Date(gone.start)) < today),
    )

    // Per-save publish triggers cost a database round trip each; one trigger per run follows below.
    const write = {
      overrideAccess: true,
      depth: 0,
      req,
      context: { calendarImport: true, [SKIP_PUBLISH_CONTEXT]: true },
    } as const
    for (const occurrence of creates) {
      const slug = await freeSlug(payload, req, occurrence)
      const doc = await payload.create({
        collection: 'events',
        data: { ...eventData(occurrence, feedId, associationId, decision), slug } as never,
        draft: !decision.publish,
        ...write,
      })
      undo.push(() => payload.delete({ collection: 'events', id: doc.id, ...write }))
      result.created++
    }
    for (const { occurrence, existing } of updates) {
      await payload.update({
        collection: 'events',
        id: existing.id,
        data: eventData(occurrence, feedId, associationId, decision) as never,
        draft: !decision.publish,
        ...write,
      })
      undo.push(() => restore(payload, existing, write))
      result.updated++
    }
    for (const gone of removals) {
      await payload.delete({ collection: 'events', id: gone.id, ...write })
      result.removed++
    }
    // The site changes when published entries were written or published ones removed.
    const siteChanged = (decision.publish && result.created + result.updated > 0) || removals.length > 0
    if (siteChanged) await enqueueChange(req, { slug: 'events', action: 'updated' })

    result.total = occurrences.length
    result.ok = true
    await payload.update({
      collection: calendarFeedsSlug,
      id: feedId,
      data: {
        lastRunAt: now.toISOString(),
        lastSuccessAt: now.toISOString(),
        lastError: null,
        importedCount: occurrences.length,
        lastResult: summarise(result, decision),
      } as never,
      overrideAccess: true,
      req,
      context: feedStatusContext,
    })
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    if (!transactional) {
      for (const step of undo.reverse())
        await step().catch((e: Error) =>
          payload.logger.error({ err: e, msg: 'Kalender-Import: Rücknahme fehlgeschlagen' }),
        )
    }
    const reason = (error as Error).message.trim().replace(/([^.!?])$/, '$1.')
    const message =
      error instanceof Error && 'data' in error
        ? `Ein Termin konnte nicht gespeichert werden: ${reason}`
        : `Fehler beim Speichern der Termine: ${reason}`
    return recordFailure(payload, feedId, now, `${message} Es wurde nichts geändert.`)
  }
}

function summarise(result: ImportResult, decision: ImportDecision): string {
  const parts = [
    `${result.created} neu`,
    `${result.updated} geändert`,
    `${result.removed} entfernt`,
    `${result.unchanged} unverändert`,
  ]
  if (result.blocked) parts.push(`${result.blocked} gesperrt`)
  const review = decision.publish ? 'direkt veröffentlicht' : 'warten auf Prüfung durch die Redaktion'
  return `${result.total} Termine in den nächsten Monaten (${parts.join(', ')}); neue und geänderte ${review}.`
}

async function recordFailure(
  payload: Payload,
  feedId: Id,
  now: Date,
  message: string,
): Promise<ImportResult> {
  payload.logger.warn({ feed: feedId, msg: `Kalender-Import fehlgeschlagen: ${message}` })
  await payload.update({
    collection: calendarFeedsSlug,
    id: feedId,
    data: { lastRunAt: now.toISOString(), lastError: `${formatGerman(now)}: ${message}` } as never,
    overrideAccess: true,
    context: feedStatusContext,
  })
  return { ...empty(), error: message }
}

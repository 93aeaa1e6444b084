import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { slugify } from '../../cms/src/lib/slugify'
import type { Collection, Planned } from './map'
import type { ReadResult } from './read'

type Id = number | string
export type Stored = {
  id: Id
  slug?: string
  name?: string
  title?: string
  start?: string
  source?: { externalId?: string | null; hash?: string | null } | null
}

export type Action =
  | { kind: 'create'; planned: Planned; slug: string }
  | { kind: 'update'; planned: Planned; existing: Stored }
  | { kind: 'unchanged'; planned: Planned; existing: Stored }
  | { kind: 'skip'; planned: Planned; reason: string }
  | { kind: 'vanished'; collection: Collection; existing: Stored; label: string }

export const collectionLabels: Record<Collection, string> = {
  associations: 'Verein',
  events: 'Termin',
  news: 'Meldung',
}

async function loadAll(payload: Payload, collection: Collection, where: Record<string, unknown>) {
  const found = await payload.find({
    collection,
    where: where as never,
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs as unknown as Stored[]
}

/**
 * Decides per object what the run does, from the database as it is: found again by source id ->
 * update (or unchanged by hash); new -> create, unless its name or address is taken or a required
 * field is missing (skip, with the reason); imported before but gone from HumHub -> reported.
 */
export async function planImport(payload: Payload, read: ReadResult, now: Date): Promise<Action[]> {
  const actions: Action[] = []
  const skippedSpaces = new Set<number>()
  for (const collection of ['associations', 'events', 'news'] as const) {
    const imported = await loadAll(payload, collection, { 'source.system': { equals: 'humhub' } })
    const bySource = new Map(imported.map((doc) => [doc.source?.externalId ?? '', doc]))
    const others = await loadAll(payload, collection, { 'source.system': { exists: false } })
    const names = new Set(others.map((doc) => (doc.name ?? doc.title ?? '').trim().toLocaleLowerCase('de')))
    const slugs = new Set([...others, ...imported].map((doc) => doc.slug ?? ''))
    const seenNames = new Set<string>()

    for (const planned of read.planned.filter((p) => p.collection === collection)) {
      const existing = bySource.get(planned.sourceId)
      bySource.delete(planned.sourceId)
      const skip = (reason: string) => {
        actions.push({ kind: 'skip', planned, reason })
        if (collection === 'associations') skippedSpaces.add(Number(planned.sourceId.split(':')[1]))
      }
      if (planned.spaceId !== undefined && collection === 'events' && skippedSpaces.has(planned.spaceId)) {
        skip('Der Verein dieses Termins wird nicht übernommen')
        continue
      }
      if (planned.missing) {
        skip(planned.missing)
        continue
      }
      if (existing) {
        actions.push(
          existing.source?.hash === planned.hash
            ? { kind: 'unchanged', planned, existing }
            : { kind: 'update', planned, existing },
        )
        continue
      }
      if (collection === 'associations') {
        const name = String(planned.data.name).toLocaleLowerCase('de')
        if (names.has(name)) {
          skip(
            `Name schon vergeben: Es gibt bereits einen Verein „${planned.data.name}“ (nicht importiert); bitte führen Sie beide von Hand zusammen`,
          )
          continue
        }
        if (seenNames.has(name)) {
          skip(`Doppelter Name in HumHub: „${planned.data.name}“ kommt mehrfach vor`)
          continue
        }
        seenNames.add(name)
        const slug = slugify(planned.slugBase) || 'verein'
        if (slugs.has(slug)) {
          skip(`Adresse schon vergeben: /vereine/${slug}/ gehört bereits einem anderen Verein`)
          continue
        }
        slugs.add(slug)
        actions.push({ kind: 'create', planned, slug })
        continue
      }
      // Events and news get a readable address; a clash gets a short stable suffix instead of a skip.
      const base = slugify(planned.slugBase) || (collection === 'events' ? 'termin' : 'meldung')
      const slug = slugs.has(base)
        ? `${base}-${crypto.createHash('sha256').update(planned.sourceId).digest('hex').slice(0, 6)}`
        : base
      slugs.add(slug)
      actions.push({ kind: 'create', planned, slug })
    }

    // What an earlier run imported and HumHub no longer lists (deleted or made private): reported,
    // never deleted. Every run reads all public spaces; news only when a news space was named; past
    // dates are expected to drop out (a series is expanded from today on).
    for (const existing of bySource.values()) {
      if (collection === 'news' && !read.newsRead) continue
      if (collection === 'events' && existing.start && new Date(existing.start) < now) continue
      actions.push({
        kind: 'vanished',
        collection,
        existing,
        label: `${collectionLabels[collection]} „${existing.name ?? existing.title ?? existing.id}“ (${existing.source?.externalId})`,
      })
    }
  }
  return actions
}

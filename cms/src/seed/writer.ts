// The seed's writes: every document is looked up by its slug first, so running the seed again
// changes nothing, and what was created or skipped is counted for the summary. An interrupted
// seed (Ctrl-C, a crash) continues where it stopped when run again: the document being written
// is noted in DATA_DIR first, and its translations are written again if it stopped in between.
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload, RequestContext } from 'payload'

import { dataDir } from '../lib/paths'
import { SKIP_PUBLISH_CONTEXT } from '../publish/settings'

// Publish hooks (site rebuilds) should see one change after seeding, not thousands.
export const context: RequestContext = { [SKIP_PUBLISH_CONTEXT]: true }

export type SeedWriter = ReturnType<typeof seedWriter>

/** Called after every document of a collection with a known total (a progress bar). */
export type SeedProgress = (collection: string, done: number, total: number) => void

type Unfinished = { collection: string; slug: string }

export function seedWriter(payload: Payload, log: (message: string) => void, progress?: SeedProgress) {
  const created: Record<string, number> = {}
  const totals: Record<string, number> = {}
  const done: Record<string, number> = {}
  let skipped = 0
  // The document whose create or translations an interruption may have cut off.
  const journal = path.join(dataDir(), 'seed-unfinished.json')
  fs.mkdirSync(path.dirname(journal), { recursive: true })
  const readJournal = (): Unfinished | null => {
    try {
      return JSON.parse(fs.readFileSync(journal, 'utf8')) as Unfinished
    } catch {
      return null
    }
  }
  let unfinished = readJournal()
  const step = (collection: string) => {
    done[collection] = (done[collection] ?? 0) + 1
    if (totals[collection] !== undefined) progress?.(collection, done[collection], totals[collection])
  }

  // Documents are looked up in the collection's own rows, not only through their versions: a save
  // that failed between the document and its version row (SQLite runs without transactions; e.g.
  // "database is locked") leaves a document no draft query shows. Such a document is saved once
  // more, which writes its version, instead of being created again (which stopped on its slug).
  const existingSlugs = async (collection: CollectionSlug, total?: number) => {
    if (total !== undefined) totals[collection] = total
    done[collection] = 0
    const read = (draft: boolean) =>
      payload.find({
        collection,
        limit: 0,
        pagination: false,
        depth: 0,
        draft,
        select: { slug: true } as never,
        context,
      })
    const docs = (await read(false)).docs as unknown as { id: number | string; slug?: string }[]
    if (payload.collections[collection].config.versions?.drafts) {
      const versioned = new Set(
        ((await read(true)).docs as unknown as { id: number | string }[]).map((d) => d.id),
      )
      for (const doc of docs.filter((d) => !versioned.has(d.id))) {
        await payload.update({ collection, id: doc.id, data: {}, context, depth: 0 })
        log(`${collection} ${doc.slug}: fehlende Version nachgetragen`)
      }
    }
    return new Map(docs.map((d) => [String(d.slug), d.id]))
  }

  async function upsert<T extends Record<string, unknown>>(
    collection: CollectionSlug,
    known: Map<string, number | string>,
    slug: string,
    data: T,
    english?: Record<string, unknown>,
    /** Ukrainian and Arabic fields (data/translations.ts), each written in its locale. */
    others?: Partial<Record<'uk' | 'ar', Record<string, unknown>>>,
  ): Promise<number | string> {
    const existing = known.get(slug)
    const resumed = unfinished?.collection === collection && unfinished.slug === slug
    if (existing !== undefined && !resumed) {
      skipped++
      step(collection)
      return existing
    }
    fs.writeFileSync(journal, JSON.stringify({ collection, slug } satisfies Unfinished))
    const id =
      existing ??
      (
        await payload.create({
          collection,
          data: { ...data, slug } as never,
          locale: 'de',
          context,
          depth: 0,
        })
      ).id
    if (resumed && existing !== undefined)
      log(`${collection} ${slug}: unterbrochen, Übersetzungen nachgetragen`)
    if (english && Object.keys(english).length) {
      await payload.update({
        collection,
        id,
        data: english as never,
        locale: 'en',
        context,
        depth: 0,
      })
    }
    for (const [locale, fields] of Object.entries(others ?? {})) {
      if (fields)
        await payload.update({
          collection,
          id,
          data: fields as never,
          locale: locale as 'uk' | 'ar',
          context,
          depth: 0,
        })
    }
    fs.rmSync(journal, { force: true })
    unfinished = null
    known.set(slug, id)
    if (existing === undefined) created[collection] = (created[collection] ?? 0) + 1
    step(collection)
    return id
  }

  return {
    existingSlugs,
    upsert,
    created,
    /** A document or setting that was there already. */
    skip: () => void skipped++,
    /** Something written outside upsert (accounts, images, settings). */
    count: (what: string, n = 1) => void (created[what] = (created[what] ?? 0) + n),
    skipped: () => skipped,
  }
}

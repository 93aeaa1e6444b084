// The seed's writes: every document is looked up by its slug first, so running the seed again
// changes nothing, and what was created or skipped is counted for the summary.
import type { CollectionSlug, Payload, RequestContext } from 'payload'

import { SKIP_PUBLISH_CONTEXT } from '../publish/settings'

// Publish hooks (site rebuilds) should see one change after seeding, not thousands.
export const context: RequestContext = { [SKIP_PUBLISH_CONTEXT]: true }

export type SeedWriter = ReturnType<typeof seedWriter>

export function seedWriter(payload: Payload, log: (message: string) => void) {
  const created: Record<string, number> = {}
  let skipped = 0

  // Documents are looked up in the collection's own rows, not only through their versions: a save
  // that failed between the document and its version row (SQLite runs without transactions; e.g.
  // "database is locked") leaves a document no draft query shows. Such a document is saved once
  // more, which writes its version, instead of being created again (which stopped on its slug).
  const existingSlugs = async (collection: CollectionSlug) => {
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
    const id = known.get(slug)
    if (id !== undefined) {
      skipped++
      return id
    }
    const doc = await payload.create({
      collection,
      data: { ...data, slug } as never,
      locale: 'de',
      context,
      depth: 0,
    })
    if (english && Object.keys(english).length) {
      await payload.update({
        collection,
        id: doc.id,
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
          id: doc.id,
          data: fields as never,
          locale: locale as 'uk' | 'ar',
          context,
          depth: 0,
        })
    }
    known.set(slug, doc.id)
    created[collection] = (created[collection] ?? 0) + 1
    return doc.id
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

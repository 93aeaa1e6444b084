// The Leichte-Sprache section of the demo: its pages, and summaries in Leichte Sprache for some
// associations, events and offers (the others show that a text is still missing). Runs after the
// other content; only writes what is not there yet, so running the seed again changes nothing.
import type { Payload } from 'payload'

import {
  easyAssociationSummaries,
  easyEventSummaries,
  easyOpportunitySummaries,
  easyPages,
} from './data/easy-language'
import { context, type SeedWriter } from './writer'

type Summaries = {
  collection: 'associations' | 'events' | 'opportunities'
  field: 'slug' | 'title'
  texts: Record<string, string>
}

export async function seedEasyLanguage(payload: Payload, w: SeedWriter) {
  const pageIds = await w.existingSlugs('pages')
  for (const p of easyPages) {
    const existing = pageIds.get(p.slug)
    if (existing !== undefined) {
      // Databases seeded before the section existed had "leichte-sprache" as an ordinary page.
      const doc = await payload.findByID({ collection: 'pages', id: existing, depth: 0, context })
      if (!doc.easyLanguage)
        await payload.update({
          collection: 'pages',
          id: existing,
          data: { easyLanguage: true },
          context,
          depth: 0,
        })
      else w.skip()
      continue
    }
    await w.upsert('pages', pageIds, p.slug, {
      title: p.title,
      summary: p.summary,
      body: p.body,
      easyLanguage: true,
      _status: 'published',
    })
  }

  const lists: Summaries[] = [
    { collection: 'associations', field: 'slug', texts: easyAssociationSummaries },
    { collection: 'events', field: 'title', texts: easyEventSummaries },
    { collection: 'opportunities', field: 'slug', texts: easyOpportunitySummaries },
  ]
  for (const { collection, field, texts } of lists) {
    // Larger benchmark datasets repeat the templates thousands of times: the first dates suffice.
    const { docs } = await payload.find({
      collection,
      where: { and: [{ [field]: { in: Object.keys(texts) } }, { easySummary: { exists: false } }] },
      limit: 100,
      depth: 0,
      context,
      select: { [field]: true } as never,
    })
    for (const doc of docs as unknown as { id: number | string; slug?: string; title?: string }[]) {
      const text = texts[String(doc[field])]
      if (!text) continue
      // An update of an existing entry, not a new document: not counted as created.
      await payload.update({ collection, id: doc.id, data: { easySummary: text }, context, depth: 0 })
    }
  }
}

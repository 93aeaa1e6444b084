import type { Payload } from 'payload'

import { ownerFields } from '../access/ownership'
import { reviewedCollections } from '../review/queue'

type Id = number | string
export type OverviewEntry = {
  collection: string
  kind: string
  id: Id
  title: string
  status: string
  comment?: string
  submittedAt?: string
  updatedAt: string
}

const kindOf: Record<string, string> = {
  events: 'Termin',
  opportunities: 'Ehrenamtsangebot',
  news: 'Meldung',
  associations: 'Vereinsprofil',
}

/**
 * A club's own entries by review state, read from the latest versions (drafts included): what is
 * waiting or still a draft, and what the editors sent back with their note.
 */
export async function clubOverview(payload: Payload, associationIds: Id[]) {
  const associations = await payload.find({
    collection: 'associations',
    where: { id: { in: associationIds } },
    draft: true,
    depth: 0,
    limit: associationIds.length,
    overrideAccess: true,
    select: { name: true },
  })
  const pending: OverviewEntry[] = []
  const returned: OverviewEntry[] = []
  for (const { slug, titleField } of reviewedCollections) {
    const found = await payload.find({
      collection: slug,
      draft: true,
      where: {
        and: [
          { [ownerFields[slug]]: { in: associationIds } },
          { reviewStatus: { in: ['draft', 'submitted', 'changesRequested'] } },
          // A published entry whose review field was never set is not a draft (seeded content).
          { or: [{ reviewStatus: { not_equals: 'draft' } }, { _status: { equals: 'draft' } }] },
        ],
      },
      sort: '-updatedAt',
      limit: 20,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      const entry: OverviewEntry = {
        collection: slug,
        kind: kindOf[slug] ?? slug,
        id: doc.id as Id,
        title: String(doc[titleField] ?? `#${doc.id}`),
        status: String(doc.reviewStatus),
        comment: typeof doc.reviewComment === 'string' ? doc.reviewComment : undefined,
        submittedAt: typeof doc.reviewSubmittedAt === 'string' ? doc.reviewSubmittedAt : undefined,
        updatedAt: String(doc.updatedAt ?? ''),
      }
      ;(entry.status === 'changesRequested' ? returned : pending).push(entry)
    }
  }
  return {
    associations: associations.docs.map((doc) => ({ id: doc.id, name: doc.name })),
    pending,
    returned,
  }
}

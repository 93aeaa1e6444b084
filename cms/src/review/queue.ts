import type { Payload, Where } from 'payload'

import { type OwnedCollection, ownerFields } from '../access/ownership'
import { isStaff, memberAssociationIds } from '../access/roles'
import type { User } from '../payload-types'
import type { ReviewStatus } from './status'

export const reviewedCollections: { slug: OwnedCollection; label: string; titleField: string }[] = [
  { slug: 'events', label: 'Veranstaltungen', titleField: 'title' },
  { slug: 'opportunities', label: 'Ehrenamtsangebote', titleField: 'title' },
  { slug: 'news', label: 'Meldungen', titleField: 'title' },
  { slug: 'associations', label: 'Vereinsprofile', titleField: 'name' },
]

export type QueueEntry = {
  collection: OwnedCollection
  id: number | string
  title: string
  updatedAt: string
  /** Carried over by an import (shown as "importiert"). */
  source?: { system?: unknown } | null
}
export type QueueGroup = {
  collection: OwnedCollection
  label: string
  total: number
  listUrl: string
  entries: QueueEntry[]
}

/** Admin list URL filtered on the review state (the list view filters the latest drafts). */
export const queueListUrl = (adminRoute: string, slug: string, status: ReviewStatus) =>
  `${adminRoute}/collections/${slug}?where[reviewStatus][equals]=${status}&sort=-updatedAt`

/**
 * What is waiting: for editors everything submitted, for a club member the own entries the
 * editors sent back. Reads the latest versions (draft: true), where the review state lives.
 */
export async function reviewQueue(
  payload: Payload,
  user: User | null | undefined,
  options: { limit?: number } = {},
): Promise<QueueGroup[]> {
  const staff = isStaff(user)
  const status: ReviewStatus = staff ? 'submitted' : 'changesRequested'
  const mine = memberAssociationIds(user)
  if (!staff && !mine.length) return []
  const groups: QueueGroup[] = []
  for (const { slug, label, titleField } of reviewedCollections) {
    const conditions: Where[] = [{ reviewStatus: { equals: status } }]
    if (!staff) conditions.push({ [ownerFields[slug]]: { in: mine } })
    const found = await payload.find({
      collection: slug,
      draft: true,
      where: { and: conditions },
      sort: '-updatedAt',
      limit: options.limit ?? 5,
      depth: 0,
      overrideAccess: true,
    })
    groups.push({
      collection: slug,
      label,
      total: found.totalDocs,
      listUrl: queueListUrl(payload.config.routes.admin, slug, status),
      entries: found.docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          collection: slug,
          id: doc.id,
          title: String(record[titleField] ?? `#${doc.id}`),
          updatedAt: String(record.updatedAt ?? ''),
          source: record.source as QueueEntry['source'],
        }
      }),
    })
  }
  return groups
}

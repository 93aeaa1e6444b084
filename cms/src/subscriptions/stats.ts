import type { PayloadRequest } from 'payload'

import { idsOf } from '../access/ownership'
import type { Subscription } from '../payload-types'
import { subscriptionsSlug } from './Subscriptions'

export type SubscriptionStats = {
  confirmed: number
  pending: number
  byKind: Record<string, number>
  byTopic: Record<string, number>
  byDistrict: Record<string, number>
  byAssociation: Record<string, number>
}

/** Counts of confirmed subscriptions per kind, topic, district and association: numbers, never addresses. */
export async function subscriptionStats(req: PayloadRequest): Promise<SubscriptionStats> {
  const stats: SubscriptionStats = {
    confirmed: 0,
    pending: 0,
    byKind: {},
    byTopic: {},
    byDistrict: {},
    byAssociation: {},
  }
  const found = await req.payload.find({
    collection: subscriptionsSlug,
    depth: 0,
    pagination: false,
    select: { confirmedAt: true, kinds: true, topics: true, districts: true, associations: true },
    overrideAccess: true,
    req,
  })
  const count = (into: Record<string, number>, keys: (number | string)[]) => {
    for (const key of keys) into[String(key)] = (into[String(key)] ?? 0) + 1
  }
  for (const sub of found.docs as Subscription[]) {
    if (!sub.confirmedAt) {
      stats.pending += 1
      continue
    }
    stats.confirmed += 1
    count(stats.byKind, sub.kinds ?? [])
    count(stats.byTopic, idsOf(sub.topics as never))
    count(stats.byDistrict, idsOf(sub.districts as never))
    count(stats.byAssociation, idsOf(sub.associations as never))
  }
  return stats
}

import type { Payload } from 'payload'

import { idsOf } from '../access/ownership'
import type { Subscription } from '../payload-types'
import { subscriptionKinds, subscriptionsSlug } from './model'

/** How many confirmed subscriptions name one topic, district, association or kind. */
export type CountByName = { name: string; count: number }

export type SubscriptionStats = {
  confirmed: number
  pending: number
  byKind: CountByName[]
  byTopic: CountByName[]
  byDistrict: CountByName[]
  byAssociation: CountByName[]
}

type Named = 'topics' | 'districts' | 'associations'

/**
 * Counts of confirmed subscriptions per kind, topic, district and association, by name, most
 * followed first: numbers, never addresses. Read with overrideAccess because nobody may read the
 * collection itself; the endpoint and the dashboard panel check that the reader is staff.
 */
export async function subscriptionStats(payload: Payload): Promise<SubscriptionStats> {
  const found = await payload.find({
    collection: subscriptionsSlug,
    depth: 0,
    pagination: false,
    select: { confirmedAt: true, kinds: true, topics: true, districts: true, associations: true },
    overrideAccess: true,
  })
  const tally: Record<Named | 'kinds', Map<string, number>> = {
    topics: new Map(),
    districts: new Map(),
    associations: new Map(),
    kinds: new Map(),
  }
  let confirmed = 0
  let pending = 0
  for (const sub of found.docs as Subscription[]) {
    if (!sub.confirmedAt) {
      pending += 1
      continue
    }
    confirmed += 1
    const add = (into: Map<string, number>, keys: (number | string)[]) => {
      for (const key of keys) into.set(String(key), (into.get(String(key)) ?? 0) + 1)
    }
    add(tally.kinds, sub.kinds ?? [])
    for (const field of ['topics', 'districts', 'associations'] as const)
      add(tally[field], idsOf(sub[field] as never))
  }
  const named = async (collection: Named): Promise<CountByName[]> => {
    const ids = [...tally[collection].keys()]
    if (!ids.length) return []
    const docs = await payload.find({
      collection,
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      pagination: false,
      locale: 'de',
      overrideAccess: true,
    })
    const names = new Map(docs.docs.map((doc) => [String(doc.id), String(doc.name)]))
    return sorted(ids.filter((id) => names.has(id)).map((id) => [names.get(id)!, tally[collection].get(id)!]))
  }
  const kindName = (value: string) => subscriptionKinds.find((k) => k.value === value)?.label ?? value
  return {
    confirmed,
    pending,
    byKind: sorted([...tally.kinds].map(([value, count]) => [kindName(value), count])),
    byTopic: await named('topics'),
    byDistrict: await named('districts'),
    byAssociation: await named('associations'),
  }
}

const sorted = (pairs: [string, number][]): CountByName[] =>
  pairs
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'))

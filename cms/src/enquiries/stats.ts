import type { Payload } from 'payload'

import { idsOf } from '../access/ownership'

export const answerDays = 7
const dayMs = 24 * 60 * 60 * 1000

export type EnquiryStatRow = {
  id: number | string
  name: string
  slug: string | null
  enquiries: number
  answeredWithin7Days: number
}
export type EnquiryStats = {
  generatedAt: string
  associations: EnquiryStatRow[]
  opportunities: (EnquiryStatRow & { association: string | null; associationId: number | string | null })[]
}

/**
 * How many enquiries each published association and offer received, and how many of them were
 * answered within 7 days: numbers only, no names, addresses or messages. Enquiries deleted by the
 * retention job or withdrawn by the citizen no longer count.
 */
export async function enquiryStats(payload: Payload): Promise<EnquiryStats> {
  const enquiries = await payload.find({
    collection: 'enquiries',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { association: true, opportunity: true, createdAt: true, answeredAt: true },
  })
  const count = new Map<string, { enquiries: number; answered: number }>()
  const add = (key: string, answered: boolean) => {
    const entry = count.get(key) ?? { enquiries: 0, answered: 0 }
    entry.enquiries += 1
    if (answered) entry.answered += 1
    count.set(key, entry)
  }
  for (const e of enquiries.docs) {
    const answered = Boolean(
      e.answeredAt && Date.parse(e.answeredAt) - Date.parse(e.createdAt) <= answerDays * dayMs,
    )
    for (const id of idsOf(e.association)) add(`a:${id}`, answered)
    for (const id of idsOf(e.opportunity)) add(`o:${id}`, answered)
  }
  const ids = (prefix: string) => [...count.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(2))
  const published = { _status: { equals: 'published' } } as const
  const associations = ids('a:').length
    ? await payload.find({
        collection: 'associations',
        where: { and: [published, { id: { in: ids('a:') } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { name: true, slug: true },
      })
    : { docs: [] }
  const opportunities = ids('o:').length
    ? await payload.find({
        collection: 'opportunities',
        where: { and: [published, { id: { in: ids('o:') } }] },
        pagination: false,
        depth: 1,
        overrideAccess: true,
        select: { title: true, slug: true, association: true },
      })
    : { docs: [] }
  const row = (
    key: string,
    id: number | string,
    name: string,
    slug: string | null | undefined,
  ): EnquiryStatRow => {
    const entry = count.get(key)!
    return { id, name, slug: slug ?? null, enquiries: entry.enquiries, answeredWithin7Days: entry.answered }
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de')
  return {
    generatedAt: new Date().toISOString(),
    associations: associations.docs.map((a) => row(`a:${a.id}`, a.id, String(a.name), a.slug)).sort(byName),
    opportunities: opportunities.docs
      .map((o) => ({
        ...row(`o:${o.id}`, o.id, String(o.title), o.slug),
        association: typeof o.association === 'object' && o.association ? String(o.association.name) : null,
        associationId: idsOf(o.association)[0] ?? null,
      }))
      .sort(byName),
  }
}

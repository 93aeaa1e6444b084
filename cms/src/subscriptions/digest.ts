import type { PayloadRequest } from 'payload'

import { siteUrl } from '../endpoints/publicForm'
import { idsOf } from '../access/ownership'
import type { Subscription } from '../payload-types'
import type { DigestItem, MailLang } from './mails'
import type { SubscriptionKind } from './model'

/** A published document, reduced to what matching and the mail need. */
export type ContentItem = {
  kind: SubscriptionKind
  id: number | string
  title: string
  path: string
  updatedAt: string
  start?: string | null
  topics: (number | string)[]
  districts: (number | string)[]
  associations: (number | string)[]
}

export const contentSources = [
  { kind: 'events', collection: 'events', base: 'veranstaltungen', owners: 'organizers' },
  { kind: 'offers', collection: 'opportunities', base: 'ehrenamt', owners: 'association' },
  { kind: 'news', collection: 'news', base: 'aktuelles', owners: 'association' },
] as const
type Source = (typeof contentSources)[number]

/** A document of one source as an item: the one mapping the digest and the push messages share. */
export function contentItem(source: Source, doc: Record<string, unknown>): ContentItem {
  return {
    kind: source.kind,
    id: doc.id as number,
    title: String(doc.title ?? ''),
    path: `/${source.base}/${String(doc.slug ?? doc.id)}/`,
    updatedAt: String(doc.updatedAt),
    start: (doc.start as string | undefined) ?? null,
    topics: idsOf(doc.topics as never),
    districts: idsOf(doc.district as never),
    associations: idsOf(doc[source.owners] as never),
  }
}

/**
 * Everything published (new or changed) after `since`, read once per run in German titles:
 * 10,000 subscribers then match in memory, not with 10,000 queries. Consul's participation
 * processes are not in the CMS; that kind can be chosen but gets its items from here only once
 * the CMS holds them.
 */
export async function publishedSince(
  req: PayloadRequest,
  since: string,
  lang: MailLang,
): Promise<ContentItem[]> {
  const items: ContentItem[] = []
  for (const source of contentSources) {
    const found = await req.payload.find({
      collection: source.collection,
      where: { and: [{ _status: { equals: 'published' } }, { updatedAt: { greater_than: since } }] },
      depth: 0,
      pagination: false,
      locale: lang,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) items.push(contentItem(source, doc))
  }
  return items
}

/** What a subscription (by e-mail or push) follows. */
export type Choice = Pick<Subscription, 'kinds' | 'topics' | 'districts' | 'associations'>

const overlap = (a: (number | string)[], b: (number | string)[]) =>
  a.some((x) => b.map(String).includes(String(x)))

/**
 * A subscription's items: of its kinds (none chosen: all kinds), and when it names topics,
 * districts or associations, touching at least one of them; only what changed after `since`.
 */
export function matching(sub: Choice, items: ContentItem[], since: string): ContentItem[] {
  const kinds = sub.kinds ?? []
  const topics = idsOf(sub.topics as never)
  const districts = idsOf(sub.districts as never)
  const associations = idsOf(sub.associations as never)
  const narrowed = topics.length + districts.length + associations.length > 0
  return items.filter(
    (item) =>
      item.updatedAt > since &&
      (!kinds.length || kinds.includes(item.kind)) &&
      (!narrowed ||
        overlap(item.topics, topics) ||
        overlap(item.districts, districts) ||
        overlap(item.associations, associations)),
  )
}

const berlin = (iso: string, lang: MailLang) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  })

export const asDigestItems = (items: ContentItem[], lang: MailLang): DigestItem[] =>
  items.map((item) => ({
    kind: item.kind,
    title: item.title,
    url: `${siteUrl()}${lang === 'en' ? '/en' : ''}${item.path}`,
    when: item.start ? berlin(item.start, lang) : undefined,
  }))

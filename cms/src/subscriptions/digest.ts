import type { PayloadRequest, Where } from 'payload'

import { siteUrl } from '../endpoints/publicForm'
import { idsOf } from '../access/ownership'
import { type ContentLocale, defaultLocale, localeInfo, sitePath, timeZone } from '../locales'
import type { Subscription } from '../payload-types'
import type { DigestItem } from './mails'
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
  /** Whether the title is in the reader's language: the site has a page there only then. */
  translated: boolean
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
    translated: true,
  }
}

type Found = { doc: Record<string, unknown>; translated: boolean }

/**
 * Published documents of a collection in `lang`. The site builds a page in another language only
 * for a document translated there (its title), so an untranslated one comes in German, marked,
 * and links to the German page instead of a page that does not exist.
 */
export async function findTranslated(
  req: PayloadRequest,
  collection: Source['collection'],
  where: Where,
  lang: ContentLocale,
  sort?: string,
): Promise<Found[]> {
  const read = (locale: ContentLocale, fallback: boolean) =>
    req.payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, where] },
      depth: 0,
      pagination: false,
      locale,
      ...(fallback ? {} : { fallbackLocale: false as const }),
      ...(sort ? { sort } : {}),
      overrideAccess: true,
      req,
    })
  const docs = (await read(lang, lang === defaultLocale)).docs as unknown as Record<string, unknown>[]
  if (docs.every((d) => d.title)) return docs.map((doc) => ({ doc, translated: true }))
  const german = new Map(
    ((await read(defaultLocale, true)).docs as unknown as Record<string, unknown>[]).map((d) => [d.id, d]),
  )
  return docs.map((doc) =>
    doc.title ? { doc, translated: true } : { doc: german.get(doc.id) ?? doc, translated: false },
  )
}

/** The published documents of each source matching `where` (null: none of that source), in `lang`. */
export async function itemsIn(
  req: PayloadRequest,
  where: (source: Source) => Where | null,
  lang: ContentLocale,
): Promise<ContentItem[]> {
  const items: ContentItem[] = []
  for (const source of contentSources) {
    const filter = where(source)
    if (!filter) continue
    for (const { doc, translated } of await findTranslated(req, source.collection, filter, lang))
      items.push({ ...contentItem(source, doc), translated })
  }
  return items
}

/** The item's page: in the reader's language where it is translated, else the German one. */
export const itemUrl = (item: ContentItem, lang: ContentLocale) =>
  `${siteUrl()}${item.translated ? sitePath(lang, item.path) : item.path}`

/**
 * Everything published (new or changed) after `since`, read once per run and language:
 * 10,000 subscribers then match in memory, not with 10,000 queries. Consul's participation
 * processes are not in the CMS; that kind can be chosen but gets its items from here only once
 * the CMS holds them.
 */
export const publishedSince = (req: PayloadRequest, since: string, lang: ContentLocale) =>
  itemsIn(req, () => ({ updatedAt: { greater_than: since } }), lang)

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

const berlin = (iso: string, lang: ContentLocale) =>
  new Date(iso).toLocaleString(localeInfo(lang).intl, { timeZone, dateStyle: 'medium', timeStyle: 'short' })

export const asDigestItems = (items: ContentItem[], lang: ContentLocale): DigestItem[] =>
  items.map((item) => ({
    kind: item.kind,
    title: item.title,
    url: itemUrl(item, lang),
    when: item.start ? berlin(item.start, lang) : undefined,
  }))

// The partner JSON feed (/daten/v1/, issue 20): ONE zod schema per feed. The build writes the
// feeds with the types inferred from it and publishes its JSON Schema (z.toJSONSchema) next to
// each feed, so feed, schema and documentation cannot drift apart. The fields copied from the CMS
// are tied to payload-types.ts below: a change there breaks `tsc` until the feed follows.
import { z } from 'zod'

import { optionGroups } from '../../../../cms/src/options'
import type { Association, Event, News, Opportunity } from '../../../../cms/src/payload-types'

/** The values of one of the CMS's option lists, typed as the generated type says. */
const options = <T extends string>(group: readonly { value: string }[]) =>
  z.enum(group.map((o) => o.value) as [T, ...T[]])

const isoDateTime = z.iso.datetime({ offset: true }).describe('Ortszeit Europe/Berlin mit Abstand zu UTC')
const isoDate = z.iso.date()
const url = z.url()
const label = z.object({ slug: z.string(), name: z.string() })
const ref = z.object({ id: z.number().int(), name: z.string(), url })
const image = z.object({ url, width: z.number().int(), height: z.number().int(), alt: z.string() })

export const eventItem = z.object({
  id: z.number().int().describe('Stabile Nummer der Veranstaltung im CMS'),
  title: z.string(),
  summary: z.string().nullable(),
  start: z.union([isoDateTime, isoDate]).describe('Beginn; ganztägige Veranstaltungen als Tag'),
  end: z.union([isoDateTime, isoDate]).nullable(),
  allDay: z.boolean(),
  cancelled: z.boolean(),
  attendance: options<Event['attendance']>(optionGroups.attendance),
  venue: z
    .object({
      name: z.string().nullable(),
      street: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    })
    .nullable(),
  onlineUrl: url.nullable(),
  district: label.nullable(),
  topics: z.array(label),
  targetGroups: z.array(options<NonNullable<Event['targetGroups']>[number]>(optionGroups.targetGroups)),
  organizers: z.array(ref),
  free: z.boolean(),
  priceText: z.string().nullable(),
  image: image.nullable(),
  url,
  updatedAt: isoDateTime,
})

export const offerItem = z.object({
  id: z.number().int().describe('Stabile Nummer des Angebots im CMS'),
  title: z.string(),
  summary: z.string().nullable(),
  association: ref.nullable(),
  commitment: options<Opportunity['commitment']>(optionGroups.commitment),
  hours: z.number().nullable(),
  per: options<NonNullable<NonNullable<Opportunity['timeNeeded']>['per']>>(optionGroups.per).nullable(),
  suitability: z.array(options<NonNullable<Opportunity['suitability']>[number]>(optionGroups.suitability)),
  district: label.nullable(),
  topics: z.array(label),
  validFrom: isoDateTime.nullable(),
  validUntil: isoDateTime.nullable(),
  url,
  updatedAt: isoDateTime,
})

export const associationItem = z.object({
  id: z.number().int().describe('Stabile Nummer des Vereins im CMS'),
  name: z.string(),
  shortDescription: z.string(),
  kind: options<Association['kind']>(optionGroups.kind),
  district: label.nullable(),
  topics: z.array(label),
  networks: z.array(ref),
  lookingForMembers: z.boolean(),
  address: z
    .object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() })
    .nullable(),
  website: url.nullable(),
  logo: image.nullable(),
  url,
  updatedAt: isoDateTime,
})

export const newsItem = z.object({
  id: z.number().int().describe('Stabile Nummer der Meldung im CMS'),
  title: z.string(),
  excerpt: z.string().nullable(),
  publishedDate: isoDateTime,
  association: ref.nullable(),
  topics: z.array(label),
  image: image.nullable(),
  url,
  updatedAt: isoDateTime,
})

// Type tie: each field a feed item shares with its CMS document has the CMS's value type
// (nullability is the feed's own: absent values are null in the feed).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Tie<Item, Doc> = {
  [K in keyof Item & keyof Doc]: Same<NonNullable<Item[K]>, NonNullable<Doc[K]>> extends true
    ? true
    : ['differs from payload-types.ts', K]
}
type AllTrue<T> = T[keyof T] extends true ? true : T[keyof T]
const tied = <T extends true>(ok: T) => ok
// Dates and relations are converted (ISO with offset, {id, name, url}); all else is compared.
type Converted =
  'start' | 'end' | 'updatedAt' | 'validFrom' | 'validUntil' | 'publishedDate' | 'image' | 'logo'
type Relations = 'district' | 'topics' | 'association' | 'networks' | 'organizers'
type Item<S extends z.ZodType> = Omit<z.infer<S>, Converted | Relations | 'venue' | 'address'>
tied<AllTrue<Tie<Item<typeof eventItem>, Event>>>(true)
tied<AllTrue<Tie<Item<typeof offerItem>, Opportunity>>>(true)
tied<AllTrue<Tie<Item<typeof associationItem>, Association>>>(true)
tied<AllTrue<Tie<Item<typeof newsItem>, News>>>(true)
// Places keep the CMS's field names and types (without coordinates).
type Part<S extends z.ZodType, K extends keyof z.infer<S>> = NonNullable<z.infer<S>[K]>
tied<AllTrue<Tie<Part<typeof eventItem, 'venue'>, NonNullable<Event['venue']>>>>(true)
tied<AllTrue<Tie<Part<typeof associationItem, 'address'>, NonNullable<Association['address']>>>>(true)

export const licence = z.object({
  id: z.literal('dl-de/by-2-0'),
  name: z.string(),
  url,
  attribution: z.string(),
})

/** One page of a feed: the envelope is the same for every kind. */
const page = <S extends z.ZodType>(item: S, title: string) =>
  z
    .object({
      $schema: url,
      version: z.literal(1),
      title: z.string(),
      link: url.describe('Die Seite dieser Auswahl auf der Website'),
      licence,
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      pages: z.number().int().min(1),
      pageSize: z.number().int().min(1),
      next: url.nullable(),
      previous: url.nullable(),
      items: z.array(item),
    })
    .meta({ title })

export const feeds = {
  veranstaltungen: page(eventItem, 'Veranstaltungen (Unser Neubrandenburg, Partner-Feed v1)'),
  ehrenamt: page(offerItem, 'Ehrenamtsangebote (Unser Neubrandenburg, Partner-Feed v1)'),
  vereine: page(associationItem, 'Vereine und Initiativen (Unser Neubrandenburg, Partner-Feed v1)'),
  aktuelles: page(newsItem, 'Aktuelles (Unser Neubrandenburg, Partner-Feed v1)'),
}
export type FeedKind = keyof typeof feeds
export type FeedPage<K extends FeedKind> = z.infer<(typeof feeds)[K]>
export type FeedItem<K extends FeedKind> = FeedPage<K>['items'][number]

/** The published JSON Schema of a feed (draft 2020-12). */
export const jsonSchemaOf = (kind: FeedKind, site: URL) => ({
  ...z.toJSONSchema(feeds[kind], { target: 'draft-2020-12', io: 'output' }),
  $id: new URL(`/daten/v1/${kind}.schema.json`, site).href,
})

// CMS documents as partner feed items (./schema.ts): German, absolute URLs, Berlin times with offset.
import type { Association, Event, News, Opportunity } from '../../../../cms/src/payload-types'
import { associationOf, associationsOf, districtOf, imageOf, topicsOf } from '../data'
import { berlinDay, isoBerlin } from '../format'
import { docHref, safeUrl } from '../paths'
import type { FeedItem } from './schema'

type Ref = Parameters<typeof imageOf>[1]
const label = (l: { slug: string; name: string }) => ({ slug: l.slug, name: l.name })
const abs = (path: string, site: URL) => new URL(path, site).href
const imageItem = (ref: Ref, site: URL) => {
  const image = imageOf('de', ref)
  return image
    ? { url: abs(image.src, site), width: image.width, height: image.height, alt: image.alt }
    : null
}
const refItem = (a: Association, site: URL) => ({
  id: a.id,
  name: a.name,
  url: abs(docHref('de', 'associations', a), site),
})
const district = (ref: Ref) => {
  const d = districtOf('de', ref)
  return d ? label(d) : null
}

export const eventItem = (e: Event, site: URL): FeedItem<'veranstaltungen'> => ({
  id: e.id,
  title: e.title,
  summary: e.summary ?? null,
  // All-day events are days (as in the open data and the calendar), the rest local time with offset.
  start: e.allDay ? berlinDay(e.start) : isoBerlin(e.start),
  end: e.end ? (e.allDay ? berlinDay(e.end) : isoBerlin(e.end)) : null,
  allDay: Boolean(e.allDay),
  cancelled: Boolean(e.cancelled),
  attendance: e.attendance,
  venue:
    e.attendance === 'online'
      ? null
      : {
          name: e.venue?.name ?? null,
          street: e.venue?.street ?? null,
          postalCode: e.venue?.postalCode || null,
          city: e.venue?.city ?? null,
        },
  onlineUrl: e.attendance === 'onsite' ? null : (safeUrl(e.onlineUrl) ?? null),
  district: district(e.district),
  topics: topicsOf('de', e.topics).map(label),
  targetGroups: e.targetGroups ?? [],
  organizers: associationsOf('de', e.organizers).map((a) => refItem(a, site)),
  free: Boolean(e.price?.isFree),
  priceText: e.price?.text ?? null,
  image: imageItem(e.image, site),
  url: abs(docHref('de', 'events', e), site),
  updatedAt: isoBerlin(e.updatedAt),
})

export const offerItem = (o: Opportunity, site: URL): FeedItem<'ehrenamt'> => {
  const association = associationOf('de', o.association)
  return {
    id: o.id,
    title: o.title,
    summary: o.summary ?? null,
    association: association ? refItem(association, site) : null,
    commitment: o.commitment,
    hours: o.timeNeeded?.hours ?? null,
    per: o.timeNeeded?.hours != null ? (o.timeNeeded.per ?? 'week') : null,
    suitability: o.suitability ?? [],
    district: district(o.district),
    topics: topicsOf('de', o.topics).map(label),
    validFrom: o.validFrom ? isoBerlin(o.validFrom) : null,
    validUntil: o.validUntil ? isoBerlin(o.validUntil) : null,
    url: abs(docHref('de', 'opportunities', o), site),
    updatedAt: isoBerlin(o.updatedAt),
  }
}

export const associationItem = (a: Association, site: URL): FeedItem<'vereine'> => ({
  id: a.id,
  name: a.name,
  shortDescription: a.shortDescription,
  kind: a.kind,
  district: district(a.district),
  topics: topicsOf('de', a.topics).map(label),
  networks: associationsOf('de', a.networks).map((n) => refItem(n, site)),
  lookingForMembers: Boolean(a.lookingForMembers),
  address:
    a.address?.street || a.address?.city
      ? {
          street: a.address.street ?? null,
          postalCode: a.address.postalCode || null,
          city: a.address.city ?? null,
        }
      : null,
  website: safeUrl(a.contact?.website) ?? null,
  logo: imageItem(a.logo, site),
  url: abs(docHref('de', 'associations', a), site),
  updatedAt: isoBerlin(a.updatedAt),
})

export const newsItem = (n: News, site: URL): FeedItem<'aktuelles'> => {
  const association = associationOf('de', n.association)
  return {
    id: n.id,
    title: n.title,
    excerpt: n.excerpt ?? null,
    publishedDate: isoBerlin(n.publishedDate ?? n.createdAt),
    association: association ? refItem(association, site) : null,
    topics: topicsOf('de', n.topics).map(label),
    image: imageItem(n.image, site),
    url: abs(docHref('de', 'news', n), site),
    updatedAt: isoBerlin(n.updatedAt),
  }
}

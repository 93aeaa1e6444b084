// What an association's profile page (pages/[...lang]/vereine/[slug].astro) shows, read and shaped
// from the snapshot: its relations, the events and offers of it (a network's include its members'),
// its contact details and its schema.org description.
import type { Association, Locale } from './data'
import {
  associationsOf,
  districtOf,
  eventsByOrganizer,
  htmlOf,
  imageOf,
  networkMembers,
  opportunitiesOf,
  topicsOf,
} from './data'
import { bodyAfterSummary } from './detail'
import { firstGerman } from './fallback'
import { docHref, safeUrl } from './paths'

// A profile shows the next few events (a network's include its members'), up to 20 more behind a
// disclosure, and all of them in its calendar feed.
export const shownEvents = 5

export function associationProfile(locale: Locale, a: Association, site: URL | undefined) {
  const id = String(a.id)
  const topics = topicsOf(locale, a.topics)
  const district = districtOf(locale, a.district)
  const networks = associationsOf(locale, a.networks)
  const members = a.kind === 'network' ? networkMembers(locale, id) : []
  // A network's profile also shows what its member associations offer.
  const ids = new Set([id, ...members.map((m) => String(m.id))])
  const events = [
    ...new Map(
      [...ids].flatMap((i) => eventsByOrganizer(locale, i, 'upcoming')).map((e) => [String(e.id), e]),
    ).values(),
  ].sort((x, y) => x.start.localeCompare(y.start))
  const opportunities = opportunitiesOf(locale, [...ids])
  const logo = imageOf(locale, a.logo)
  const images = (a.images ?? []).map((i) => imageOf(locale, i)).filter((i) => i !== undefined)
  const html = bodyAfterSummary(htmlOf(locale, 'associations', a.id, 'description'), a.shortDescription)
  const website = safeUrl(a.contact?.website)
  const address = [a.address?.street, [a.address?.postalCode, a.address?.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  const noteAt = firstGerman(locale, 'associations', a.id, ['shortDescription', 'description'])
  const jsonLd = {
    '@context': 'https://schema.org',
    // schema.org's NGO (an Organization): clubs and networks are non-governmental.
    '@type': 'NGO',
    name: a.name,
    description: a.shortDescription,
    url: new URL(docHref(locale, 'associations', a), site).href,
    ...(website ? { sameAs: [website] } : {}),
    ...(a.contact?.email ? { email: a.contact.email } : {}),
    ...(a.contact?.phone ? { telephone: a.contact.phone } : {}),
    ...(address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: a.address?.street ?? undefined,
            postalCode: a.address?.postalCode || undefined,
            addressLocality: a.address?.city ?? 'Neubrandenburg',
            addressCountry: 'DE',
          },
        }
      : {}),
    ...(logo ? { logo: new URL(logo.src, site).href } : {}),
    ...(a.foundedYear ? { foundingDate: String(a.foundedYear) } : {}),
    ...(networks.length
      ? {
          memberOf: networks.map((n) => ({
            '@type': 'NGO',
            name: n.name,
            url: new URL(docHref(locale, 'associations', n), site).href,
          })),
        }
      : {}),
  }
  return {
    topics,
    district,
    networks,
    members,
    events,
    opportunities,
    logo,
    images,
    html,
    website,
    address,
    noteAt,
    jsonLd,
  }
}

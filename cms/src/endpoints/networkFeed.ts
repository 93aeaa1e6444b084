import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { Association, Event, Opportunity } from '../payload-types'

const published: Where = { _status: { equals: 'published' } }

/**
 * GET /api/networks/:slug — a network with its member associations and everything upcoming
 * from them: events that have not ended and opportunities that are still valid. Always the
 * public view (published only), whoever asks.
 */
async function networkFeed(req: PayloadRequest): Promise<Response> {
  const slug = String(req.routeParams?.slug ?? '')
  const locale = (req.locale === 'en' ? 'en' : 'de') as 'de' | 'en'
  const found = await req.payload.find({
    collection: 'associations',
    where: { and: [{ slug: { equals: slug } }, { kind: { equals: 'network' } }, published] },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  const network = found.docs[0]
  if (!network) {
    return Response.json(
      { errors: [{ message: `Es gibt kein veröffentlichtes Netzwerk mit der Adresse „${slug}“.` }] },
      { status: 404 },
    )
  }
  const members = await req.payload.find({
    collection: 'associations',
    where: { and: [{ networks: { in: [network.id] } }, published] },
    sort: 'name',
    limit: 500,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  const ids = [network.id, ...members.docs.map((m) => m.id)]
  const now = new Date().toISOString()
  const [events, opportunities] = await Promise.all([
    req.payload.find({
      collection: 'events',
      where: {
        and: [
          published,
          { organizers: { in: ids } },
          {
            or: [
              { end: { greater_than_equal: now } },
              { and: [{ end: { exists: false } }, { start: { greater_than_equal: now } }] },
            ],
          },
        ],
      },
      sort: 'start',
      limit: 200,
      depth: 0,
      locale,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'opportunities',
      where: {
        and: [
          published,
          { association: { in: ids } },
          { or: [{ validUntil: { exists: false } }, { validUntil: { greater_than_equal: now } }] },
        ],
      },
      sort: '-createdAt',
      limit: 200,
      depth: 0,
      locale,
      overrideAccess: true,
      req,
    }),
  ])
  const body: NetworkFeed = {
    network: pick(network, networkKeys),
    members: members.docs.map((m) => pick(m, memberKeys)),
    events: events.docs.map((e) => pick(e, eventKeys)),
    opportunities: opportunities.docs.map((o) => pick(o, opportunityKeys)),
  }
  return Response.json(body)
}

/** The listed fields of a document, absent ones as null (the feed's shape does not depend on the data). */
function pick<T extends object, K extends keyof T>(doc: T, keys: readonly K[]): Picked<T, K> {
  return Object.fromEntries(keys.map((key) => [key, doc[key] ?? null])) as Picked<T, K>
}
type Picked<T, K extends keyof T> = {
  [P in K]-?: Exclude<T[P], undefined> | (undefined extends T[P] ? null : never)
}

const networkKeys = ['id', 'name', 'slug', 'shortDescription'] as const
const memberKeys = ['id', 'name', 'slug', 'kind'] as const
const eventKeys = [
  'id',
  'title',
  'slug',
  'start',
  'end',
  'allDay',
  'cancelled',
  'organizers',
  'attendance',
] as const
const opportunityKeys = ['id', 'title', 'slug', 'association', 'validUntil', 'commitment'] as const

/** What GET /api/networks/:slug answers. */
export type NetworkFeed = {
  network: Picked<Association, (typeof networkKeys)[number]>
  members: Picked<Association, (typeof memberKeys)[number]>[]
  events: Picked<Event, (typeof eventKeys)[number]>[]
  opportunities: Picked<Opportunity, (typeof opportunityKeys)[number]>[]
}

export const networkEndpoints: Endpoint[] = [{ path: '/networks/:slug', method: 'get', handler: networkFeed }]

// Which partner feeds exist (/daten/v1/…) and what each page holds. Every kind exists for the
// whole city and per topic, district and association, so a partner's address never depends on
// whether there is something in it today; long lists are split into pages of `pageSize` items.
import type { Association, Event, News, Opportunity } from '../../../../cms/src/payload-types'
import { tracked } from '../deps'
import { once } from '../snapshot-reads'
import { licence } from '../feeds'
import {
  currentOpportunities,
  idOf,
  published,
  sortedAssociations,
  sortedNews,
  upcomingEvents,
} from '../data'
import { associationItem, eventItem, newsItem, offerItem } from './items'
import type { FeedKind, FeedPage } from './schema'

export const pageSize = 50
export const feedKinds = ['veranstaltungen', 'ehrenamt', 'vereine', 'aktuelles'] as const satisfies FeedKind[]

/** A selection: everything, or one topic, district or association (by CMS id and slug). */
export type Selection =
  { by: 'all' } | { by: 'themen' | 'stadtteile' | 'vereine'; id: string; slug: string; name: string }

type Doc = {
  topics?: unknown
  district?: unknown
  organizers?: unknown
  association?: unknown
  networks?: unknown
}
const ids = (refs: unknown) => ((refs as Parameters<typeof idOf>[0][] | null) ?? []).map((r) => idOf(r))

type By = Exclude<Selection['by'], 'all'>

/** The ids of the topics, district or associations a document belongs to, for a selection by `by`. */
function idsOf(by: By, kind: FeedKind, d: Doc): (string | undefined)[] {
  if (by === 'themen') return ids(d.topics)
  if (by === 'stadtteile') return [idOf(d.district as never)]
  // An association's events are those it organises; its associations are a network's members.
  if (kind === 'veranstaltungen') return ids(d.organizers)
  if (kind === 'vereine') return ids(d.networks)
  return [idOf(d.association as never)]
}

function listOf(kind: FeedKind): Doc[] {
  switch (kind) {
    case 'veranstaltungen':
      return upcomingEvents('de')
    case 'ehrenamt':
      return currentOpportunities('de')
    case 'vereine':
      return sortedAssociations('de')
    case 'aktuelles':
      return sortedNews('de')
  }
}

// Every feed of a kind grouped in one pass over its list, in the list's order: filtering the whole
// list once per topic, district and association (500 of them at city scale) cost 0.4 s a build.
const groupsOf = (kind: FeedKind, by: By) =>
  once(`partnerFeed/${kind}/${by}`, () => {
    const groups = new Map<string, Doc[]>()
    for (const d of listOf(kind))
      for (const id of new Set(idsOf(by, kind, d)))
        if (id !== undefined) {
          const group = groups.get(id)
          if (group) group.push(d)
          else groups.set(id, [d])
        }
    return groups
  })

// One tracked read per feed: a feed page depends on its own documents only, so an edit re-renders
// the feeds (and embeds) it appears in, not all of them (see ../deps.ts).
const selectedDocs = tracked('partnerFeed', (kind: string, by: string, id: string) =>
  by === 'all' ? listOf(kind as FeedKind) : (groupsOf(kind as FeedKind, by as By).get(id) ?? []),
)

/** The documents of one feed, in the order the site lists them. */
function docsOf(kind: FeedKind, selection: Selection) {
  const docs = selectedDocs(kind, selection.by, selection.by === 'all' ? '' : selection.id)
  switch (kind) {
    case 'veranstaltungen':
      return { kind, docs: docs as Event[] }
    case 'ehrenamt':
      return { kind, docs: docs as Opportunity[] }
    case 'vereine':
      return { kind, docs: docs as Association[] }
    case 'aktuelles':
      return { kind, docs: docs as News[] }
  }
}
export const pagesOf = (kind: FeedKind, selection: Selection) =>
  Math.max(1, Math.ceil(docsOf(kind, selection).docs.length / pageSize))

function itemsOf(kind: FeedKind, selection: Selection, site: URL, from: number, to: number) {
  const list = docsOf(kind, selection)
  switch (list.kind) {
    case 'veranstaltungen':
      return list.docs.slice(from, to).map((e) => eventItem(e, site))
    case 'ehrenamt':
      return list.docs.slice(from, to).map((o) => offerItem(o, site))
    case 'vereine':
      return list.docs.slice(from, to).map((a) => associationItem(a, site))
    case 'aktuelles':
      return list.docs.slice(from, to).map((n) => newsItem(n, site))
  }
}

/** Path of a feed page below /daten/v1/, without ".json": "themen/sport/veranstaltungen-seite-2". */
export const feedPath = (kind: FeedKind, selection: Selection, page = 1) =>
  `${selection.by === 'all' ? '' : `${selection.by}/${selection.slug}/`}${kind}${page > 1 ? `-seite-${page}` : ''}`
export const feedUrl = (kind: FeedKind, selection: Selection, site: URL, page = 1) =>
  new URL(`/daten/v1/${feedPath(kind, selection, page)}.json`, site).href

/** The full page of a selection on this site, where an embed's "show all" link leads. */
export function fullPageHref(kind: FeedKind, selection: Selection) {
  if (selection.by === 'all') return `/${kind}/`
  return `/${selection.by}/${selection.slug}/`
}

/** Every selection a feed exists for: the city, each topic and district, each association. */
export function selections(): Selection[] {
  const of = (by: 'themen' | 'stadtteile' | 'vereine', docs: { id: number; slug?: string | null }[]) =>
    docs
      .filter((d) => d.slug)
      .map((d) => ({
        by,
        id: String(d.id),
        slug: d.slug!,
        name: 'name' in d ? String(d.name) : d.slug!,
      }))
  return [
    { by: 'all' },
    ...of('themen', published('de', 'topics')),
    ...of('stadtteile', published('de', 'districts')),
    ...of('vereine', sortedAssociations('de')),
  ]
}

const titles: Record<FeedKind, string> = {
  veranstaltungen: 'Veranstaltungen',
  ehrenamt: 'Ehrenamtsangebote',
  vereine: 'Vereine und Initiativen',
  aktuelles: 'Aktuelles',
}
const scopeOf = (s: Selection) =>
  s.by === 'all'
    ? 'in Neubrandenburg'
    : s.by === 'themen'
      ? `zum Thema ${s.name}`
      : s.by === 'stadtteile'
        ? `im Stadtteil ${s.name}`
        : `von ${s.name}`

/** One page of a feed, or undefined when the page does not exist. */
export function feedPage<K extends FeedKind>(kind: K, selection: Selection, page: number, site: URL) {
  const total = docsOf(kind, selection).docs.length
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (page > pages) return undefined
  const envelope: Omit<FeedPage<FeedKind>, 'items'> = {
    $schema: new URL(`/daten/v1/${kind}.schema.json`, site).href,
    version: 1,
    title: `${titles[kind]} ${scopeOf(selection)}`,
    link: new URL(fullPageHref(kind, selection), site).href,
    licence: { id: licence.id, name: licence.name, url: licence.url, attribution: licence.attribution },
    total,
    page,
    pages,
    pageSize,
    next: page < pages ? feedUrl(kind, selection, site, page + 1) : null,
    previous: page > 1 ? feedUrl(kind, selection, site, page - 1) : null,
  }
  // The items are typed by their mappers (./items.ts); the union of kinds needs the cast.
  return {
    ...envelope,
    items: itemsOf(kind, selection, site, (page - 1) * pageSize, page * pageSize),
  } as FeedPage<K>
}

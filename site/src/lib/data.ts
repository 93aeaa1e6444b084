// The pages' only way to content: the snapshot the build script wrote (see ./cms.ts), plus
// small helpers for relations, dates and filtering, so the .astro files stay thin.

import fs from 'node:fs'

import { endOfDayIn } from '../../../cms/src/lib/berlinTime'
import type { Collections, Locale, LocaleContent, SiteImage, SiteSnapshot, SiteVideo } from './cms'
import { tracked } from './deps'
import { berlinDay } from './format'

export type { Locale, SiteImage, SiteVideo } from './cms'
export type {
  Association,
  District,
  Event,
  News,
  Opportunity,
  Page,
  Setting,
  Topic,
} from '../../../cms/src/payload-types'
import type { Association, Event, Opportunity } from '../../../cms/src/payload-types'

let snapshot: SiteSnapshot | undefined

/** The snapshot itself, unrecorded: for the tracked functions below, which record their own reads. */
function snap(): SiteSnapshot {
  if (snapshot) return snapshot
  const file = process.env.NB_SITE_SNAPSHOT
  if (!file) {
    throw new Error(
      'Keine Inhalte: Bitte bauen Sie die Website mit "npm run build:site" (liest das CMS unter PAYLOAD_URL).',
    )
  }
  snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot
  return snapshot
}
const raw = (locale: Locale): LocaleContent => snap().content[locale]

// Every read of content goes through a tracked function (./deps.ts): the page that calls it depends
// on its value, and the next build renders the page again only when one of those values changed.
// Coarse reads (the whole snapshot, the build time) are allowed, they just make a page render every time.

const builtAtRead = tracked('builtAt', () => snap().builtAt)
/** The whole snapshot: a page that reads it is rendered on every build. */
export function getSnapshot(): SiteSnapshot {
  builtAtRead()
  return snap()
}

/** All of one locale's content: a page that reads it depends on all of it. */
export const content = tracked('content', (locale: string): LocaleContent => raw(locale as Locale))

/** Build time: "now" for everything time-dependent, so one build is consistent with itself. */
export const now = () => new Date(builtAtRead())
const nowMs = () => new Date(snap().builtAt).getTime()

type Ref = number | string | { id: number | string } | null | undefined
export const idOf = (ref: Ref) =>
  ref === null || ref === undefined ? undefined : String(typeof ref === 'object' ? ref.id : ref)

function index<T extends { id: number | string }>(docs: T[]) {
  return new Map(docs.map((d) => [String(d.id), d]))
}

const indexes = new Map<string, Map<string, unknown>>()
const docById = tracked('doc', (locale: string, name: string, id: string) => {
  const key = `${locale}/${name}`
  if (!indexes.has(key))
    indexes.set(key, index(raw(locale as Locale)[name as keyof Collections] as { id: number }[]))
  return (indexes.get(key)!.get(id) as object | undefined) ?? null
})
function lookup<K extends keyof Collections>(
  locale: Locale,
  name: K,
  ref: Ref,
): Collections[K][number] | undefined {
  const id = idOf(ref)
  return id ? ((docById(locale, name, id) ?? undefined) as Collections[K][number] | undefined) : undefined
}

// Topics and districts appear on thousands of pages by name and link only: a page depends on just
// those, so a new description re-renders the topic's own page, not every page that names it.
type Label = { id: number; slug: string; name: string }
const labelById = tracked('label', (locale: string, name: string, id: string) => {
  const doc = docById(locale, name, id) as { id: number; slug?: string | null; name: string } | null
  return doc?.slug ? ({ id: doc.id, slug: doc.slug, name: doc.name } satisfies Label) : null
})
export const topicsOf = (locale: Locale, refs: Ref[] | null | undefined): Label[] =>
  (refs ?? [])
    .map((r) => idOf(r))
    .filter((id): id is string => Boolean(id))
    .map((id) => labelById(locale, 'topics', id))
    .filter((t): t is Label => t !== null)
export const districtOf = (locale: Locale, ref: Ref): Label | undefined => {
  const id = idOf(ref)
  return (id ? labelById(locale, 'districts', id) : null) ?? undefined
}
/** Only published associations resolve: a relation to a draft simply disappears. */
export const associationsOf = (locale: Locale, refs: Ref[] | null | undefined) =>
  (refs ?? []).map((r) => lookup(locale, 'associations', r)).filter((a): a is Association => Boolean(a?.slug))
export const associationOf = (locale: Locale, ref: Ref) => associationsOf(locale, [ref])[0]

const imageById = tracked('image', (locale: string, id: string) => raw(locale as Locale).images[id] ?? null)
export const imageOf = (locale: Locale, ref: Ref): SiteImage | undefined => {
  const id = idOf(ref)
  return id ? (imageById(locale, id) ?? undefined) : undefined
}
const videoById = tracked('video', (locale: string, id: string) => raw(locale as Locale).videos?.[id] ?? null)
/** A sign-language video (page or start page setting), copied to our origin by the build. */
export const videoOf = (locale: Locale, ref: Ref): SiteVideo | undefined => {
  const id = idOf(ref)
  return id ? (videoById(locale, id) ?? undefined) : undefined
}
const htmlByKey = tracked(
  'html',
  (locale: string, collection: string, id: string, field: string) =>
    raw(locale as Locale).html[`${collection}/${id}/${field}`] ?? '',
)
export const htmlOf = (locale: Locale, collection: keyof Collections, id: number | string, field: string) =>
  htmlByKey(locale, collection, String(id), field)

/** Whether a document really exists in this locale (is translated), not only by fallback. */
export const isTranslated = tracked('translated', (locale: string, collection: string, id: string) => {
  if (locale === 'de') return true
  return once(
    `translated/${locale}/${collection}`,
    () => new Set(raw(locale as Locale).translated[collection as keyof Collections]),
  ).has(id)
})

/** Documents with a slug; in English only those really translated. */
const publishedList = tracked('published', (locale: string, name: string) =>
  once(`published/${locale}/${name}`, () => publishedUncached(locale as Locale, name as keyof Collections)),
)
export function published<K extends keyof Collections>(locale: Locale, name: K): Collections[K] {
  return publishedList(locale, name).slice() as Collections[K]
}
/**
 * Slug and name (or title) of the published documents: what navigation and filter options show.
 * Narrower than published(): editing a page's text re-renders that page, not every page linking it.
 */
export const publishedNames = tracked('publishedNames', (locale: string, name: string) =>
  (
    publishedList(locale, name) as {
      id: number | string
      slug?: string | null
      name?: string
      title?: string
    }[]
  ).map((d) => ({
    id: d.id,
    slug: d.slug!,
    name: d.name ?? d.title ?? '',
  })),
)
function publishedUncached<K extends keyof Collections>(locale: Locale, name: K): Collections[K] {
  const c = raw(locale)
  const docs = (c[name] as { slug?: string | null; id: number | string }[]).filter((d) => Boolean(d.slug))
  if (locale === 'de') return docs as Collections[K]
  const ok = new Set(c.translated[name])
  return docs.filter((d) => ok.has(String(d.id))) as Collections[K]
}

// Comparisons with the build time are recorded by the instant compared, not by "now": a page that
// shows whether an event is over changes only when that event ends between two builds.
const endedBefore = tracked('past', (iso: string) => new Date(iso).getTime() < nowMs())
export const isPast = (e: Event) => endedBefore(e.end ?? e.start)
const expired = tracked('expired', (validUntil: string) => endOfBerlinDay(validUntil).getTime() < nowMs())
export const isExpired = (o: Opportunity) => Boolean(o.validUntil) && expired(o.validUntil!)
const notYet = tracked('notYet', (validFrom: string) => new Date(validFrom).getTime() > nowMs())
export const notYetValid = (o: Opportunity) => Boolean(o.validFrom) && notYet(o.validFrom!)

/** validUntil is a day: the offer stays up until that day ends in Berlin. */
const endOfBerlinDay = (value: string) => endOfDayIn(berlinDay(value))

export { berlinDay }

// Lists are computed once per build and locale; hundreds of detail pages reuse them.
const memo = new Map<string, unknown>()
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make())
  return memo.get(key) as T
}

export const upcomingEvents = tracked('upcomingEvents', (locale: string) =>
  once(`upcoming/${locale}`, () =>
    published(locale as Locale, 'events')
      .filter((e) => !isPast(e))
      .sort((a, b) => a.start.localeCompare(b.start)),
  ),
)
export const pastEvents = tracked('pastEvents', (locale: string) =>
  once(`pastEvents/${locale}`, () =>
    published(locale as Locale, 'events')
      .filter((e) => isPast(e))
      .sort((a, b) => b.start.localeCompare(a.start)),
  ),
)
export const currentOpportunities = tracked('currentOpportunities', (locale: string) =>
  once(`currentOpportunities/${locale}`, () =>
    published(locale as Locale, 'opportunities')
      .filter((o) => !isExpired(o) && !notYetValid(o))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  ),
)
export const sortedNews = tracked('sortedNews', (locale: string) =>
  once(`sortedNews/${locale}`, () =>
    published(locale as Locale, 'news').sort((a, b) =>
      (b.publishedDate ?? b.createdAt).localeCompare(a.publishedDate ?? a.createdAt),
    ),
  ),
)
export const sortedAssociations = tracked('sortedAssociations', (locale: string) =>
  once(`sortedAssociations/${locale}`, () =>
    published(locale as Locale, 'associations').sort((a, b) => a.name.localeCompare(b.name, 'de')),
  ),
)

const settingsOf = tracked('settings', (locale: string) => raw(locale as Locale).settings)
export const settings = (locale: Locale) => settingsOf(locale)
export const participation = tracked('participation', () => snap().participation)

/** Events grouped by organizer and by topic, once per build (profiles and calendars use them). */
function groupEvents(events: Event[], key: 'organizers' | 'topics') {
  const groups = new Map<string, Event[]>()
  for (const e of events) {
    for (const ref of e[key] ?? []) {
      const id = idOf(ref as Ref)!
      if (!groups.has(id)) groups.set(id, [])
      groups.get(id)!.push(e)
    }
  }
  return groups
}
const organizerEvents = tracked(
  'eventsByOrganizer',
  (locale: string, id: string, which: string) =>
    once(`byOrganizer/${locale}/${which}`, () =>
      groupEvents(
        which === 'upcoming' ? upcomingEvents(locale) : published(locale as Locale, 'events'),
        'organizers',
      ),
    ).get(id) ?? [],
)
export const eventsByOrganizer = (locale: Locale, id: string | number, which: 'upcoming' | 'all' = 'all') =>
  organizerEvents(locale, String(id), which)
const topicEvents = tracked(
  'eventsByTopic',
  (locale: string, id: string) =>
    once(`byTopic/${locale}`, () => groupEvents(published(locale as Locale, 'events'), 'topics')).get(id) ??
    [],
)
export const eventsByTopic = (locale: Locale, id: string | number) => topicEvents(locale, String(id))

/** Current opportunities of these associations (a club's profile; a network's with its members'). */
const associationOpportunities = tracked('opportunitiesOf', (locale: string, ids: string) => {
  const wanted = new Set(ids.split(','))
  return currentOpportunities(locale).filter((o) => wanted.has(idOf(o.association) ?? ''))
})
export const opportunitiesOf = (locale: Locale, ids: string[]) =>
  associationOpportunities(locale, [...ids].sort().join(','))

/** Published member associations of a network, by name. */
export const networkMembers = tracked('networkMembers', (locale: string, id: string) =>
  sortedAssociations(locale).filter((m) => (m.networks ?? []).some((n) => idOf(n as Ref) === id)),
)

/** Everything published about one topic or district (its page). */
export const gatheringOf = tracked('gathering', (locale: string, kind: string, id: string) => {
  const l = locale as Locale
  const matches = (d: { topics?: unknown; district?: unknown }) =>
    kind === 'topic'
      ? topicsOf(l, d.topics as never).some((x) => String(x.id) === id)
      : idOf(districtOf(l, d.district as never)) === id
  return {
    associations: sortedAssociations(locale).filter(matches),
    events: upcomingEvents(locale).filter(matches),
    opportunities: currentOpportunities(locale).filter(matches),
    news: kind === 'topic' ? sortedNews(locale).filter(matches).slice(0, 10) : [],
  }
})

/** List pages show the next eight weeks; later events are on month pages (a phone stays fast). */
export const listWindowDays = 56
const startsInWindow = tracked(
  'inListWindow',
  (start: string) => new Date(start).getTime() < nowMs() + listWindowDays * 24 * 3600 * 1000,
)
export const inListWindow = (e: Event) => startsInWindow(e.start)

/** Months ("2027-01") with upcoming events, for the month pages. */
export const upcomingMonths = tracked('upcomingMonths', (locale: string) =>
  once(`months/${locale}`, () => {
    const months = new Map<string, Event[]>()
    for (const e of upcomingEvents(locale)) {
      const month = berlinDay(e.start).slice(0, 7)
      if (!months.has(month)) months.set(month, [])
      months.get(month)!.push(e)
    }
    return months
  }),
)
/** Only the month names: list pages link them without depending on every event in them. */
export const upcomingMonthNames = tracked('upcomingMonthNames', (locale: string) => [
  ...upcomingMonths(locale).keys(),
])

const fallbackFields = tracked(
  'fallback',
  (locale: string, collection: string, id: string) =>
    raw(locale as Locale).fallback?.[`${collection}/${id}`] ?? [],
)
/** "de" when this field of the document is shown untranslated on an English page, else undefined. */
export const langOf = (
  locale: Locale,
  collection: keyof Collections,
  id: number | string,
  field: string,
): 'de' | undefined =>
  locale !== 'de' && fallbackFields(locale, collection, String(id)).includes(field) ? 'de' : undefined

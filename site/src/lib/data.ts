// The pages' only way to content: the snapshot the build script wrote (see ./cms.ts), plus
// small helpers for relations, dates and filtering, so the .astro files stay thin.

import fs from 'node:fs'

import type { Collections, Locale, LocaleContent, SiteImage, SiteSnapshot } from './cms'
import { berlinDay, isoBerlin } from './format'

export type { Locale, SiteImage } from './cms'
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
import type { Association, District, Event, Opportunity, Topic } from '../../../cms/src/payload-types'

let snapshot: SiteSnapshot | undefined

export function getSnapshot(): SiteSnapshot {
  if (snapshot) return snapshot
  const file = process.env.NB_SITE_SNAPSHOT
  if (!file) {
    throw new Error('Keine Inhalte: Bitte bauen Sie die Website mit "npm run build:site" (liest das CMS unter PAYLOAD_URL).')
  }
  snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot
  return snapshot
}

export const content = (locale: Locale): LocaleContent => getSnapshot().content[locale]

/** Build time: "now" for everything time-dependent, so one build is consistent with itself. */
export const now = () => new Date(getSnapshot().builtAt)

type Ref = number | string | { id: number | string } | null | undefined
export const idOf = (ref: Ref) => (ref === null || ref === undefined ? undefined : String(typeof ref === 'object' ? ref.id : ref))

function index<T extends { id: number | string }>(docs: T[]) {
  return new Map(docs.map((d) => [String(d.id), d]))
}

const indexes = new Map<string, Map<string, unknown>>()
function lookup<K extends keyof Collections>(locale: Locale, name: K, ref: Ref): Collections[K][number] | undefined {
  const key = `${locale}/${name}`
  if (!indexes.has(key)) indexes.set(key, index(content(locale)[name] as { id: number }[]))
  const id = idOf(ref)
  return id ? (indexes.get(key)!.get(id) as Collections[K][number] | undefined) : undefined
}

export const topicsOf = (locale: Locale, refs: Ref[] | null | undefined) =>
  (refs ?? []).map((r) => lookup(locale, 'topics', r)).filter((t): t is Topic => Boolean(t?.slug))
export const districtOf = (locale: Locale, ref: Ref) => {
  const d = lookup(locale, 'districts', ref)
  return d?.slug ? (d as District) : undefined
}
/** Only published associations resolve: a relation to a draft simply disappears. */
export const associationsOf = (locale: Locale, refs: Ref[] | null | undefined) =>
  (refs ?? []).map((r) => lookup(locale, 'associations', r)).filter((a): a is Association => Boolean(a?.slug))
export const associationOf = (locale: Locale, ref: Ref) => associationsOf(locale, [ref])[0]

export const imageOf = (locale: Locale, ref: Ref): SiteImage | undefined => {
  const id = idOf(ref)
  return id ? content(locale).images[id] : undefined
}
export const htmlOf = (locale: Locale, collection: keyof Collections, id: number | string, field: string) =>
  content(locale).html[`${collection}/${id}/${field}`] ?? ''

/** Documents with a slug; in English only those really translated. */
export function published<K extends keyof Collections>(locale: Locale, name: K): Collections[K] {
  return once(`published/${locale}/${name}`, () => publishedUncached(locale, name)).slice() as Collections[K]
}
function publishedUncached<K extends keyof Collections>(locale: Locale, name: K): Collections[K] {
  const c = content(locale)
  const docs = (c[name] as { slug?: string | null; id: number | string }[]).filter((d) => Boolean(d.slug))
  if (locale === 'de') return docs as Collections[K]
  const ok = new Set(c.translated[name])
  return docs.filter((d) => ok.has(String(d.id))) as Collections[K]
}

export const eventEnd = (e: Event) => new Date(e.end ?? e.start)
export const isPast = (e: Event) => eventEnd(e).getTime() < now().getTime()
export const isExpired = (o: Opportunity) => Boolean(o.validUntil) && endOfBerlinDay(o.validUntil!).getTime() < now().getTime()
export const notYetValid = (o: Opportunity) => Boolean(o.validFrom) && new Date(o.validFrom!).getTime() > now().getTime()

/** validUntil is a day: the offer stays up until that day ends in Berlin. */
function endOfBerlinDay(value: string) {
  const day = berlinDay(value)
  return new Date(new Date(`${day}T23:59:59Z`).getTime() - berlinOffsetMinutes(new Date(`${day}T12:00:00Z`)) * 60_000)
}

export function berlinOffsetMinutes(date: Date) {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(isoBerlin(date))
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

export { berlinDay }

// Lists are computed once per build and locale; hundreds of detail pages reuse them.
const memo = new Map<string, unknown>()
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make())
  return memo.get(key) as T
}

export const upcomingEvents = (locale: Locale) => once(`upcoming/${locale}`, () =>
  published(locale, 'events')
    .filter((e) => !isPast(e))
    .sort((a, b) => a.start.localeCompare(b.start)),
)
export const pastEvents = (locale: Locale) => once(`pastEvents/${locale}`, () =>
  published(locale, 'events')
    .filter((e) => isPast(e))
    .sort((a, b) => b.start.localeCompare(a.start)),
)
export const currentOpportunities = (locale: Locale) => once(`currentOpportunities/${locale}`, () =>
  published(locale, 'opportunities')
    .filter((o) => !isExpired(o) && !notYetValid(o))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
)
export const sortedNews = (locale: Locale) => once(`sortedNews/${locale}`, () =>
  published(locale, 'news').sort((a, b) => (b.publishedDate ?? b.createdAt).localeCompare(a.publishedDate ?? a.createdAt)),
)
export const sortedAssociations = (locale: Locale) => once(`sortedAssociations/${locale}`, () =>
  published(locale, 'associations').sort((a, b) => a.name.localeCompare(b.name, 'de')),
)

export const settings = (locale: Locale) => content(locale).settings
export const participation = () => getSnapshot().participation

/** Events grouped by organizer and by topic, once per build (profiles and calendars use them). */
function groupEvents(locale: Locale, events: Event[], key: 'organizers' | 'topics') {
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
export const eventsByOrganizer = (locale: Locale, id: string | number, which: 'upcoming' | 'all' = 'all') =>
  once(`byOrganizer/${locale}/${which}`, () => groupEvents(locale, which === 'upcoming' ? upcomingEvents(locale) : published(locale, 'events'), 'organizers')).get(String(id)) ?? []
export const eventsByTopic = (locale: Locale, id: string | number) =>
  once(`byTopic/${locale}`, () => groupEvents(locale, published(locale, 'events'), 'topics')).get(String(id)) ?? []

/** List pages show the next eight weeks; later events are on month pages (a phone stays fast). */
export const listWindowDays = 56
export const inListWindow = (e: Event) => new Date(e.start).getTime() < now().getTime() + listWindowDays * 24 * 3600 * 1000

/** Months ("2027-01") with upcoming events, for the month pages. */
export const upcomingMonths = (locale: Locale) =>
  once(`months/${locale}`, () => {
    const months = new Map<string, Event[]>()
    for (const e of upcomingEvents(locale)) {
      const month = berlinDay(e.start).slice(0, 7)
      if (!months.has(month)) months.set(month, [])
      months.get(month)!.push(e)
    }
    return months
  })

/** "de" when this field of the document is shown untranslated on an English page, else undefined. */
export const langOf = (locale: Locale, collection: keyof Collections, id: number | string, field: string): 'de' | undefined =>
  locale !== 'de' && content(locale).fallback?.[`${collection}/${id}`]?.includes(field) ? 'de' : undefined

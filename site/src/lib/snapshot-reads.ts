// Reads of the snapshot the build script wrote (see ./cms.ts): documents, relations, images,
// texts and settings, each recorded for incremental builds. Pages import them through ./data.ts.

import type { Collections, Locale, LocaleContent, SiteImage, SiteSnapshot, SiteVideo } from './cms'
import { tracked } from './deps'
import { parsedSiteSnapshot } from './snapshot-file'
import type { Association } from '../../../cms/src/payload-types'

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
  snapshot = parsedSiteSnapshot(file)
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
export const nowMs = () => new Date(snap().builtAt).getTime()

export type Ref = number | string | { id: number | string } | null | undefined
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

// Lists are computed once per build and locale; hundreds of detail pages reuse them.
const memo = new Map<string, unknown>()
export function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make())
  return memo.get(key) as T
}

const settingsOf = tracked('settings', (locale: string) => raw(locale as Locale).settings)
export const settings = (locale: Locale) => settingsOf(locale)
export const participation = tracked('participation', () => snap().participation)
export const politics = tracked('politics', () => snap().politics ?? { council: null, reports: null })

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

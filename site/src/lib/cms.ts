// Reads everything the site shows from the CMS REST API, once per build, into a snapshot file.
// The build script runs this in Node before Astro starts, so a broken CMS stops the build before
// any page exists, rich text is converted with Payload's own converter, and images are fetched.
// Astro pages then read the snapshot through ./data.ts and never talk to the CMS themselves.

import fs from 'node:fs/promises'
import path from 'node:path'

import type { Config, Media, Setting } from '../../../cms/src/payload-types'
import { PUBLIC_COLLECTIONS, isPublicCollection, type PublicCollection } from '../../../cms/src/publish/publicContent'
import type { ContentChanges } from '../../../cms/src/publish/webhook'
import type { EnquiryStats } from '../../../cms/src/enquiries/stats'
import { loadParticipation, type ParticipationResult } from './consul/index'
import { convertRichText } from './richtext'
import { describeSkipped, renderProblem, type SkippedDocument } from './renderable'

export type { SkippedDocument } from './renderable'

export type Locale = 'de' | 'en'
export const locales: Locale[] = ['de', 'en']

/** Every public collection's documents, typed as Payload generated them. */
export type Collections = { [C in PublicCollection]: Config['collections'][C][] }

/** An image copied to our own origin: every size Payload generated, largest last. */
export type SiteImage = {
  src: string
  width: number
  height: number
  srcset: string
  alt: string
  caption?: string | null
  credit?: string | null
}

export type LocaleContent = Collections & {
  /** Sanitised HTML of rich-text fields, keyed `${collection}/${id}/${field}`. */
  html: Record<string, string>
  /** Ids (as strings) of documents that really have content in this locale (not fallback). */
  translated: Record<keyof Collections, string[]>
  /**
   * Top-level text fields shown in German because no translation exists, keyed
   * `${collection}/${id}`: pages mark them lang="de" (WCAG 3.1.2, language of parts).
   */
  fallback: Record<string, string[]>
  images: Record<string, SiteImage>
  settings: Setting
}

export type SiteSnapshot = {
  cmsUrl: string
  builtAt: string
  content: Record<Locale, LocaleContent>
  participation: ParticipationResult
  /** How long asking Consul took (ms), reported apart from reading the CMS. */
  participationMs: number
  /** "full": everything was read; "changes": only the changed documents, the rest kept from the last build. */
  read: 'full' | 'changes'
  /** Enquiries per association and offer (numbers only) for the open data; null if the CMS has none to give. */
  enquiries: EnquiryStats | null
  /** Documents left out of this build because the site cannot render them (./renderable.ts). */
  skipped: SkippedDocument[]
}

export type { ContentChanges } from '../../../cms/src/publish/webhook'

export class CmsUnavailableError extends Error {
  constructor(cmsUrl: string, detail: string) {
    super(
      `Die Website kann nicht gebaut werden: das CMS unter ${cmsUrl} ist nicht erreichbar oder antwortet mit Fehlern (${detail}). ` +
        'Es wurde nichts veröffentlicht. Bitte prüfen Sie, ob das CMS läuft und PAYLOAD_URL stimmt.',
    )
    this.name = 'CmsUnavailableError'
  }
}

const collectionNames = PUBLIC_COLLECTIONS

/** Fields holding Lexical rich text, per collection; converted to HTML in the snapshot. */
const richTextFields: Partial<Record<keyof Collections, string[]>> = {
  associations: ['description'],
  events: ['body'],
  opportunities: ['body'],
  news: ['body'],
  pages: ['body'],
}

type Fetcher = (pathAndQuery: string) => Promise<unknown>

function makeFetcher(cmsUrl: string, timeoutMs: number): Fetcher {
  const base = cmsUrl.replace(/\/+$/, '')
  return async (pathAndQuery) => {
    let res: Response
    try {
      res = await fetch(`${base}${pathAndQuery}`, { signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
      throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: ${cause}`)
    }
    if (!res.ok) throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: HTTP ${res.status}`)
    try {
      return await res.json()
    } catch {
      throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: Antwort ist kein JSON`)
    }
  }
}

type Paged<T> = { docs: T[]; hasNextPage?: boolean; nextPage?: number | null; totalDocs?: number }

/**
 * The localized fields per collection (as in the CMS config). Other languages are read with only
 * these selected: everything else comes from the German document, and Payload skips the
 * relationship work, which makes the second pass several times cheaper.
 */
const localizedFields: Record<PublicCollection, string[]> = {
  associations: ['name', 'shortDescription', 'description', 'meetingTimes', 'accessibility.notes'],
  events: ['title', 'summary', 'body', 'price.text', 'accessibilityNotes', 'cancellationNote'],
  opportunities: ['title', 'summary', 'body', 'timeNeeded.note', 'requirementsNote'],
  news: ['title', 'excerpt', 'body'],
  pages: ['title', 'summary', 'body'],
  topics: ['name', 'description'],
  districts: ['name', 'description'],
}

const selectQuery = (fields: string[]) =>
  fields.map((f) => `&select${f.split('.').map((part) => `[${part}]`).join('')}=true`).join('')

/** Other languages without fallback (untranslated fields come back empty) and only their localized fields. */
const localeQuery = (collection: PublicCollection, locale: Locale) =>
  `&locale=${locale}${locale === 'de' ? '' : `&fallback-locale=none${selectQuery(localizedFields[collection])}`}`

async function fetchCollection<T>(get: Fetcher, collection: PublicCollection, locale: Locale): Promise<T[]> {
  // Untranslated fields come back empty (no fallback), so we know what really exists in English.
  const url = (page: number) => `/api/${collection}?limit=250&page=${page}&depth=0&sort=id${localeQuery(collection, locale)}`
  const first = (await get(url(1))) as Paged<T> & { totalPages?: number }
  if (!first || !Array.isArray(first.docs)) throw new Error(`Unerwartete Antwort für /api/${collection}`)
  const docs: T[] = [...first.docs]
  // Further pages a few at a time: a CMS on its own server answers them in parallel.
  const pages = Array.from({ length: Math.max(0, (first.totalPages ?? 1) - 1) }, (_, n) => n + 2)
  for (let i = 0; i < pages.length; i += 4) {
    const batch = await Promise.all(pages.slice(i, i + 4).map((page) => get(url(page)) as Promise<Paged<T>>))
    for (const body of batch) {
      if (!body || !Array.isArray(body.docs)) throw new Error(`Unerwartete Antwort für /api/${collection}`)
      docs.push(...body.docs)
    }
  }
  return docs
}

/** The current published state of some documents; ids missing from the answer are gone from the site. */
async function fetchByIds<T>(get: Fetcher, collection: PublicCollection, locale: Locale, ids: string[]): Promise<T[]> {
  const docs: T[] = []
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const where = `&where[id][in]=${chunk.map(encodeURIComponent).join(',')}`
    const body = (await get(`/api/${collection}?limit=${chunk.length}&depth=0${localeQuery(collection, locale)}${where}`)) as Paged<T>
    if (!body || !Array.isArray(body.docs)) throw new Error(`Unerwartete Antwort für /api/${collection}`)
    docs.push(...body.docs)
  }
  return docs
}

// The order of a full read (sort=id): numbers numerically, other ids (MongoDB) as strings.
const byId = (a: { id: unknown }, b: { id: unknown }) =>
  typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : String(a.id).localeCompare(String(b.id))

/** The last build's raw content per CMS, kept in the build process for the next incremental read. */
type RawState = {
  cmsUrl: string
  raw: Record<Locale, Collections>
  settings: Record<Locale, Setting>
  media: Map<string, Media | null>
  readAt: number
  participation: ParticipationResult
  participationAt: number
}
let lastState: RawState | null = null

/**
 * How long incremental reads may build on the last full read. The build runner reads everything
 * in idle time every SITE_FULL_READ_EVERY_MS (1 h); this backstop (4 times that) only matters
 * without a runner or when it never was idle.
 */
const fullReadEveryMs = () => 4 * Number(process.env.SITE_FULL_READ_EVERY_MS || 60 * 60_000)

const isEmpty = (v: unknown) => v === null || v === undefined || v === ''

/** Fills untranslated fields from the German document, the way the CMS's own fallback would. */
function withFallback<T>(own: T, german: T): T {
  if (isEmpty(own)) return german
  if (Array.isArray(own) || typeof own !== 'object' || own === null) return own
  if (typeof german !== 'object' || german === null || Array.isArray(german)) return own
  const merged: Record<string, unknown> = { ...(german as Record<string, unknown>) }
  for (const [key, value] of Object.entries(own as Record<string, unknown>)) {
    merged[key] = withFallback(value, (german as Record<string, unknown>)[key])
  }
  return merged as T
}

const titleField = (collection: keyof Collections) =>
  collection === 'associations' || collection === 'topics' || collection === 'districts' ? 'name' : 'title'

// Untranslated English documents carry the German rich text: convert each distinct text once.
const htmlCache = new Map<string, string>()

async function richTextToHtml(value: unknown): Promise<string> {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const key = JSON.stringify(value)
  const cached = htmlCache.get(key)
  if (cached !== undefined) return cached
  const html = await convertRichText(value)
  if (htmlCache.size > 20_000) htmlCache.clear()
  htmlCache.set(key, html)
  return html
}

const imageSizes = ['thumbnail', 'card', 'wide'] as const

/** Copies a media document's image files from the CMS into mediaDir; returns how pages show it. */
async function fetchImage(cmsUrl: string, media: Media, mediaDir: string, timeoutMs: number): Promise<SiteImage | null> {
  if (!media?.mimeType?.startsWith('image/') || !media.url || !media.width || !media.height) return null
  const variants: { url: string; filename: string; width: number; height: number }[] = []
  for (const size of imageSizes) {
    const s = media.sizes?.[size]
    if (s?.url && s.filename && s.width && s.height) variants.push({ url: s.url, filename: s.filename, width: s.width, height: s.height })
  }
  // Small originals get no generated sizes; then the original itself is the only variant.
  if (!variants.length && media.filename) variants.push({ url: media.url, filename: media.filename, width: media.width, height: media.height })
  const copied: typeof variants = []
  for (const v of variants) {
    const target = path.join(mediaDir, path.basename(v.filename))
    try {
      await fs.access(target)
    } catch {
      const url = new URL(v.url, cmsUrl)
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
      if (!res.ok) throw new CmsUnavailableError(cmsUrl, `${url.pathname}: HTTP ${res.status}`)
      await fs.writeFile(target, Buffer.from(await res.arrayBuffer()))
    }
    copied.push(v)
  }
  if (!copied.length) return null
  copied.sort((a, b) => a.width - b.width)
  const main = copied.find((v) => v.width >= 800) ?? copied[copied.length - 1]
  return {
    src: `/medien/${encodeURIComponent(path.basename(main.filename))}`,
    width: main.width,
    height: main.height,
    srcset: copied.map((v) => `/medien/${encodeURIComponent(path.basename(v.filename))} ${v.width}w`).join(', '),
    alt: media.alt ?? '',
    caption: media.caption,
    credit: media.credit,
  }
}

function referencedMediaIds(content: Collections): Set<string> {
  const ids = new Set<string>()
  const add = (v: unknown) => {
    if (v === null || v === undefined) return
    ids.add(String(typeof v === 'object' ? (v as { id: unknown }).id : v))
  }
  for (const a of content.associations) {
    add(a.logo)
    for (const i of a.images ?? []) add(i)
  }
  for (const d of [...content.events, ...content.news, ...content.opportunities]) add(d.image)
  return ids
}

export type LoadOptions = {
  cmsUrl: string
  /** Where image files are written; the build copies them to /medien/. */
  mediaDir: string
  participationCacheFile?: string
  timeoutMs?: number
  log?: (message: string) => void
  /**
   * Only these documents changed since the last build in this process: read just them and keep
   * the rest. Without it (or when it cannot be applied) everything is read.
   */
  changes?: ContentChanges
}

/** Applies a change list to the last build's content, or says why it cannot (then everything is read). */
function changeSet(changes: ContentChanges | undefined, cmsUrl: string): Map<PublicCollection, string[]> | string {
  if (!changes) return 'keine Änderungsliste'
  if (!lastState || lastState.cmsUrl !== cmsUrl) return 'erster Build in diesem Prozess'
  if (Date.now() - lastState.readAt > fullReadEveryMs()) return 'letzte vollständige Lesung ist älter als die eingestellte Frist'
  const set = new Map<PublicCollection, string[]>()
  for (const [collection, ids] of Object.entries(changes)) {
    if (!isPublicCollection(collection)) return `Änderung an „${collection}“`
    if (!Array.isArray(ids) || ids.length === 0) return `Änderung an „${collection}“ ohne Liste`
    set.set(collection, [...new Set(ids.map(String))])
  }
  return set
}

export async function loadSiteData(options: LoadOptions): Promise<SiteSnapshot> {
  const { cmsUrl, mediaDir, log = () => {} } = options
  const timeoutMs = options.timeoutMs ?? 30_000
  const get = makeFetcher(cmsUrl, timeoutMs)
  await fs.mkdir(mediaDir, { recursive: true })

  const raw = {} as Record<Locale, Collections>
  const settings = {} as Record<Locale, Setting>
  const set = changeSet(options.changes, cmsUrl)
  const state = lastState
  if (typeof set !== 'string' && state) {
    // Only the changed documents, in both languages; the rest is the last build's content.
    for (const locale of locales) {
      raw[locale] = { ...state.raw[locale] }
      settings[locale] = state.settings[locale]
      for (const [name, ids] of set) {
        const fresh = (await fetchByIds<{ id: unknown }>(get, name, locale, ids)) as unknown as Collections[typeof name]
        const changed = new Set(ids)
        const kept = (raw[locale][name] as { id: unknown }[]).filter((d) => !changed.has(String(d.id)))
        ;(raw[locale] as Record<string, unknown[]>)[name] = [...kept, ...(fresh as { id: unknown }[])].sort(byId)
      }
    }
    log(`Nur geänderte Inhalte gelesen: ${[...set].map(([name, ids]) => `${ids.length} ${name}`).join(', ')}`)
  } else {
    if (options.changes !== undefined) log(`Lese alle Inhalte (${set}).`)
    // Image files are kept between incremental builds; a full read starts from nothing, so a
    // replaced image can never be served from an old copy.
    await fs.rm(mediaDir, { recursive: true, force: true })
    await fs.mkdir(mediaDir, { recursive: true })
    for (const locale of locales) {
      const entries = await Promise.all(
        collectionNames.map(async (name) => [name, await fetchCollection(get, name, locale)] as const),
      )
      raw[locale] = Object.fromEntries(entries) as Collections
      settings[locale] = (await get(`/api/globals/settings?depth=0&locale=${locale}`)) as Setting
    }
  }

  const content = {} as Record<Locale, LocaleContent>
  // A document that cannot be rendered in one language is left out in every language.
  const skipped = new Map<string, SkippedDocument>()
  const skip = (name: keyof Collections, doc: { id: string | number }, reason: string) => {
    const key = `${name}/${doc.id}`
    if (skipped.has(key)) return
    const title = String((doc as unknown as Record<string, unknown>)[titleField(name)] ?? '')
    const entry = { collection: name, id: doc.id, title, reason }
    skipped.set(key, entry)
    log(`Ausgelassen, weil die Website es nicht darstellen kann: ${describeSkipped(entry)}`)
  }
  const withoutSkipped = (merged: Collections) => {
    for (const name of collectionNames) {
      ;(merged as Record<string, { id: string | number }[]>)[name] = (merged[name] as { id: string | number }[]).filter((d) => !skipped.has(`${name}/${d.id}`))
    }
  }
  // Media documents only change with a media change, and that makes the next build read everything.
  const mediaCache = typeof set !== 'string' && state ? state.media : new Map<string, Media | null>()
  for (const locale of locales) {
    const german = raw.de
    const own = raw[locale]
    const translated = {} as LocaleContent['translated']
    const fallback: Record<string, string[]> = {}
    const merged = {} as Collections
    for (const name of collectionNames) {
      const byId = new Map(german[name].map((d) => [String(d.id), d]))
      const field = titleField(name)
      translated[name] = own[name]
        .filter((d) => !isEmpty((d as unknown as Record<string, unknown>)[field]))
        .map((d) => String(d.id))
      ;(merged as Record<string, unknown[]>)[name] =
        locale === 'de' ? own[name] : own[name].map((d) => withFallback(d, byId.get(String(d.id)) as typeof d))
      if (locale !== 'de') {
        for (const d of own[name] as unknown as Record<string, unknown>[]) {
          const german = byId.get(String(d.id)) as unknown as Record<string, unknown> | undefined
          const fields = localizedFields[name].filter((f) => !f.includes('.') && isEmpty(d[f]) && !isEmpty(german?.[f]))
          if (fields.length) fallback[`${name}/${d.id}`] = fields
        }
      }
    }

    for (const name of collectionNames) {
      for (const doc of merged[name] as { id: string | number }[]) {
        const problem = renderProblem(name, doc, locale)
        if (problem) skip(name, doc, problem)
      }
    }
    withoutSkipped(merged)

    const html: Record<string, string> = {}
    for (const [name, fields] of Object.entries(richTextFields) as [keyof Collections, string[]][]) {
      for (const doc of merged[name]) {
        for (const field of fields) {
          const value = (doc as unknown as Record<string, unknown>)[field]
          try {
            const out = await richTextToHtml(value)
            if (out) html[`${name}/${doc.id}/${field}`] = out
          } catch (error) {
            skip(name, doc, `Der Text im Feld „${field}“ lässt sich nicht darstellen (${(error as Error).message}).`)
          }
        }
      }
    }
    withoutSkipped(merged)

    const images: Record<string, SiteImage> = {}
    for (const id of referencedMediaIds(merged)) {
      const key = `${locale}/${id}`
      if (!mediaCache.has(key)) {
        try {
          const doc = (await get(`/api/media/${encodeURIComponent(id)}?depth=0&locale=${locale}`)) as Media
          mediaCache.set(key, doc)
        } catch (error) {
          // A deleted image must not stop the build; the page simply shows no picture.
          log(`Bild ${id} fehlt im CMS (${(error as Error).message}); es wird ohne Bild gebaut.`)
          mediaCache.set(key, null)
        }
      }
      const doc = mediaCache.get(key)
      const image = doc ? await fetchImage(cmsUrl, doc, mediaDir, timeoutMs) : null
      if (image) images[id] = image
    }

    const fallbackSettings = locale === 'de' ? settings.de : withFallback(settings[locale], settings.de)
    content[locale] = { ...merged, html, translated, fallback, images, settings: fallbackSettings }
  }

  const p = settings.de.participation
  const consulStarted = performance.now()
  // An incremental build (an editor waits for it) reuses a recent answer from Consul: asking again
  // can take up to its timeout when p26.digital is slow, and its items change over hours, not seconds.
  const reuseConsul = typeof set !== 'string' && state && Date.now() - state.participationAt < Number(process.env.CONSUL_REUSE_MS || 15 * 60_000)
  const participation = reuseConsul
    ? state.participation
    : await loadParticipation({
        instanceUrl: p?.url || 'https://p26.digital',
        // /mitmachen lists up to 12 current items; the start page teaser cuts to its own count.
        limit: Math.max(p?.teaserCount ?? 3, 12),
        cacheFile: options.participationCacheFile,
        log,
      })

  const count = (l: Locale) => collectionNames.map((n) => `${content[l][n].length} ${n}`).join(', ')
  log(`CMS ${cmsUrl}: ${count('de')}; Englisch übersetzt: ${collectionNames.map((n) => content.en.translated[n].length).reduce((a, b) => a + b, 0)} Dokumente`)
  const participationMs = Math.round(performance.now() - consulStarted)
  const incremental = typeof set !== 'string' && state !== null
  lastState = {
    cmsUrl,
    raw,
    settings,
    media: mediaCache,
    readAt: incremental ? state.readAt : Date.now(),
    participation,
    participationAt: reuseConsul ? state.participationAt : Date.now(),
  }
  // Numbers change with every enquiry, which no publish announces: read on every build (one small request).
  const enquiries = await (get('/api/enquiries/stats') as Promise<EnquiryStats>).catch((error: Error) => {
    log(`Anfragen-Statistik nicht gelesen: ${error.message}`)
    return null
  })
  // A document skipped in English was already in the German content: take it out there too.
  for (const locale of locales) withoutSkipped(content[locale])
  return {
    cmsUrl,
    builtAt: new Date().toISOString(),
    content,
    participation,
    participationMs,
    read: incremental ? 'changes' : 'full',
    enquiries,
    skipped: [...skipped.values()],
  }
}

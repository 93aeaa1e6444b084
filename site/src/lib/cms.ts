// Reads everything the site shows from the CMS REST API, once per build, into a snapshot file.
// The build script runs this in Node before Astro starts, so a broken CMS stops the build before
// any page exists, rich text is converted with Payload's own converter, and images are fetched.
// Astro pages then read the snapshot through ./data.ts and never talk to the CMS themselves.
// The parts: ./cms-client.ts (REST), ./snapshot.ts (shapes), ./locale-merge.ts (English with
// German fallback), ./richtext.ts, ./images.ts, ./participation.ts (Consul); this module decides
// what to read (everything, or only the changed documents) and keeps the last build's content.

import fs from 'node:fs/promises'

import type { EnquiryStats } from '../../../cms/src/enquiries/stats'
import type { Media, Setting, SignVideo } from '../../../cms/src/payload-types'
import {
  PUBLIC_COLLECTIONS,
  isPublicCollection,
  type PublicCollection,
} from '../../../cms/src/publish/publicContent'
import { scriptSetting } from '../../../scripts/config'
import { fetchByIds, fetchDocument, makeFetcher, type Fetcher } from './cms-client'
import { fetchImage, referencedMediaIds } from './images'
import { fieldOf, mergeLocale, titleField, withFallback } from './locale-merge'
import { participationFor, type ParticipationRead } from './participation'
import { politicsFor } from './politics-read'
import { describeSkipped, renderProblem } from './renderable'
import { richTextFields, richTextToHtml } from './richtext'
import { fetchVideo, referencedVideoIds } from './videos'
import {
  locales,
  type Collections,
  type ContentChanges,
  type Locale,
  type LocaleContent,
  type SiteImage,
  type SiteSnapshot,
  type SiteVideo,
  type SkippedDocument,
} from './snapshot'

// The snapshot's shapes are imported from here by many pages; they live in ./snapshot.ts.
export { locales } from './snapshot'
export type {
  Collections,
  ContentChanges,
  Locale,
  LocaleContent,
  SiteImage,
  SiteSnapshot,
  SiteVideo,
  SkippedDocument,
} from './snapshot'
export { CmsUnavailableError } from './cms-client'
export { readContent, type ReadOptions } from './content-read'
import { paramsFor, readContent, type ReadOptions } from './content-read'

/** The last build's raw content per CMS, kept in the build process for the next incremental read. */
type RawState = {
  cmsUrl: string
  raw: Record<Locale, Collections>
  settings: Record<Locale, Setting>
  media: Map<string, Media | null>
  readAt: number
  participation: ParticipationRead
}
let lastState: RawState | null = null

/**
 * How long incremental reads may build on the last full read. The build runner reads everything
 * in idle time every SITE_FULL_READ_EVERY_MS (1 h); this backstop (4 times that) only matters
 * without a runner or when it never was idle.
 */
const fullReadEveryMs = () => 4 * scriptSetting('SITE_FULL_READ_EVERY_MS')

type Doc = { id: string | number }

// The order of a full read (sort=id): numbers numerically, other ids (MongoDB) as strings.
const byId = (a: Doc, b: Doc) =>
  typeof a.id === 'number' && typeof b.id === 'number'
    ? a.id - b.id
    : String(a.id).localeCompare(String(b.id))

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
} & ReadOptions

type ChangeSet = Map<PublicCollection, string[]>

/** Applies a change list to the last build's content, or says why it cannot (then everything is read). */
function changeSet(changes: ContentChanges | undefined, cmsUrl: string): ChangeSet | string {
  if (!changes) return 'keine Änderungsliste'
  if (!lastState || lastState.cmsUrl !== cmsUrl) return 'erster Build in diesem Prozess'
  if (Date.now() - lastState.readAt > fullReadEveryMs())
    return 'letzte vollständige Lesung ist älter als die eingestellte Frist'
  const set: ChangeSet = new Map()
  for (const [collection, ids] of Object.entries(changes)) {
    if (!isPublicCollection(collection)) return `Änderung an „${collection}“`
    if (!Array.isArray(ids) || ids.length === 0) return `Änderung an „${collection}“ ohne Liste`
    set.set(collection, [...new Set(ids.map(String))])
  }
  return set
}

/** Only the changed documents, in both languages; the rest is the last build's content. */
async function readChanges(get: Fetcher, state: RawState, set: ChangeSet) {
  const raw = {} as Record<Locale, Collections>
  for (const locale of locales) {
    const content: Record<string, Doc[]> = { ...state.raw[locale] }
    for (const [name, ids] of set) {
      const fresh = await fetchByIds<Doc>(get, name, paramsFor(name, locale), ids)
      const changed = new Set(ids)
      content[name] = [...content[name].filter((d) => !changed.has(String(d.id))), ...fresh].sort(byId)
    }
    raw[locale] = content as Collections
  }
  return { raw, settings: state.settings }
}

export async function loadSiteData(options: LoadOptions): Promise<SiteSnapshot> {
  const { cmsUrl, mediaDir, log = () => {} } = options
  const timeoutMs = options.timeoutMs ?? 30_000
  const get = makeFetcher(cmsUrl, timeoutMs)
  await fs.mkdir(mediaDir, { recursive: true })

  const set = changeSet(options.changes, cmsUrl)
  const state = typeof set !== 'string' ? lastState : null
  let read: Awaited<ReturnType<typeof readContent>>
  if (typeof set !== 'string' && state) {
    read = await readChanges(get, state, set)
    log(`Nur geänderte Inhalte gelesen: ${[...set].map(([name, ids]) => `${ids.length} ${name}`).join(', ')}`)
  } else {
    if (options.changes !== undefined) log(`Lese alle Inhalte (${set}).`)
    // Image files are kept between incremental builds; a full read starts from nothing, so a
    // replaced image can never be served from an old copy.
    await fs.rm(mediaDir, { recursive: true, force: true })
    await fs.mkdir(mediaDir, { recursive: true })
    read = await readContent(get, options)
  }
  const { raw, settings } = read

  const content = {} as Record<Locale, LocaleContent>
  // A document that cannot be rendered in one language is left out in every language.
  const skipped = new Map<string, SkippedDocument>()
  const skip = (name: PublicCollection, doc: Doc, reason: string) => {
    const key = `${name}/${doc.id}`
    if (skipped.has(key)) return
    const entry = {
      collection: name,
      id: doc.id,
      title: String(fieldOf(doc, titleField(name)) ?? ''),
      reason,
    }
    skipped.set(key, entry)
    log(`Ausgelassen, weil die Website es nicht darstellen kann: ${describeSkipped(entry)}`)
  }
  const withoutSkipped = (merged: Collections) => {
    const lists: Record<string, Doc[]> = merged
    for (const name of PUBLIC_COLLECTIONS)
      lists[name] = lists[name].filter((d) => !skipped.has(`${name}/${d.id}`))
  }
  // Media documents only change with a media change, and that makes the next build read everything.
  const mediaCache = state ? state.media : new Map<string, Media | null>()
  for (const locale of locales) {
    const { merged, translated, fallback } = mergeLocale(raw.de, raw[locale], locale)

    for (const name of PUBLIC_COLLECTIONS) {
      for (const doc of merged[name]) {
        const problem = renderProblem(name, doc, locale)
        if (problem) skip(name, doc, problem)
      }
    }
    withoutSkipped(merged)

    const html: Record<string, string> = {}
    for (const [name, fields] of Object.entries(richTextFields) as [PublicCollection, string[]][]) {
      for (const doc of merged[name]) {
        for (const field of fields) {
          try {
            const out = await richTextToHtml(fieldOf(doc, field))
            if (out) html[`${name}/${doc.id}/${field}`] = out
          } catch (error) {
            skip(
              name,
              doc,
              `Der Text im Feld „${field}“ lässt sich nicht darstellen (${(error as Error).message}).`,
            )
          }
        }
      }
    }
    withoutSkipped(merged)

    const localeSettings = locale === 'de' ? settings.de : withFallback(settings[locale], settings.de)
    const images: Record<string, SiteImage> = {}
    for (const id of referencedMediaIds(merged, localeSettings)) {
      const key = `${locale}/${id}`
      if (!mediaCache.has(key)) {
        try {
          mediaCache.set(key, await fetchDocument<Media>(get, 'media', id, locale))
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

    // Few and read every build (one request each): a changed transcript shows on the next build.
    const videos: Record<string, SiteVideo> = {}
    for (const id of referencedVideoIds(merged, localeSettings)) {
      let doc: SignVideo | null = null
      try {
        doc = await fetchDocument<SignVideo>(get, 'sign-videos', id, 'de')
      } catch (error) {
        // As with images: a deleted video must not stop the build; the page shows no video.
        log(
          `Gebärdensprach-Video ${id} fehlt im CMS (${(error as Error).message}); es wird ohne Video gebaut.`,
        )
      }
      const video = doc ? await fetchVideo(cmsUrl, doc, mediaDir, timeoutMs) : null
      if (video) videos[id] = video
    }

    content[locale] = { ...merged, html, translated, fallback, images, videos, settings: localeSettings }
  }

  const consulStarted = performance.now()
  const incremental = state !== null
  const participation = await participationFor(settings.de, state?.participation ?? null, {
    incremental,
    cacheFile: options.participationCacheFile,
    log,
  })
  const politics = await politicsFor(settings.de, { incremental, near: options.participationCacheFile, log })

  const count = (l: Locale) => PUBLIC_COLLECTIONS.map((n) => `${content[l][n].length} ${n}`).join(', ')
  const translatedIn = (l: Locale) =>
    PUBLIC_COLLECTIONS.map((n) => content[l].translated[n].length).reduce((a, b) => a + b, 0)
  log(
    `CMS ${cmsUrl}: ${count('de')}; übersetzt: ${locales
      .filter((l) => l !== 'de')
      .map((l) => `${l} ${translatedIn(l)}`)
      .join(', ')} Dokumente`,
  )
  const participationMs = Math.round(performance.now() - consulStarted)
  lastState = {
    cmsUrl,
    raw,
    settings,
    media: mediaCache,
    readAt: state ? state.readAt : Date.now(),
    participation: { participation: participation.participation, at: participation.at },
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
    participation: participation.participation,
    politics: politics.politics,
    participationMs,
    read: incremental ? 'changes' : 'full',
    enquiries,
    skipped: [...skipped.values()],
  }
}

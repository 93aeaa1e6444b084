// The snapshot the build script writes before Astro starts (./cms.ts) and the pages read
// (./data.ts): its shapes, in a module without code, so either side can import them.
import { contentLocales, type ContentLocale } from '../../../cms/src/locales'
import type { EnquiryStats } from '../../../cms/src/enquiries/stats'
import type { Config, Setting } from '../../../cms/src/payload-types'
import type { PublicCollection } from '../../../cms/src/publish/publicContent'
import type { ParticipationResult } from './consul/index'
import type { PoliticsData } from './politics-read'

export type { ContentChanges } from '../../../cms/src/publish/webhook'

export type Locale = ContentLocale
/** Every language the site is built in, from the one list (cms/src/locales.ts). */
export const locales: Locale[] = contentLocales.map((l) => l.code)

/** Every public collection's documents, typed as Payload generated them. */
export type Collections = { [C in PublicCollection]: Config['collections'][C][] }

/** A document left out of the build because the site cannot render it (./renderable.ts). */
export type SkippedDocument = {
  collection: keyof Collections
  id: string | number
  title: string
  /** German, names the field and the value. */
  reason: string
}

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

/** A video in German Sign Language copied to our own origin, with the transcript shown beside it. */
export type SiteVideo = {
  src: string
  mimeType: string
  title: string
  transcript: string
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
  /** Sign-language videos the pages and settings use, by id (./videos.ts). */
  videos?: Record<string, SiteVideo>
  settings: Setting
}

export type SiteSnapshot = {
  cmsUrl: string
  builtAt: string
  content: Record<Locale, LocaleContent>
  participation: ParticipationResult
  /** Council meetings and service reports (./politics-read.ts); included in participationMs. */
  politics: PoliticsData
  /** How long asking Consul took (ms), reported apart from reading the CMS. */
  participationMs: number
  /** "full": everything was read; "changes": only the changed documents, the rest kept from the last build. */
  read: 'full' | 'changes'
  /** Enquiries per association and offer (numbers only) for the open data; null if the CMS has none to give. */
  enquiries: EnquiryStats | null
  /** Documents left out of this build because the site cannot render them (./renderable.ts). */
  skipped: SkippedDocument[]
}

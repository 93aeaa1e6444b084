// The German directory of each content section. Its own module without imports, so that
// astro.config.mjs (the sitemap's lastmod, ./sitemap.ts) can use it without loading the page code.
// One directory per public collection: a collection added to the list needs its directory here.
import type { PublicCollection } from '../../../cms/src/publish/publicContent'

export const sections = {
  associations: 'vereine',
  events: 'veranstaltungen',
  opportunities: 'ehrenamt',
  news: 'aktuelles',
  topics: 'themen',
  districts: 'stadtteile',
  pages: 'seiten',
} as const satisfies Record<PublicCollection, string>

/** The directory of the Leichte-Sprache section (German only; site/src/lib/easy-language.ts). */
export const easySection = 'leichte-sprache'

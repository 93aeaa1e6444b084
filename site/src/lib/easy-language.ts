// The Leichte-Sprache section (/leichte-sprache/, BITVO M-V § 6): which CMS pages belong to it and
// where its pages are. Its wording is the Leichte-Sprache catalogue (../i18n/easy.ts).
import type { Page } from '../../../cms/src/payload-types'
import { easyLists } from '../i18n/easy'
import { published } from './data'
import { easySection } from './sections'

export const easyBase = `/${easySection}/`
/** Slug of the CMS page that is the section's start page. */
export const easyStartSlug = 'leichte-sprache'

export { easyLists, easyText } from '../i18n/easy'

/** The lists of entries in the section; their addresses are kept free of page slugs. */
export type EasyList = keyof typeof easyLists
const reserved = new Set<string>(Object.keys(easyLists))

/** Pages of the section: flagged in the CMS, German only (Leichte Sprache is German). */
export const easyPages = (): Page[] => published('de', 'pages').filter((p) => Boolean(p.easyLanguage))
export const easyStartPage = () => easyPages().find((p) => p.slug === easyStartSlug)
/** The section's other pages; a slug that would collide with a list address is left out. */
export const easySubPages = () =>
  easyPages().filter((p) => p.slug !== easyStartSlug && !reserved.has(p.slug!))
/** One sentence per line, as Leichte Sprache is set: editors' summaries split at sentence ends. */
export const sentences = (text: string) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„])/u)
    .map((s) => s.trim())
    .filter(Boolean)

export const easyHref = (slug: string) => (slug === easyStartSlug ? easyBase : `${easyBase}${slug}/`)

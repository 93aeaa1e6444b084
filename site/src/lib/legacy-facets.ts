// Filter addresses of the first version, which carried CMS codes (/ehrenamt/geeignet/littleGerman/)
// where German slugs are now. They live on in bookmarks, shared links and search engines, so each
// gets a page that forwards (lib/facets.ts) and stays out of the sitemap (astro.config.mjs). Only
// the facet table and the section names: astro.config can load it without the page code.
import { contentLocales } from '../../../cms/src/locales'
import { optionSlugs, selectFacets, type FacetKind } from './facet-table'
import { sections } from './sections'

export type LegacyFacet = { kind: FacetKind; key: string; code: string; slug: string }

/** Every old code whose German slug differs (the ones that need forwarding). */
export const legacyFacets: LegacyFacet[] = selectFacets.flatMap(({ kind, key, group }) =>
  [...optionSlugs(group)].map(([code, slug]) => ({ kind, key, code, slug })).filter((f) => f.code !== f.slug),
)

const forwarding = new Set(legacyFacets.map((f) => `/${sections[f.kind]}/${f.key}/${f.code}/`))
const prefixes = new RegExp(`^/(${contentLocales.map((l) => l.code).join('|')})/`)

/** True for a forwarding page's path, in any language ("/en/ehrenamt/geeignet/littleGerman/"). */
export const isForwardingPath = (path: string) =>
  forwarding.has(path.replace(prefixes, '/').replace(/\/?$/, '/'))

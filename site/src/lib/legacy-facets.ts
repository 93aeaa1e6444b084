// Filter addresses of the first version, which carried CMS codes (/ehrenamt/geeignet/littleGerman/)
// where German slugs are now. They live on in bookmarks, shared links and search engines, so each
// gets a page that forwards (lib/facets.ts) and stays out of the sitemap (astro.config.mjs). Only
// the CMS option lists and the section names: astro.config can load it without the page code.
import { slugify } from '../../../cms/src/lib/slugify'
import { associationKindOptions, commitmentOptions, suitabilityOptions, targetGroupOptions } from '../../../cms/src/fields/taxonomy'
import { sections } from './sections'

type Options = readonly { value: string; label: string }[]
type Kind = 'associations' | 'events' | 'opportunities'

/** The select-option facets of each section: URL key and the CMS options behind it. */
const codeFacets: { kind: Kind; key: string; options: Options }[] = [
  { kind: 'associations', key: 'art', options: associationKindOptions },
  { kind: 'events', key: 'zielgruppe', options: targetGroupOptions },
  { kind: 'opportunities', key: 'art', options: commitmentOptions },
  { kind: 'opportunities', key: 'geeignet', options: suitabilityOptions },
]

export type LegacyFacet = { kind: Kind; key: string; code: string; slug: string }

/** Every old code whose German slug differs (the ones that need forwarding). */
export const legacyFacets: LegacyFacet[] = codeFacets.flatMap(({ kind, key, options }) =>
  options.map((o) => ({ kind, key, code: o.value, slug: slugify(o.label) })).filter((f) => f.code !== f.slug),
)

const forwarding = new Set(legacyFacets.map((f) => `/${sections[f.kind]}/${f.key}/${f.code}/`))

/** True for a forwarding page's path, in any language ("/en/ehrenamt/geeignet/littleGerman/"). */
export const isForwardingPath = (path: string) => forwarding.has(path.replace(/^\/en\//, '/').replace(/\/?$/, '/'))

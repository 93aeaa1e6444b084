// The one table of the select-option facets: URL key, data attribute, CMS option group and the
// catalogue key of its label, per section. lib/facets.ts builds the filters from it and
// lib/legacy-facets.ts the forwarding pages of the old code addresses; no page code here, so
// astro.config.mjs can load it.
import { optionGroups, type OptionGroup } from '../../../cms/src/options'
import { slugify } from '../../../cms/src/lib/slugify'
import type { Messages } from '../i18n/index'

export type FacetKind = 'associations' | 'events' | 'opportunities'

export const selectFacets = [
  { kind: 'associations', key: 'art', attr: 'kind', group: 'kind', label: 'facetKind' },
  { kind: 'events', key: 'zielgruppe', attr: 'target', group: 'targetGroups', label: 'facetTargetGroup' },
  { kind: 'opportunities', key: 'art', attr: 'commitment', group: 'commitment', label: 'facetCommitment' },
  {
    kind: 'opportunities',
    key: 'geeignet',
    attr: 'suitability',
    group: 'suitability',
    label: 'facetSuitability',
  },
] as const satisfies readonly {
  kind: FacetKind
  key: string
  attr: string
  group: OptionGroup
  label: keyof Messages
}[]

export type SelectFacet = (typeof selectFacets)[number]
export type FacetGroup = SelectFacet['group']

/** value -> URL slug (the slug of the German label) of each facet's option group. */
const slugTables = new Map<OptionGroup, Map<string, string>>()
export function optionSlugs(group: OptionGroup): Map<string, string> {
  let table = slugTables.get(group)
  if (!table)
    slugTables.set(
      group,
      (table = new Map(
        optionGroups[group].map((o: { value: string; de: string }) => [o.value, slugify(o.de)]),
      )),
    )
  return table
}

/** The option values of a group, in the CMS's order. */
export const optionValues = (group: OptionGroup): string[] =>
  optionGroups[group].map((o: { value: string }) => o.value)

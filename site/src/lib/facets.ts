// Filter dimensions of the list pages. Each facet is a data attribute on the list items (for the
// in-page filter script) and a pre-built page /<section>/<facet>/<value>/ (works without JS).
import type { Association, Event, Locale, Opportunity } from './data'
import { districtOf, publishedNames, topicsOf } from './data'
import { label, labels } from './i18n'

export type FacetOption = { value: string; label: string }
export type Facet = { key: string; attr: string; label: string; options: FacetOption[] }

const slugged = (docs: { slug?: string | null; name: string }[]) =>
  docs.filter((d) => d.slug).map((d) => ({ value: d.slug!, label: d.name })).sort((a, b) => a.label.localeCompare(b.label, 'de'))

const optionsOf = (group: keyof typeof labels, locale: Locale = 'de'): FacetOption[] =>
  Object.keys(labels[group] as Record<string, string>)
    .map((value) => ({ value, label: label(group, value, locale) }))
    .filter((o) => o.label)

const topicFacet = (locale: Locale): Facet => ({ key: 'thema', attr: 'topic', label: locale === 'de' ? 'Thema' : 'Topic', options: slugged(publishedNames(locale, 'topics')) })
const districtFacet = (locale: Locale): Facet => ({ key: 'stadtteil', attr: 'district', label: locale === 'de' ? 'Stadtteil' : 'District', options: slugged(publishedNames(locale, 'districts')) })

export const associationFacets = (locale: Locale): Facet[] => [
  topicFacet(locale),
  districtFacet(locale),
  { key: 'art', attr: 'kind', label: locale === 'de' ? 'Art' : 'Kind', options: optionsOf('kind', locale) },
  { key: 'mitglieder', attr: 'members', label: locale === 'de' ? 'Mitglieder gesucht' : 'Looking for members', options: [{ value: 'ja', label: locale === 'de' ? 'Sucht neue Mitglieder' : 'Looking for new members' }] },
]

export const eventFacets = (locale: Locale): Facet[] => [
  topicFacet(locale),
  districtFacet(locale),
  { key: 'zielgruppe', attr: 'target', label: locale === 'de' ? 'Zielgruppe' : 'Target group', options: optionsOf('targetGroups', locale) },
  { key: 'eintritt', attr: 'free', label: locale === 'de' ? 'Eintritt' : 'Admission', options: [{ value: 'frei', label: locale === 'de' ? 'Kostenlos' : 'Free' }] },
]

export const opportunityFacets = (locale: Locale): Facet[] => [
  topicFacet(locale),
  districtFacet(locale),
  { key: 'art', attr: 'commitment', label: locale === 'de' ? 'Art des Engagements' : 'Kind of commitment', options: optionsOf('commitment', locale) },
  {
    key: 'zeit',
    attr: 'time',
    label: locale === 'de' ? 'Zeitaufwand' : 'Time needed',
    options: [
      { value: 'wenig', label: locale === 'de' ? 'bis 2 Stunden' : 'up to 2 hours' },
      { value: 'mittel', label: locale === 'de' ? '3 bis 5 Stunden' : '3 to 5 hours' },
      { value: 'viel', label: locale === 'de' ? 'mehr als 5 Stunden' : 'more than 5 hours' },
    ],
  },
  { key: 'geeignet', attr: 'suitability', label: locale === 'de' ? 'Geeignet für' : 'Suitable for', options: optionsOf('suitability', locale) },
]

/** Facet values of one item, the same ones the list item's data attributes carry. */
export function facetValues(locale: Locale, kind: 'associations' | 'events' | 'opportunities', doc: Association | Event | Opportunity): Record<string, string[]> {
  const topics = topicsOf(locale, doc.topics).map((x) => x.slug!)
  const district = districtOf(locale, doc.district)?.slug
  const base = { topic: topics, district: district ? [district] : [] }
  if (kind === 'associations') {
    const a = doc as Association
    return { ...base, kind: [a.kind], members: a.lookingForMembers ? ['ja'] : [] }
  }
  if (kind === 'events') {
    const e = doc as Event
    return { ...base, target: e.targetGroups ?? [], free: e.price?.isFree ? ['frei'] : [] }
  }
  const o = doc as Opportunity
  const h = o.timeNeeded?.hours
  return { ...base, commitment: [o.commitment], time: h == null ? [] : [h <= 2 ? 'wenig' : h <= 5 ? 'mittel' : 'viel'], suitability: o.suitability ?? [] }
}

/** getStaticPaths entries for every facet value that has at least one item. */
export function facetPaths<T extends Association | Event | Opportunity>(
  locale: Locale,
  kind: 'associations' | 'events' | 'opportunities',
  facets: Facet[],
  items: T[],
) {
  const values = items.map((i) => facetValues(locale, kind, i))
  return facets.flatMap((facet) =>
    facet.options
      .map((option) => ({ option, matching: items.filter((_, n) => values[n][facet.attr]?.includes(option.value)) }))
      .filter(({ matching }) => matching.length > 0)
      .map(({ option, matching }) => ({ facet, option, matching })),
  )
}

export const optionLabel = (facet: Facet, value: string) => facet.options.find((o) => o.value === value)?.label ?? label('kind', value)

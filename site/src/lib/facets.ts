// Filter dimensions of the list pages. Each facet is a data attribute on the list items (for the
// in-page filter script) and a pre-built page /<section>/<facet>/<value>/ (works without JS).
//
// One identifier per option everywhere on the site (URL, form value, data attribute): a German
// slug. Topics and districts have their own slugs; select options get the slug of the German
// label the CMS defines for them ("Wenig Deutschkenntnisse nötig" -> wenig-deutschkenntnisse-noetig).
//
// Only options that have entries are offered (links, select options, pages): a filter link never
// leads to an empty page, and a crawler never meets a page without content. The set of offered
// options is one tracked read, so a list page renders again only when that set changes.
import type { Association, Event, Locale, Opportunity } from './data'
import {
  currentOpportunities,
  districtOf,
  publishedNames,
  sortedAssociations,
  topicsOf,
  upcomingEvents,
} from './data'
import { tracked } from './deps'
import { once } from './snapshot-reads'
import { optionSlugs, optionValues, selectFacets, type FacetGroup, type FacetKind } from './facet-table'
import { legacyFacets } from './legacy-facets'
import { label, t } from './i18n'

export type { FacetKind }
export type FacetOption = { value: string; label: string }
/** toggle: a yes/no filter (a checkbox with JavaScript), whatever the number of options left. */
export type Facet = {
  key: string
  attr: string
  label: string
  options: FacetOption[]
  toggle?: boolean
  locale: Locale
}
type Doc = Association | Event | Opportunity

const slugsOf = (group: FacetGroup, values: (string | null | undefined)[] | null | undefined) =>
  (values ?? [])
    .map((v) => (v ? optionSlugs(group).get(v) : undefined))
    .filter((s): s is string => Boolean(s))

const selectOptions = (group: FacetGroup, locale: Locale): FacetOption[] =>
  optionValues(group)
    .map((v) => ({ value: optionSlugs(group).get(v)!, label: label(group, v, locale) }))
    .filter((o) => o.label)

/** The select-option facets of a section, from the one table (lib/facet-table.ts). */
const selectFacetsOf = (locale: Locale, kind: FacetKind): Omit<Facet, 'locale'>[] =>
  selectFacets
    .filter((f) => f.kind === kind)
    .map((f) => ({
      key: f.key,
      attr: f.attr,
      label: t(locale)[f.label],
      options: selectOptions(f.group, locale),
    }))

const named = (docs: { slug?: string | null; name: string }[], locale: Locale) =>
  docs
    .filter((d) => d.slug)
    .map((d) => ({ value: d.slug!, label: d.name }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))

export const timeBucket = (hours: number | null | undefined) =>
  hours == null ? '' : hours <= 2 ? 'wenig' : hours <= 5 ? 'mittel' : 'viel'

/** Every facet of a section with every option it could have (before dropping empty ones). */
function allFacets(locale: Locale, kind: FacetKind): Facet[] {
  return facetList(locale, kind).map((f) => ({ ...f, locale }))
}

function facetList(locale: Locale, kind: FacetKind): Omit<Facet, 'locale'>[] {
  const m = t(locale)
  const [first, second] = selectFacetsOf(locale, kind)
  const common: Omit<Facet, 'locale'>[] = [
    {
      key: 'thema',
      attr: 'topic',
      label: m.facetTopic,
      options: named(publishedNames(locale, 'topics'), locale),
    },
    {
      key: 'stadtteil',
      attr: 'district',
      label: m.facetDistrict,
      options: named(publishedNames(locale, 'districts'), locale),
    },
  ]
  if (kind === 'associations') {
    return [
      ...common,
      first,
      {
        key: 'mitglieder',
        attr: 'members',
        label: m.facetMembers,
        toggle: true,
        options: [{ value: 'ja', label: m.lookingForMembers }],
      },
    ]
  }
  if (kind === 'events') {
    return [
      ...common,
      first,
      {
        key: 'eintritt',
        attr: 'free',
        label: m.facetAdmission,
        toggle: true,
        options: [{ value: 'frei', label: m.facetFree }],
      },
    ]
  }
  const time = {
    key: 'zeit',
    attr: 'time',
    label: m.facetTime,
    options: [
      { value: 'wenig', label: m.timeLittle },
      { value: 'mittel', label: m.timeSome },
      { value: 'viel', label: m.timeMuch },
    ],
  }
  return [...common, first, time, second]
}

/** Facet values (slugs) of one item: its list entry's data attributes and its filter pages. */
export function facetValues(locale: Locale, kind: FacetKind, doc: Doc): Record<string, string[]> {
  const topics = topicsOf(locale, doc.topics).map((x) => x.slug!)
  const district = districtOf(locale, doc.district)?.slug
  const base = { topic: topics, district: district ? [district] : [] }
  if (kind === 'associations') {
    const a = doc as Association
    return { ...base, kind: slugsOf('kind', [a.kind]), members: a.lookingForMembers ? ['ja'] : [] }
  }
  if (kind === 'events') {
    const e = doc as Event
    return { ...base, target: slugsOf('targetGroups', e.targetGroups), free: e.price?.isFree ? ['frei'] : [] }
  }
  const o = doc as Opportunity
  const time = timeBucket(o.timeNeeded?.hours)
  return {
    ...base,
    commitment: slugsOf('commitment', [o.commitment]),
    time: time ? [time] : [],
    suitability: slugsOf('suitability', o.suitability),
  }
}

/** The data-* attributes of a list entry, from the same values. */
export const facetAttributes = (locale: Locale, kind: FacetKind, doc: Doc): Record<string, string> =>
  Object.fromEntries(
    Object.entries(facetValues(locale, kind, doc)).map(([attr, values]) => [attr, values.join(' ')]),
  )

/** What a section's list and filter pages show: the same lists the list pages render. */
export function sectionItems(locale: Locale, kind: FacetKind): Doc[] {
  if (kind === 'associations') return sortedAssociations(locale)
  if (kind === 'events') return upcomingEvents(locale)
  return currentOpportunities(locale)
}

/**
 * Which options have entries: attr -> their slugs, sorted. Worked out once per build and section:
 * every page of a paged list asks for them (at city scale thousands of times over thousands of
 * entries, 4 % of the Astro build). The tracked read is the set, not the counts behind it: a page
 * shows which options exist, so a new event in "Sport" re-renders only the pages that show it, not
 * every list page of the section (a count in the record made all of them depend on every entry).
 */
const offeredOptions = tracked('facetOptions', (locale: string, kind: string) =>
  once(`facetOptions/${locale}/${kind}`, () => {
    const offered: Record<string, Set<string>> = {}
    for (const doc of sectionItems(locale as Locale, kind as FacetKind)) {
      for (const [attr, values] of Object.entries(facetValues(locale as Locale, kind as FacetKind, doc))) {
        const forAttr = (offered[attr] ??= new Set())
        for (const v of values) forAttr.add(v)
      }
    }
    return Object.fromEntries(Object.entries(offered).map(([attr, set]) => [attr, [...set].sort()]))
  }),
)

/** The section's facets with only the options that have entries; facets without any are left out. */
export function facetsOf(locale: Locale, kind: FacetKind): Facet[] {
  const offered = offeredOptions(locale, kind)
  return allFacets(locale, kind)
    .map((f) => ({ ...f, options: f.options.filter((o) => offered[f.attr]?.includes(o.value)) }))
    .filter((f) => f.options.length > 0)
}

export const associationFacets = (locale: Locale) => facetsOf(locale, 'associations')
export const eventFacets = (locale: Locale) => facetsOf(locale, 'events')
export const opportunityFacets = (locale: Locale) => facetsOf(locale, 'opportunities')

/** getStaticPaths entries: one page per offered option, exactly the ones the filter panels link. */
export function facetPaths<K extends FacetKind>(locale: Locale, kind: K) {
  const items = sectionItems(locale, kind)
  const values = items.map((i) => facetValues(locale, kind, i))
  return facetsOf(locale, kind).flatMap((facet) =>
    facet.options.map((option) => ({
      facet,
      option,
      matching: items.filter((_, n) => values[n][facet.attr]?.includes(option.value)),
    })),
  )
}

/**
 * What a filter page is about, for its title and breadcrumb. Qualified by the facet, because the
 * same words can be options of two facets ("Seniorinnen und Senioren" as a topic and under
 * "Geeignet für"): Thema „Seniorinnen und Senioren“. A yes/no filter's option says it all.
 */
export function optionLabel(facet: Facet, value: string) {
  const option = facet.options.find((o) => o.value === value)?.label ?? value
  if (facet.toggle) return option
  return t(facet.locale).facetTitle(facet.label, option)
}

/** Old code addresses of this section with their target: the German page, or the list when empty. */
export function legacyFacetRedirects(
  locale: Locale,
  kind: FacetKind,
): { facet: string; value: string; to: string | null }[] {
  const live = new Set(facetPaths(locale, kind).map(({ facet, option }) => `${facet.key}/${option.value}`))
  return legacyFacets
    .filter((f) => f.kind === kind)
    .map((f) => ({ facet: f.key, value: f.code, to: live.has(`${f.key}/${f.slug}`) ? f.slug : null }))
}

/** getStaticPaths entries for the forwarding pages; `redirectTo` is relative to the old address. */
export function legacyFacetPaths<P extends object>(params: P, locale: Locale, kind: FacetKind) {
  return legacyFacetRedirects(locale, kind).map(({ facet, value, to }) => ({
    params: { ...params, facet, value },
    props: { locale, items: [] as Doc[], redirectTo: to ? `../${to}/` : '../../' },
  }))
}

/** The absolute path a forwarding page points to (its own address may lack the final slash). */
export const redirectTarget = (pathname: string, redirectTo: string) =>
  new URL(redirectTo, `http://site${pathname.replace(/\/?$/, '/')}`).pathname

// getStaticPaths of the paged lists of associations, offers and news, shared by each list's first
// page (its own route) and its further pages (the route below seite/[page]); events: ./event-routes.ts.
import type { Association, Locale, News, Opportunity } from './data'
import { currentOpportunities, sortedAssociations, sortedNews } from './data'
import { facetPaths, legacyFacetPaths, type FacetKind } from './facets'
import { pagedEntries, pagesOf } from './paging'
import { hrefFor, localeParams } from './paths'

type Params = { lang: string | undefined }
const perLocale = <T>(make: (params: Params, locale: Locale) => T[]) =>
  localeParams().flatMap(({ params, props: { locale } }) => make(params, locale))

const lists = {
  associations: { path: '/vereine/', items: (l: Locale): Association[] => sortedAssociations(l) },
  opportunities: { path: '/ehrenamt/', items: (l: Locale): Opportunity[] => currentOpportunities(l) },
}

/** A section's list (/vereine/, /ehrenamt/) and its pages. */
export const listRoutes = (kind: Exclude<FacetKind, 'events'>, first: boolean) =>
  perLocale((params, locale) =>
    pagedEntries(
      params,
      { locale },
      pagesOf<Association | Opportunity>(lists[kind].items(locale)),
      hrefFor(locale, lists[kind].path),
      first,
    ),
  )

/** One list per filter value with entries, paged; on first pages the first version's forwards. */
export const facetListRoutes = (kind: Exclude<FacetKind, 'events'>, first: boolean) =>
  perLocale((params, locale) => [
    ...facetPaths(locale, kind).flatMap(({ facet, option, matching }) =>
      pagedEntries(
        { ...params, facet: facet.key, value: option.value },
        { locale, redirectTo: undefined as string | undefined },
        pagesOf(matching as (Association | Opportunity)[]),
        hrefFor(locale, `${lists[kind].path}${facet.key}/${option.value}/`),
        first,
      ),
    ),
    ...(first ? legacyFacetPaths(params, locale, kind) : []),
  ])

/** /aktuelles/ and its pages, newest first. */
export const newsRoutes = (first: boolean) =>
  perLocale((params, locale) =>
    pagedEntries(
      params,
      { locale },
      pagesOf<News>(sortedNews(locale)),
      hrefFor(locale, '/aktuelles/'),
      first,
    ),
  )

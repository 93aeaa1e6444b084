// getStaticPaths of the events lists, shared by each list's first page (its own route) and its
// further pages (the route below seite/[page]): upcoming, by month, archive, filter pages.
import type { Event, Locale } from './data'
import { pastEvents, upcomingEvents, upcomingMonths } from './data'
import { eventListPages } from './event-pages'
import { facetPaths, legacyFacetPaths } from './facets'
import { meetingFacet } from './meeting-items'
import { pagedEntries } from './paging'
import { hrefFor, localeParams } from './paths'
import { upcomingMeetings, type CouncilMeeting } from './politics'

type Params = { lang: string | undefined }

function pagesOfList<P extends object>(
  params: P,
  locale: Locale,
  path: string,
  events: Event[],
  meetings: CouncilMeeting[],
  windowed: boolean,
  first: boolean,
  extra: object = {},
) {
  const { pages, labels, later } = eventListPages(locale, events, meetings, windowed)
  // Each page carries only what it shows: its neighbours' labels (under "previous" and "next") and,
  // on the first page, how many events come after the window. With every page's labels and that
  // count on every page, one new event changed all pages of each list it is on (see calendarPagesOf).
  const props = (n: number) => ({
    locale,
    neighbours: { previous: labels[n - 1], next: labels[n + 1] },
    later: n === 0 ? later : undefined,
    hasLater: later > 0,
    withMeetings: meetings.length > 0,
    ...extra,
  })
  return pagedEntries(params, props, pages, hrefFor(locale, path), first, { total: false })
}

const perLocale = <T>(make: (params: Params, locale: Locale) => T[]) =>
  localeParams().flatMap(({ params, props: { locale } }) => make(params, locale))

/** /veranstaltungen/ (the next eight weeks) and its pages. */
export const upcomingRoutes = (first: boolean) =>
  perLocale((params, locale) =>
    pagesOfList(params, locale, '/veranstaltungen/', upcomingEvents(locale), upcomingMeetings(), true, first),
  )

/** /veranstaltungen/monat/<yyyy-mm>/ and its pages. */
export const monthRoutes = (first: boolean) =>
  perLocale((params, locale) =>
    [...upcomingMonths(locale)].flatMap(([month, events]) =>
      pagesOfList({ ...params, month }, locale, `/veranstaltungen/monat/${month}/`, events, [], false, first),
    ),
  )

/** /veranstaltungen/archiv/ and its pages. */
export const archiveRoutes = (first: boolean) =>
  perLocale((params, locale) =>
    pagesOfList(params, locale, '/veranstaltungen/archiv/', pastEvents(locale), [], false, first),
  )

/**
 * One list per filter value that has entries (the links of the filter panel, for visitors without
 * JavaScript and for crawlers), council meetings as their own kind when the build has any, and on
 * the first pages the forwarding pages of the first version's addresses.
 */
export const eventFacetRoutes = (first: boolean) =>
  perLocale((params, locale) => [
    ...facetPaths(locale, 'events').flatMap(({ facet, option, matching }) =>
      pagesOfList(
        { ...params, facet: facet.key, value: option.value },
        locale,
        `/veranstaltungen/${facet.key}/${option.value}/`,
        matching as Event[],
        [],
        true,
        first,
        { redirectTo: undefined as string | undefined },
      ),
    ),
    ...(upcomingMeetings().length
      ? pagesOfList(
          { ...params, facet: meetingFacet(locale).key, value: 'ja' },
          locale,
          `/veranstaltungen/${meetingFacet(locale).key}/ja/`,
          [],
          upcomingMeetings(),
          true,
          first,
          { redirectTo: undefined as string | undefined },
        )
      : []),
    ...(first ? legacyFacetPaths(params, locale, 'events') : []),
  ])

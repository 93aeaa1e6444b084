// The three lists of the Leichte-Sprache section (/leichte-sprache/vereine/, …/veranstaltungen/,
// …/ehrenamt/), German only, in pages of about 50 like every list (./paging.ts): at city scale one
// page of all events would be several hundred kilobytes.
import {
  associationOf,
  berlinDay,
  currentOpportunities,
  inListWindow,
  sortedAssociations,
  upcomingEvents,
} from './data'
import { easyBase, easyText, type EasyList } from './easy-language'
import { formatDay, formatTime } from './format'
import { calendarPagesOf, pagedEntries, pagesOf } from './paging'
import { docHref } from './paths'

export type EasyEntry = {
  id: number | string
  name: string
  href: string
  summary?: string | null
  when?: string
  where?: string | null
  who?: string | null
  /** An event's calendar day (Berlin), by which its list is paged. */
  day?: string
}

const entries: Record<EasyList, () => EasyEntry[]> = {
  vereine: () =>
    sortedAssociations('de').map((a) => ({
      id: a.id,
      name: a.name,
      href: docHref('de', 'associations', a),
      summary: a.easySummary,
    })),
  // The next eight weeks, as on the ordinary agenda; cancelled events are left out here, because
  // a list in Leichte Sprache should not make readers go to something that does not take place.
  veranstaltungen: () =>
    upcomingEvents('de')
      .filter((e) => inListWindow(e) && !e.cancelled)
      .map((e) => ({
        id: e.id,
        name: e.title,
        href: docHref('de', 'events', e),
        summary: e.easySummary,
        when: easyText.time(formatDay(e.start), e.allDay ? null : formatTime(e.start)),
        where: e.attendance === 'online' ? 'im Internet' : e.venue?.name,
        day: berlinDay(e.start),
      })),
  ehrenamt: () =>
    currentOpportunities('de').map((o) => ({
      id: o.id,
      name: o.title,
      href: docHref('de', 'opportunities', o),
      summary: o.easySummary,
      who: associationOf('de', o.association)?.name,
    })),
}

/**
 * getStaticPaths entries of a list's pages: the first (its own route) or the others (seite/[page]).
 * Events are paged by date like the ordinary agenda, so a new event changes only the page of its
 * own weeks; the pages do not name the list's total, so it is left out of them.
 */
export function easyListRoutes(list: EasyList, first: boolean) {
  const items = entries[list]()
  const pages = list === 'veranstaltungen' ? calendarPagesOf(items, (e) => e.day!) : pagesOf(items)
  return pagedEntries({}, { list }, pages, `${easyBase}${list}/`, first, { total: false })
}

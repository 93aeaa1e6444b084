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
}

/** Each list's pages: events by date like the ordinary agenda (a new event changes only its page). */
const listPages: Record<EasyList, () => EasyEntry[][]> = {
  vereine: () =>
    pagesOf(sortedAssociations('de')).map((page) =>
      page.map((a) => ({
        id: a.id,
        name: a.name,
        href: docHref('de', 'associations', a),
        summary: a.easySummary,
      })),
    ),
  // The next eight weeks, as on the ordinary agenda; cancelled events are left out here, because
  // a list in Leichte Sprache should not make readers go to something that does not take place.
  veranstaltungen: () =>
    calendarPagesOf(
      upcomingEvents('de').filter((e) => inListWindow(e) && !e.cancelled),
      (e) => berlinDay(e.start),
    ).map((page) =>
      page.map((e) => ({
        id: e.id,
        name: e.title,
        href: docHref('de', 'events', e),
        summary: e.easySummary,
        when: easyText.time(formatDay(e.start), e.allDay ? null : formatTime(e.start)),
        where: e.attendance === 'online' ? 'im Internet' : e.venue?.name,
      })),
    ),
  ehrenamt: () =>
    pagesOf(currentOpportunities('de')).map((page) =>
      page.map((o) => ({
        id: o.id,
        name: o.title,
        href: docHref('de', 'opportunities', o),
        summary: o.easySummary,
        who: associationOf('de', o.association)?.name,
      })),
    ),
}

/**
 * getStaticPaths entries of a list's pages: the first (its own route) or the others (seite/[page]).
 * The pages do not name the list's total, so it is left out of them.
 */
export const easyListRoutes = (list: EasyList, first: boolean) =>
  pagedEntries({}, { list }, listPages[list](), `${easyBase}${list}/`, first, { total: false })

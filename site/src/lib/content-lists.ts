// Lists computed from the published documents, once per build and locale: upcoming and past
// events, current offers, sorted news and associations, groupings and the month pages. Pages
// import them through ./data.ts.

import { endOfDayIn } from '../../../cms/src/lib/berlinTime'
import type { Event, Opportunity } from '../../../cms/src/payload-types'
import type { Locale } from './cms'
import { tracked } from './deps'
import { berlinDay } from './format'
import { districtOf, idOf, nowMs, once, published, topicsOf, type Ref } from './snapshot-reads'

// Comparisons with the build time are recorded by the instant compared, not by "now": a page that
// shows whether an event is over changes only when that event ends between two builds.
const endedBefore = tracked('past', (iso: string) => new Date(iso).getTime() < nowMs())
export const isPast = (e: Event) => endedBefore(e.end ?? e.start)
const expired = tracked('expired', (validUntil: string) => endOfBerlinDay(validUntil).getTime() < nowMs())
export const isExpired = (o: Opportunity) => Boolean(o.validUntil) && expired(o.validUntil!)
const notYet = tracked('notYet', (validFrom: string) => new Date(validFrom).getTime() > nowMs())
export const notYetValid = (o: Opportunity) => Boolean(o.validFrom) && notYet(o.validFrom!)

/** validUntil is a day: the offer stays up until that day ends in Berlin. */
const endOfBerlinDay = (value: string) => endOfDayIn(berlinDay(value))

export const upcomingEvents = tracked('upcomingEvents', (locale: string) =>
  once(`upcoming/${locale}`, () =>
    published(locale as Locale, 'events')
      .filter((e) => !isPast(e))
      .sort((a, b) => a.start.localeCompare(b.start)),
  ),
)
export const pastEvents = tracked('pastEvents', (locale: string) =>
  once(`pastEvents/${locale}`, () =>
    published(locale as Locale, 'events')
      .filter((e) => isPast(e))
      .sort((a, b) => b.start.localeCompare(a.start)),
  ),
)
export const currentOpportunities = tracked('currentOpportunities', (locale: string) =>
  once(`currentOpportunities/${locale}`, () =>
    published(locale as Locale, 'opportunities')
      .filter((o) => !isExpired(o) && !notYetValid(o))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  ),
)
export const sortedNews = tracked('sortedNews', (locale: string) =>
  once(`sortedNews/${locale}`, () =>
    published(locale as Locale, 'news').sort((a, b) =>
      (b.publishedDate ?? b.createdAt).localeCompare(a.publishedDate ?? a.createdAt),
    ),
  ),
)
export const sortedAssociations = tracked('sortedAssociations', (locale: string) =>
  once(`sortedAssociations/${locale}`, () =>
    published(locale as Locale, 'associations').sort((a, b) => a.name.localeCompare(b.name, 'de')),
  ),
)

/** Events grouped by organizer and by topic, once per build (profiles and calendars use them). */
function groupEvents(events: Event[], key: 'organizers' | 'topics') {
  const groups = new Map<string, Event[]>()
  for (const e of events) {
    for (const ref of e[key] ?? []) {
      const id = idOf(ref as Ref)!
      if (!groups.has(id)) groups.set(id, [])
      groups.get(id)!.push(e)
    }
  }
  return groups
}
const organizerEvents = tracked(
  'eventsByOrganizer',
  (locale: string, id: string, which: string) =>
    once(`byOrganizer/${locale}/${which}`, () =>
      groupEvents(
        which === 'upcoming' ? upcomingEvents(locale) : published(locale as Locale, 'events'),
        'organizers',
      ),
    ).get(id) ?? [],
)
export const eventsByOrganizer = (locale: Locale, id: string | number, which: 'upcoming' | 'all' = 'all') =>
  organizerEvents(locale, String(id), which)
const topicEvents = tracked(
  'eventsByTopic',
  (locale: string, id: string) =>
    once(`byTopic/${locale}`, () => groupEvents(published(locale as Locale, 'events'), 'topics')).get(id) ??
    [],
)
export const eventsByTopic = (locale: Locale, id: string | number) => topicEvents(locale, String(id))

/** Current opportunities of these associations (a club's profile; a network's with its members'). */
const associationOpportunities = tracked('opportunitiesOf', (locale: string, ids: string) => {
  const wanted = new Set(ids.split(','))
  return currentOpportunities(locale).filter((o) => wanted.has(idOf(o.association) ?? ''))
})
export const opportunitiesOf = (locale: Locale, ids: string[]) =>
  associationOpportunities(locale, [...ids].sort().join(','))

/** Published member associations of a network, by name. */
export const networkMembers = tracked('networkMembers', (locale: string, id: string) =>
  sortedAssociations(locale).filter((m) => (m.networks ?? []).some((n) => idOf(n as Ref) === id)),
)

/** Everything published about one topic or district (its page). */
export const gatheringOf = tracked('gathering', (locale: string, kind: string, id: string) => {
  const l = locale as Locale
  const matches = (d: { topics?: unknown; district?: unknown }) =>
    kind === 'topic'
      ? topicsOf(l, d.topics as never).some((x) => String(x.id) === id)
      : idOf(districtOf(l, d.district as never)) === id
  return {
    associations: sortedAssociations(locale).filter(matches),
    events: upcomingEvents(locale).filter(matches),
    opportunities: currentOpportunities(locale).filter(matches),
    news: kind === 'topic' ? sortedNews(locale).filter(matches).slice(0, 10) : [],
  }
})

/** List pages show the next eight weeks; later events are on month pages (a phone stays fast). */
export const listWindowDays = 56
const startsInWindow = tracked(
  'inListWindow',
  (start: string) => new Date(start).getTime() < nowMs() + listWindowDays * 24 * 3600 * 1000,
)
export const inListWindow = (e: { start: string }) => startsInWindow(e.start)

/** Months ("2027-01") with upcoming events, for the month pages. */
export const upcomingMonths = tracked('upcomingMonths', (locale: string) =>
  once(`months/${locale}`, () => {
    const months = new Map<string, Event[]>()
    for (const e of upcomingEvents(locale)) {
      const month = berlinDay(e.start).slice(0, 7)
      if (!months.has(month)) months.set(month, [])
      months.get(month)!.push(e)
    }
    return months
  }),
)
/** Only the month names: list pages link them without depending on every event in them. */
export const upcomingMonthNames = tracked('upcomingMonthNames', (locale: string) => [
  ...upcomingMonths(locale).keys(),
])

// The pages of an events list (upcoming, a month, the archive, a filter): events and, on upcoming
// lists, council meetings in order of their start, cut at calendar weeks and whole days
// (calendarPagesOf in lib/paging.ts), so a new event changes only the pages of its own weeks, and a
// day's heading repeats across two pages only for a day with more entries than a page holds.
// Upcoming lists show the next eight weeks; the later events are on the month pages.
import type { Event, Locale } from './data'
import { berlinDay, inListWindow } from './data'
import { formatDayRange } from './format'
import { calendarPagesOf } from './paging'
import type { CouncilMeeting } from './politics'

export type AgendaEntry = { start: string; event?: Event; meeting?: CouncilMeeting }

export type EventListPages = {
  pages: AgendaEntry[][]
  /** What each page holds, e.g. "5.–7. Dezember" (the pagination's previous/next labels). */
  labels: string[]
  /** Upcoming events after the window (linked to the month pages). */
  later: number
}

export function eventListPages(
  locale: Locale,
  events: Event[],
  meetings: CouncilMeeting[],
  windowed: boolean,
): EventListPages {
  const shown = windowed ? events.filter(inListWindow) : events
  const shownMeetings = windowed ? meetings.filter((m) => inListWindow(m)) : meetings
  const entries: AgendaEntry[] = [
    ...shown.map((event) => ({ start: event.start, event })),
    ...shownMeetings.map((meeting) => ({ start: meeting.start, meeting })),
  ]
  // Events come sorted; meetings join them in order of their start (a stable sort keeps the rest).
  if (shownMeetings.length) entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const pages = calendarPagesOf(entries, (e) => berlinDay(e.start))
  const labels = pages.map((p) => {
    if (!p.length) return ''
    const [a, b] = [berlinDay(p[0].start), berlinDay(p[p.length - 1].start)].sort()
    return formatDayRange(a, b, locale)
  })
  return { pages, labels, later: events.length - shown.length }
}

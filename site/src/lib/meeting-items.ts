// Council meetings as entries of the events list (their own kind, "Sitzung"): the same markup as
// an event's entry (./items.ts), filterable by data-meeting, linking to the meeting on the Politik
// page. Only what the reader kept is shown: name, time, body, place.
import { formatEventTime, formatTime, isoBerlin } from './format'
import { dirOf, t } from './i18n'
import { esc } from './items'
import { hrefFor } from './paths'
import { meetingAnchor, type CouncilMeeting } from './politics'
import type { Locale } from './snapshot'

/** The events list's filter for meetings: a yes/no facet, handled like the others by FilterPanel. */
export const meetingFacet = (locale: Locale) => ({
  key: 'sitzung',
  attr: 'meeting',
  label: t(locale).politics.kind,
  toggle: true,
  options: [{ value: 'ja', label: t(locale).politics.onlyMeetings }],
  locale,
})

export function meetingItem(
  m: CouncilMeeting,
  locale: Locale,
  options: { showDate?: boolean; headingLevel?: 3 | 4 } = {},
) {
  const s = t(locale)
  const { showDate = true, headingLevel = 3 } = options
  const when = showDate ? formatEventTime(m, locale) : `${formatTime(m.start, locale)}${s.oClock}`
  // The council's names are German on every page.
  const german = (text: string) =>
    locale === 'de'
      ? esc(text)
      : `<span lang="de"${dirOf(locale) === 'rtl' ? ' dir="ltr"' : ''}>${esc(text)}</span>`
  const meta = [
    `<time datetime="${esc(isoBerlin(m.start))}">${esc(when)}</time>`,
    ...m.organizations.map((o) => german(o.name)),
    m.location ? german(m.location) : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const href = `${hrefFor(locale, '/politik/')}#${meetingAnchor(m)}`
  const h = `h${headingLevel}`
  return (
    `<li data-filter-item data-meeting="ja" data-day="${esc(isoBerlin(m.start).slice(0, 10))}">` +
    `<${h}><span class="tag">${esc(s.politics.kind)}</span> ${m.cancelled ? `<span class="badge-cancelled">${esc(s.cancelled)}</span> ` : ''}` +
    `<a href="${esc(href)}" lang="de"${m.cancelled ? ' class="cancelled-title"' : ''}>${esc(m.name)}</a></${h}>` +
    `<p class="meta">${meta}</p></li>`
  )
}

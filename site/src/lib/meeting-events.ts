// A council meeting as a calendar entry (VEVENT), one definition for every calendar that carries
// meetings: their own feeds (./meeting-feed.ts) and the site calendar of all events (./feeds.ts).
// The description lists the public agenda only: the reader dropped the non-public items.
import { TZDate } from '@date-fns/tz'
import { ICalEventStatus, type ICalCalendar } from 'ical-generator'

import { timeZone } from '../../../cms/src/lib/berlinTime'
import { inDateBounds } from '../../../cms/src/lib/dateBounds'
import type { CouncilMeeting } from './oparl/schema'
import { safeUrl } from './paths'

const berlin = (value: string) => new TZDate(new Date(value).getTime(), timeZone)

/** The UID of a meeting in every calendar: the same meeting is the same entry for calendar apps. */
export const meetingUid = (m: CouncilMeeting) =>
  `sitzung-${m.id.replace(/^https?:\/\//, '').replace(/[^a-zA-Z0-9]+/g, '-')}@unser-nb.de`

/** Adds the meetings a calendar can write to `cal`; returns how many it added. */
export function addMeetingEvents(
  cal: ICalCalendar,
  meetings: CouncilMeeting[],
  options: { site: URL; stamp: string },
): number {
  const page = new URL('/politik/', options.site).href
  const writable = meetings.filter((x) => inDateBounds(x.start) && (!x.end || inDateBounds(x.end)))
  for (const m of writable) {
    const description = [
      m.cancelled ? 'ABGESAGT.' : '',
      m.organizations.map((o) => o.name).join(', '),
      m.agenda.length
        ? `Öffentliche Tagesordnung:\n${m.agenda.map((a) => `${a.number ? `TOP ${a.number} ` : ''}${a.name}`).join('\n')}`
        : '',
      safeUrl(m.web) ?? page,
    ]
      .filter(Boolean)
      .join('\n\n')
    cal.createEvent({
      id: meetingUid(m),
      start: berlin(m.start),
      end: m.end ? berlin(m.end) : new TZDate(new Date(m.start).getTime() + 3 * 3600 * 1000, timeZone),
      timezone: timeZone,
      stamp: new Date(options.stamp),
      summary: m.cancelled ? `Abgesagt: ${m.name}` : m.name,
      description,
      location: m.location,
      url: safeUrl(m.web) ?? page,
      status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: 'Sitzung' }],
    })
  }
  return writable.length
}

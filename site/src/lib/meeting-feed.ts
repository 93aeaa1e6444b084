// Council meetings as iCalendar (RFC 5545, Europe/Berlin): all of them, or one body's. Same zone
// and product as the events calendar (./feeds.ts); the description lists the public agenda only.
import { TZDate } from '@date-fns/tz'
import ical, { ICalEventStatus } from 'ical-generator'

import { timeZone } from '../../../cms/src/lib/berlinTime'
import { inDateBounds } from '../../../cms/src/lib/dateBounds'
import { berlinVTimezone } from './feeds'
import type { CouncilMeeting } from './politics'
import { safeUrl } from './paths'

const berlin = (value: string) => new TZDate(new Date(value).getTime(), timeZone)

export function meetingCalendar(options: {
  name: string
  meetings: CouncilMeeting[]
  site: URL
  stamp: string
}) {
  const cal = ical({
    name: options.name,
    prodId: { company: 'Stadt Neubrandenburg', product: 'Unser Neubrandenburg', language: 'DE' },
    ttl: 60 * 60 * 6,
  })
  cal.timezone({ name: timeZone, generator: (name) => (name === timeZone ? berlinVTimezone : null) })
  const page = new URL('/politik/', options.site).href
  for (const m of options.meetings.filter((x) => inDateBounds(x.start) && (!x.end || inDateBounds(x.end)))) {
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
      id: `sitzung-${m.id.replace(/^https?:\/\//, '').replace(/[^a-zA-Z0-9]+/g, '-')}@unser-nb.de`,
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
  // RFC 5545 wants DTSTAMP in UTC; ical-generator writes it in the calendar's zone.
  const utc = new Date(options.stamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  return cal.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utc}`)
}

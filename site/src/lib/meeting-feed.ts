// Council meetings as iCalendar (RFC 5545, Europe/Berlin): all of them, or one body's. Same zone
// and product as the events calendar (./feeds.ts), which carries the meetings too.
import ical from 'ical-generator'

import { timeZone } from '../../../cms/src/lib/berlinTime'
import { berlinVTimezone } from './berlin-vtimezone'
import { addMeetingEvents } from './meeting-events'
import type { CouncilMeeting } from './politics'

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
  addMeetingEvents(cal, options.meetings, { site: options.site, stamp: options.stamp })
  // RFC 5545 wants DTSTAMP in UTC; ical-generator writes it in the calendar's zone.
  const utc = new Date(options.stamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  return cal.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utc}`)
}

// One iCalendar file (RFC 5545) of the saved events, made in the browser from the data the pages
// embedded (saved.ts): works offline and sends nothing. Times in UTC (Z), all-day events as dates
// in Berlin; lines end in CRLF and are folded at 75 octets.
import type { SavedItem } from './saved'

const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\r?\n/g, '\\n')
    .replace(/([,;])/g, '\\$1')
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
const berlinDate = (iso: string, plusDays = 0) => {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))
  const d = new Date(`${day}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + plusDays)
  return d.toISOString().slice(0, 10).replace(/-/g, '')
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export function savedEventsIcs(items: SavedItem[], origin: string, now = new Date()): string {
  const host = new URL(origin).hostname
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unser Neubrandenburg//Merkliste//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Meine Merkliste – Unser Neubrandenburg',
  ]
  for (const e of items) {
    if (e.kind !== 'event' || !e.start) continue
    lines.push('BEGIN:VEVENT', `UID:${e.key.replace(':', '-')}@${host}`, `DTSTAMP:${utc(now.toISOString())}`)
    if (e.allDay) {
      lines.push(
        `DTSTART;VALUE=DATE:${berlinDate(e.start)}`,
        `DTEND;VALUE=DATE:${berlinDate(e.end ?? e.start, 1)}`,
      )
    } else {
      lines.push(`DTSTART:${utc(e.start)}`)
      if (e.end) lines.push(`DTEND:${utc(e.end)}`)
    }
    lines.push(`SUMMARY:${escapeText(e.title)}`)
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
    lines.push(`URL:${new URL(e.url, origin).href}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

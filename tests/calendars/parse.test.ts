import { describe, expect, it } from 'vitest'

import { FeedError } from '../../cms/src/calendars/fetchFeed'
import { parseFeed } from '../../cms/src/calendars/parseFeed'
import { FIXTURE_NOW, fixture } from './feed-server'

const berlin = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso))

describe('a Google Calendar export (Kulturverein)', () => {
  const { name, occurrences } = parseFeed(fixture('kulturverein-google.ics'), FIXTURE_NOW)
  const choir = occurrences.filter((o) => o.uid === '4k2l8v0q1t9sd7h3m5n6b8c0e2@google.com')

  it('reads the calendar name and keeps only dates from now to six months ahead', () => {
    expect(name).toBe('Kulturverein Neubrandenburg e. V.')
    expect(occurrences.map((o) => o.title)).not.toContain('Sommerfest (vorbei)')
    expect(occurrences.some((o) => o.title.includes('Jahreshauptversammlung'))).toBe(false)
    expect(occurrences).toHaveLength(11)
  })

  it('expands the weekly series, leaves out the EXDATE and keeps 19:00 Berlin time across the clock change', () => {
    expect(choir.map((o) => berlin(o.start))).toEqual([
      '14.10.26, 19:00',
      '21.10.26, 19:00',
      '28.10.26, 19:00',
      '04.11.26, 19:00',
      '12.11.26, 19:30',
      '18.11.26, 19:00',
      '25.11.26, 19:00',
      '02.12.26, 19:00',
      '09.12.26, 19:00',
    ])
    // 17:00 UTC in summer time, 18:00 UTC after 25 October.
    expect(choir[1].start).toBe('2026-10-21T17:00:00.000Z')
    expect(choir[2].start).toBe('2026-10-28T18:00:00.000Z')
    expect(choir[2].end).toBe('2026-10-28T20:00:00.000Z')
  })

  it('applies the RECURRENCE-ID override under the original date and marks the cancelled instance', () => {
    const moved = choir.find((o) => o.title.includes('verlegt'))!
    expect(moved.key).toBe('4k2l8v0q1t9sd7h3m5n6b8c0e2@google.com#2026-11-11T18:00:00.000Z')
    expect(moved.start).toBe('2026-11-12T18:30:00.000Z')
    expect(moved.summary).toBe('Diese Woche ausnahmsweise am Donnerstag.')
    expect(choir.filter((o) => o.cancelled).map((o) => berlin(o.start))).toEqual(['02.12.26, 19:00'])
    expect(occurrences.find((o) => o.uid === 'lesung-fallada-2026@google.com')).toMatchObject({
      cancelled: true,
      url: 'https://kulturverein-nb.example/lesung',
    })
  })

  it('keeps all-day dates on their calendar days in Berlin (DTEND is exclusive)', () => {
    const market = occurrences.find((o) => o.uid === '7p0weihnachtsmarkt2026@google.com')!
    expect(market).toMatchObject({
      allDay: true,
      start: '2026-12-10T23:00:00.000Z',
      end: '2026-12-13T22:59:00.000Z',
      location: 'Marktplatz Neubrandenburg',
    })
  })

  it('turns escaped text and markup into plain text', () => {
    expect(choir[0].location).toBe('Haus der Kultur und Bildung, Marktplatz 1, 17033 Neubrandenburg')
    expect(choir[0].summary).toBe(
      'Wöchentliche Probe des Stadtchors. Neue Stimmen sind herzlich willkommen!\nBitte Noten mitbringen.',
    )
  })
})

describe('an Outlook export (Sportverein)', () => {
  const { occurrences } = parseFeed(fixture('sportverein-outlook.ics'), FIXTURE_NOW)
  const byTitle = (part: string) => occurrences.filter((o) => o.title.includes(part))

  it('reads floating times as Neubrandenburg time', () => {
    expect(byTitle('Arbeitseinsatz')[0]).toMatchObject({
      start: '2026-11-07T09:00:00.000Z',
      end: '2026-11-07T12:00:00.000Z',
    })
  })

  it('honours Windows time zone names and other zones', () => {
    expect(byTitle('Stockport')[0].start).toBe('2026-11-05T18:00:00.000Z')
    expect(berlin(byTitle('Stockport')[0].start)).toBe('05.11.26, 19:00')
    expect(byTitle('Vorstandssitzung')[0].start).toBe('2026-10-10T08:00:00.000Z')
  })

  it('keeps 18:00 local time across the spring clock change', () => {
    expect(byTitle('Lauftraining').map((o) => o.start)).toEqual([
      '2027-03-16T17:00:00.000Z',
      '2027-03-23T17:00:00.000Z',
      '2027-03-30T16:00:00.000Z',
    ])
  })

  it('imports a single all-day entry without an end', () => {
    expect(byTitle('geschlossen')[0]).toMatchObject({ allDay: true, start: '2026-10-02T22:00:00.000Z' })
    expect(byTitle('geschlossen')[0].end).toBeUndefined()
  })

  it('gives the same result every time (stable keys and hashes)', () => {
    const again = parseFeed(fixture('sportverein-outlook.ics'), FIXTURE_NOW).occurrences
    expect(again.map((o) => `${o.key}|${o.hash}`)).toEqual(occurrences.map((o) => `${o.key}|${o.hash}`))
  })
})

describe('a calendar with floating times only (Nextcloud, no time zone anywhere)', () => {
  it('reads them as Neubrandenburg time, also across the autumn clock change', () => {
    const { occurrences } = parseFeed(fixture('seniorentreff-floating.ics'), FIXTURE_NOW)
    expect(occurrences.map((o) => [o.title, o.start])).toEqual([
      ['Spielenachmittag', '2026-10-20T13:00:00.000Z'],
      ['Spielenachmittag', '2026-10-27T14:00:00.000Z'],
      ['Spielenachmittag', '2026-11-03T14:00:00.000Z'],
      ['Erzählcafé', '2026-11-05T09:00:00.000Z'],
    ])
  })

  it('uses the zone the calendar names in X-WR-TIMEZONE instead', () => {
    const text = fixture('seniorentreff-floating.ics').replace(
      'X-WR-CALNAME',
      'X-WR-TIMEZONE:Europe/London\r\nX-WR-CALNAME',
    )
    const cafe = parseFeed(text, FIXTURE_NOW).occurrences.find((o) => o.title === 'Erzählcafé')!
    expect(cafe.start).toBe('2026-11-05T10:00:00.000Z')
  })
})

describe('bad feeds are refused with a clear German message', () => {
  const cases: [string, string, RegExp][] = [
    ['an HTML login page', 'error-page.html', /Webseite \(HTML\) statt eines Kalenders/],
    ['JSON instead of iCalendar', 'not-ical.json', /kein Kalender im iCalendar-Format/],
    ['a truncated download', 'truncated.ics', /unvollständig/],
    [
      'an impossible date',
      'broken-dates.ics',
      /Ungültiges Datum beim Termin „Stammtisch“: „DTSTART:20261345T250000“/,
    ],
  ]
  for (const [what, file, message] of cases) {
    it(`refuses ${what}`, () => {
      expect(() => parseFeed(fixture(file), FIXTURE_NOW)).toThrow(FeedError)
      expect(() => parseFeed(fixture(file), FIXTURE_NOW)).toThrow(message)
    })
  }

  it('refuses series that repeat every hour or more often before expanding them', () => {
    const minutely = fixture('broken-dates.ics').replace(
      'DTSTART:20261345T250000',
      'DTSTART:20261020T180000\r\nRRULE:FREQ=MINUTELY',
    )
    expect(() => parseFeed(minutely, FIXTURE_NOW)).toThrow(
      /„Stammtisch“ wiederholt sich stündlich oder öfter \(FREQ=MINUTELY\)/,
    )
    const dense = fixture('broken-dates.ics').replace(
      'DTSTART:20261345T250000',
      'DTSTART:20261020T180000\r\nRRULE:FREQ=DAILY;BYHOUR=1,2,3,4,5,6;BYMINUTE=0,10,20,30,40,50',
    )
    expect(() => parseFeed(dense, FIXTURE_NOW)).toThrow(/wiederholt sich stündlich oder öfter/)
  })

  it('refuses more dates than a club calendar plausibly has', () => {
    const daily = fixture('broken-dates.ics').replace(
      'DTSTART:20261345T250000',
      'DTSTART:20261020T180000\r\nRRULE:FREQ=DAILY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18,19,20',
    )
    expect(() => parseFeed(daily, FIXTURE_NOW)).toThrow(/mehr als 1500 Termine in den nächsten 6 Monaten/)
  })

  it('refuses an end before the start', () => {
    const text = fixture('broken-dates.ics').replace(
      'DTSTART:20261345T250000',
      'DTSTART:20261020T180000\r\nDTEND:20261020T170000',
    )
    expect(() => parseFeed(text, FIXTURE_NOW)).toThrow(/„Stammtisch“ endet vor seinem Beginn/)
  })
})

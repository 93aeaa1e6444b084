// Finding 11 of issue 12: a large calendar feed must not block the CMS, and the "hourly or more
// often" check must catch every spelling of a frequent RRULE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FeedError } from '../../cms/src/calendars/fetchFeed'
import { importFeed } from '../../cms/src/calendars/importFeed'
import { parseFeed } from '../../cms/src/calendars/parseFeed'
import { feedLimits } from '../../cms/src/calendars/settings'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { FIXTURE_NOW, fixture, startFeedServer, type FeedServer } from './feed-server'

process.env.CALENDAR_FEEDS_ALLOW_LOCAL = 'true'

describe('the repeat-rule check reads the property, whatever its spelling', () => {
  const withRule = (lines: string) =>
    fixture('broken-dates.ics').replace('DTSTART:20261345T250000', `DTSTART:20261020T180000\r\n${lines}`)
  const variants: [string, string][] = [
    ['a parameter', 'RRULE;X-A=B:FREQ=SECONDLY'],
    ['a quoted parameter holding ":" and ";"', 'RRULE;X-NOTE="a:b;c":FREQ=MINUTELY'],
    ['lower case', 'rrule:freq=secondly'],
    ['a lower-case value', 'RRULE:FREQ=hourly'],
    ['FREQ not first', 'RRULE:INTERVAL=1;FREQ=HOURLY'],
    ['a folded line', 'RRULE:FREQ=SEC\r\n ONDLY'],
    ['a line folded with a tab inside the name', 'RRU\r\n\tLE:FREQ=MINUTELY'],
    ['spaces around the value', 'RRULE: FREQ = SECONDLY '],
    ['a second RRULE line', 'RRULE:FREQ=WEEKLY\r\nRRULE:FREQ=SECONDLY'],
    [
      'many times a day by BYSECOND',
      'RRULE:FREQ=DAILY;BYHOUR=8,9;BYMINUTE=0,30;BYSECOND=0,10,20,30,40,50,55',
    ],
  ]
  for (const [what, lines] of variants) {
    it(`refuses ${what} (${lines.replace(/\r\n[ \t]?/g, '⏎')}) before expanding it`, () => {
      expect(() => parseFeed(withRule(lines), FIXTURE_NOW)).toThrow(FeedError)
      expect(() => parseFeed(withRule(lines), FIXTURE_NOW)).toThrow(
        /„Stammtisch“ wiederholt sich stündlich oder öfter/,
      )
    })
  }

  it('still takes a weekly series with parameters on the rule line', () => {
    const { occurrences } = parseFeed(withRule('RRULE;X-A=B:FREQ=WEEKLY;COUNT=3'), FIXTURE_NOW)
    expect(occurrences.filter((o) => o.title === 'Stammtisch')).toHaveLength(3)
  })
})

// 50,000 entries in just under 5 MB, all in the coming months.
function bigFeed(entries: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Gross//DE']
  const start = Date.now() + 2 * 86_400_000
  for (let i = 0; i < entries; i++) {
    const at = new Date(start + (i % 150) * 86_400_000)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
    lines.push(
      'BEGIN:VEVENT',
      `UID:t${i}@g.example`,
      `DTSTART:${at}`,
      `SUMMARY:Übungsabend ${i}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.join('\r\n') + '\r\n'
}

describe('a 5 MB feed with 50,000 entries', () => {
  let cms: TestCms
  let server: FeedServer
  let feedId: number | string
  const feed = bigFeed(50_000)

  beforeAll(async () => {
    cms = await startTestCms({ api: true, name: 'calendar-budget' })
    server = await startFeedServer()
    server.routes.set('/gross.ics', () => feed)
    const association = await cms.payload.create({
      collection: 'associations',
      data: {
        name: 'Großverein',
        shortDescription: 'Viele Termine',
        kind: 'club',
        _status: 'published',
      } as never,
    })
    const created = await cms.payload.create({
      collection: 'calendar-feeds' as never,
      data: { name: 'Großer Kalender', url: `${server.url}/gross.ics`, association: association.id } as never,
      overrideAccess: true,
      context: { calendarImport: true },
    })
    feedId = (created as { id: number | string }).id
  }, budgets.test)
  afterAll(async () => {
    await server?.close()
    await cms?.close()
  })

  /** Runs the import while asking the CMS over HTTP every 50 ms; returns the result and the slowest answer. */
  async function importWhileAsking() {
    let done = false
    const latencies: number[] = []
    const asking = (async () => {
      while (!done) {
        const t = performance.now()
        const res = await fetch(`${cms.api!.url}/api/globals/settings?depth=0`)
        await res.arrayBuffer()
        latencies.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, 50))
      }
    })()
    const started = performance.now()
    const result = await importFeed(cms.payload, feedId).finally(() => (done = true))
    await asking
    return {
      result,
      ms: performance.now() - started,
      slowest: Math.max(...latencies),
      asked: latencies.length,
    }
  }

  it(
    'is refused by the entry budget with a German message, and the CMS keeps answering meanwhile',
    async () => {
      expect(Buffer.byteLength(feed)).toBeGreaterThan(4.5 * 1024 * 1024)
      expect(Buffer.byteLength(feed)).toBeLessThan(feedLimits.maxBytes)
      const { result, slowest, asked, ms } = await importWhileAsking()
      console.log(
        `entry budget: refused after ${Math.round(ms)} ms; ${asked} requests meanwhile, slowest ${Math.round(slowest)} ms`,
      )
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(
        /Der Kalender enthält 50\.000 Einträge; übernommen werden Kalender mit höchstens 5\.000 Einträgen/,
      )
      expect(slowest).toBeLessThan(2000)
      const stored = (await cms.payload.findByID({
        collection: 'calendar-feeds' as never,
        id: feedId,
        overrideAccess: true,
      })) as { lastError?: string }
      expect(stored.lastError).toContain('50.000 Einträge')
      expect((await cms.payload.count({ collection: 'events' })).totalDocs).toBe(0)
    },
    budgets.slowTest,
  )

  it(
    'is stopped by the time budget when it is let past the entry budget, while the CMS keeps answering',
    async () => {
      const saved = { ...feedLimits }
      feedLimits.maxEntries = 100_000
      // Far below what parsing 5 MB takes on any machine (2-3 s here under load, under 2 s when
      // quiet, which let a 2 s budget pass and the date count refuse the feed instead).
      feedLimits.parseTimeoutMs = 250
      try {
        const { result, slowest, asked, ms } = await importWhileAsking()
        console.log(
          `time budget: stopped after ${Math.round(ms)} ms; ${asked} requests meanwhile, slowest ${Math.round(slowest)} ms`,
        )
        expect(result.ok).toBe(false)
        expect(result.error).toMatch(/Das Lesen hat länger als 0,25 Sekunden gedauert und wurde abgebrochen/)
        expect(asked).toBeGreaterThan(0)
        expect(slowest).toBeLessThan(2000)
      } finally {
        Object.assign(feedLimits, saved)
      }
    },
    budgets.slowTest,
  )
})

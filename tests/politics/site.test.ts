import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ical, { type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/src/seed/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { startConsulStandIn, type ConsulStandIn } from '../participation/consul-stand-in'
import { startOparlStandIn, type OparlStandIn } from './oparl-stand-in'
import { startOpen311StandIn, type Open311StandIn } from './open311-stand-in'
import { buildInChild, everyFileText, page, privateWorkDir, text } from './site-build'

// End to end: council meetings (OParl stand-in), service reports (Open311 stand-in) and Consul
// proposals in real Astro builds of the seeded site: the Politik page, the meeting calendars, the
// search index and a district page; then a second build that reads only the changes.

let cms: TestCms
let oparl: OparlStandIn
let open311: Open311StandIn
let consul: ConsulStandIn
let dir: string
let workDir: string
let cacheDir: string
let out: string
let firstLog: string
let district: { slug: string; name: string }

const berlinDay = (value: string) =>
  new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value))
const meetingStart = (n: number) => {
  const d = new Date(started + n * 24 * 3600 * 1000)
  d.setUTCHours(16, 0, 0, 0)
  return d.toISOString()
}
let started = 0
const headings = (html: string) =>
  [...html.matchAll(/<h3 [^>]*>([\s\S]*?)<\/h3>/g)].map((m) => text(m[1]!).trim())
// What the council keeps to itself: non-public agenda items, and a meeting it deleted.
const hidden = [
  'Grundstücksangelegenheit',
  'Personalangelegenheit',
  'Kita Lindenhof',
  'Sondersitzung',
  'Bebauungsplan Nr. 142',
]

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'politics-site' })
  const { payload } = cms
  await seed(payload, { now: new Date() })
  started = Date.now()
  oparl = await startOparlStandIn()
  open311 = await startOpen311StandIn()
  consul = await startConsulStandIn('ok')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-politics-site-'))
  workDir = privateWorkDir('politics')
  cacheDir = path.join(dir, 'cache')
  fs.mkdirSync(cacheDir)
  out = path.join(dir, 'first')

  const found = (
    await payload.find({
      collection: 'districts',
      where: { slug: { equals: 'katharinenviertel' } },
      depth: 0,
    })
  ).docs[0]!
  district = { slug: found.slug!, name: found.name }
  await payload.update({
    collection: 'districts',
    id: found.id,
    data: {
      councilPapers: [
        {
          title: 'Vorlage 0815/2026: Spielplatz Katharinenstraße',
          url: `${oparl.url}/vo0050.asp?__kvonr=815`,
        },
      ],
      // Around reports 4711 (Ziegelbergstraße) and 4690; 4712 (Datzeberg) lies outside.
      serviceArea: { south: 53.54, north: 53.56, west: 13.24, east: 13.27 },
    } as never,
  })
  const seniors = (
    await payload.find({ collection: 'topics', where: { slug: { equals: 'senioren' } }, depth: 0 })
  ).docs[0]!
  await payload.update({
    collection: 'topics',
    id: seniors.id,
    data: {
      councilPapers: [
        {
          title: 'Vorlage 0912/2026: Bericht des Seniorenbeirats',
          url: `${oparl.url}/vo0050.asp?__kvonr=912`,
        },
      ],
    } as never,
  })
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      participation: { url: consul.url, showTeaser: true, teaserCount: 3 },
      politics: {
        oparlUrl: oparl.systemUrl,
        open311Url: `${open311.url}/georeport/v2`,
        reportUrl: 'https://www.klarschiff-mv.de/neubrandenburg',
        geozones: [{ geozone: 'Katharinenviertel', district: found.id }],
        tags: [{ tag: 'senioren', topic: seniors.id }],
      },
    } as never,
  })
  firstLog = await buildInChild({ cmsUrl: cms.api!.url, outDir: out, cacheDir, workDir })
}, budgets.setup)

afterAll(async () => {
  await oparl?.close()
  await open311?.close()
  await consul?.close()
  await cms?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('the Politik page', () => {
  it('lists the next public meetings with date, place, public agenda items and links to papers and files', () => {
    expect(firstLog).toMatch(/OParl: live – 5 Sitzungen von Stadt Neubrandenburg \(4 kommende\)/)
    const html = page(out, 'politik')
    const upcoming = /<section aria-labelledby="p-upcoming">[\s\S]*?<\/section>/.exec(html)![0]
    const shown = text(upcoming)
    expect(headings(upcoming)).toEqual([
      'Sitzung der Stadtvertretung',
      'Sitzung des Hauptausschusses',
      'Sitzung des Ausschusses für Stadtentwicklung, Umwelt und Bau',
      'Sitzung der Stadtvertretung',
    ])
    expect(shown).toContain(`${berlinDay(meetingStart(9))}, 17:00 – 20:00 Uhr`)
    expect(shown).toContain(
      'Ort: Rathaus, Großer Sitzungssaal, Friedrich-Engels-Ring 53, 17033 Neubrandenburg',
    )
    expect(shown).toContain('TOP 2 Einwohnerfragestunde')
    expect(shown).toContain('TOP 3 Haushaltssatzung 2027 der Stadt Neubrandenburg')
    // Papers and files are linked on the council system, never copied.
    expect(upcoming).toContain(`href="${oparl.url}/oparl/v1/file/302/download"`)
    expect(upcoming).toContain(`href="${oparl.url}/oparl/v1/file/30/download"`)
    expect(upcoming).toContain(`href="${oparl.url}/si0057.asp?__ksinr=3"`)
    expect(fs.existsSync(path.join(out, 'oparl'))).toBe(false)
  })

  it('shows the meetings of the last six months, and nothing older', () => {
    const html = page(out, 'politik')
    const past = text(/<section aria-labelledby="p-past">[\s\S]*?<\/section>/.exec(html)![0])
    expect(past).toContain('Sitzung des Hauptausschusses')
    expect(past).toContain(berlinDay(meetingStart(-60)))
    expect(past).toContain('Bericht des Oberbürgermeisters')
    expect(text(html)).not.toContain('(alt)')
  })

  it('is in English too, and its meetings are in the search index', () => {
    expect(text(page(out, 'en/politik'))).toContain('Sitzung der Stadtvertretung')
    const index = everyFileText(path.join(out, 'pagefind'))
    expect(index.some((f) => f.content.includes('Haushaltssatzung 2027'))).toBe(true)
  })

  it('never shows a non-public agenda item or the deleted meeting, in no page, feed or search index', () => {
    const files = everyFileText(out)
    expect(files.length).toBeGreaterThan(100)
    for (const word of hidden)
      expect(files.filter((f) => f.content.includes(word)).map((f) => f.file)).toEqual([])
  })
})

describe('meeting calendars', () => {
  it('has one calendar of all meetings and one per committee, and they parse', () => {
    const all = ical.sync.parseICS(fs.readFileSync(path.join(out, 'kalender/sitzungen.ics'), 'utf8'))
    const events = Object.values(all).filter((e) => e?.type === 'VEVENT') as VEvent[]
    expect(events).toHaveLength(5)
    const council = events.find((e) => new Date(e.start).getTime() === Date.parse(meetingStart(9)))!
    expect(String(council.summary)).toBe('Sitzung der Stadtvertretung')
    expect(String(council.description)).toContain('TOP 3 Haushaltssatzung 2027 der Stadt Neubrandenburg')
    expect(council.location).toContain('Friedrich-Engels-Ring 53')

    const html = page(out, 'politik')
    const feeds = [...html.matchAll(/href="(\/kalender\/gremien\/[^"]+\.ics)"/g)].map((m) => m[1]!)
    expect(feeds).toHaveLength(3)
    const counts = feeds.map((feed) => {
      const parsed = ical.sync.parseICS(fs.readFileSync(path.join(out, feed), 'utf8'))
      return Object.values(parsed).filter((e) => e?.type === 'VEVENT').length
    })
    expect(counts.sort()).toEqual([1, 2, 2])
  })

  it('carries the meetings in the site calendar of all events too, as "Sitzung", with the UIDs of their own feed', () => {
    const read = (feed: string) =>
      Object.values(ical.sync.parseICS(fs.readFileSync(path.join(out, feed), 'utf8'))).filter(
        (e) => e?.type === 'VEVENT',
      ) as VEvent[]
    const site = read('kalender/veranstaltungen.ics')
    const own = read('kalender/sitzungen.ics')
    const meetings = site.filter((e) => (e.categories ?? []).includes('Sitzung'))
    expect(meetings.map((e) => e.uid).sort()).toEqual(own.map((e) => e.uid).sort())
    expect(meetings).toHaveLength(5)
    // The seeded events are still there, and none of them is a meeting.
    expect(site.length - meetings.length).toBeGreaterThan(3)
    expect(site.filter((e) => e.uid.startsWith('sitzung-'))).toHaveLength(5)
    const council = meetings.find((e) => new Date(e.start).getTime() === Date.parse(meetingStart(9)))!
    expect(String(council.summary)).toBe('Sitzung der Stadtvertretung')
    expect(String(council.description)).toContain('TOP 2 Einwohnerfragestunde')
    // Every DTSTAMP in UTC, the meetings' the build's time.
    const raw = fs.readFileSync(path.join(out, 'kalender/veranstaltungen.ics'), 'utf8')
    expect(raw.match(/^DTSTAMP:(?!\d{8}T\d{6}Z\r?$).*$/gm)).toBeNull()
    for (const word of hidden) expect(raw).not.toContain(word)
  })
})

describe('meetings as their own kind in the events list and search', () => {
  it('lists the upcoming meetings among the events, marked "Sitzung", with a filter of their own', () => {
    const html = page(out, 'veranstaltungen')
    const entries = [...html.matchAll(/<li data-filter-item data-meeting="ja"[^>]*>([\s\S]*?)<\/li>/g)]
    // The list's eight weeks: days 9, 16, 23 and 37 (day 30 was deleted).
    expect(entries.map((m) => text(m[1]!).trim().split(' · ')[0]!)).toEqual([
      'Sitzung Sitzung der Stadtvertretung 17:00 Uhr',
      'Sitzung Sitzung des Hauptausschusses 17:00 Uhr',
      'Sitzung Sitzung des Ausschusses für Stadtentwicklung, Umwelt und Bau 17:00 Uhr',
      'Sitzung Sitzung der Stadtvertretung 17:00 Uhr',
    ])
    expect(entries[0]![0]).toContain(`data-day="${meetingStart(9).slice(0, 10)}"`)
    expect(entries[0]![0]).toMatch(/href="\/politik\/#sitzung-[^"]+"/)
    // The entry's link leads to the meeting on the Politik page.
    const anchor = /href="\/politik\/#(sitzung-[^"]+)"/.exec(entries[0]![0])![1]!
    expect(page(out, 'politik')).toContain(`id="${anchor}"`)
    // Ordinary events are still there, and the filter offers meetings only.
    expect(html.match(/<li data-filter-item data-topic=/g)!.length).toBeGreaterThan(3)
    expect(html).toContain('data-attr="meeting"')
    expect(html).toContain('href="/veranstaltungen/sitzung/ja/"')
    const only = page(out, 'veranstaltungen/sitzung/ja')
    expect(only.match(/<li data-filter-item/g)).toHaveLength(4)
    expect(text(only)).toContain('Nur Sitzungen der Stadtvertretung und Ausschüsse')
    expect(text(page(out, 'en/veranstaltungen'))).toContain('Meeting Sitzung der Stadtvertretung')
  })

  it('indexes the Politik page as kind "Sitzung", each meeting a sub-result', () => {
    const html = page(out, 'politik')
    expect(html).toContain('data-pagefind-filter="Typ:Sitzung"')
    const index = everyFileText(path.join(out, 'pagefind'))
    const fragment = index.find(
      (f) => f.file.startsWith('fragment/') && f.content.includes('"url":"/politik/"'),
    )
    expect(fragment?.content).toContain('"Typ":["Sitzung"]')
    expect(fragment?.content).toMatch(/"anchors":\[[^\]]*"id":"sitzung-/)
  })
})

describe('a district page joins every source', () => {
  it('shows the Consul proposals of its geozone, the linked council papers, the reports and "Mangel melden"', () => {
    const html = page(out, `stadtteile/${district.slug}`)
    const shown = text(html)
    expect(shown).toContain('Vorschläge und Bürgerhaushalt')
    const consulSection = /<section aria-labelledby="g-consul">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    // All three of its proposals, also the two outside the city's twelve most supported items.
    expect(text(consulSection)).toContain('Trinkbrunnen am Marktplatz')
    expect(text(consulSection)).toContain('Grillplatz am Reitbahnsee')
    expect(text(consulSection)).toContain('Blühstreifen statt Rasen')
    expect(consulSection).toContain(`href="${consul.url}/proposals/108"`)
    expect(html).toContain(`href="${oparl.url}/vo0050.asp?__kvonr=815"`)
    expect(shown).toContain('Vorlage 0815/2026: Spielplatz Katharinenstraße')
    const reports = text(/<section aria-labelledby="g-reports"[\s\S]*?<\/section>/.exec(html)![0])
    // Inside the area: 4711 (open) and 4690 (solved ten days ago); 4712 lies in Datzeberg.
    expect(reports).toMatch(/1 offen · 1 in den letzten 30 Tagen erledigt/)
    expect(reports).toContain('Straßenschäden · offen')
    expect(reports).not.toContain('Defekte Straßenbeleuchtung')
    expect(html).toContain('href="https://www.klarschiff-mv.de/neubrandenburg"')
    expect(reports).toContain('Mangel melden')
    for (const personal of ['Erika', '0395 555123', 'Ziegelbergstraße', 'Kennzeichen'])
      expect(html).not.toContain(personal)
  })

  it('shows the budget projects located in its geozone, with their status and a link to Consul', () => {
    const html = page(out, `stadtteile/${district.slug}`)
    const section = /<section aria-labelledby="g-budget">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    const entries = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!).trim())
    expect(text(section)).toContain('Projekte im Bürgerhaushalt')
    // By location (any case), or by the title when the author gave no location; never the
    // unfeasible one, never one located elsewhere.
    expect(entries).toEqual([
      'Neue Spielgeräte für den Spielplatz Katharinenstraße umsetzbar Katharinenviertel, Spielplatz Katharinenstraße',
      'Sitzbänke entlang des Oberbachs wird noch geprüft katharinenviertel',
      'Trinkwasserspender im Katharinenviertel umsetzbar',
    ])
    // The seeded Consul has two budgets: the API does not say which a project belongs to.
    expect(section).toContain(`href="${consul.url}/budgets"`)
    expect(text(page(out, 'stadtteile/datzeberg'))).not.toContain('Projekte im Bürgerhaushalt')
  })
})

describe('a topic page', () => {
  it('shows the Consul proposals whose tags the editors mapped to it', () => {
    const html = page(out, 'themen/senioren')
    const consulSection = /<section aria-labelledby="g-consul">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    expect(text(consulSection)).toContain('Mehr Sitzbänke am Tollensesee-Ufer')
    expect(text(consulSection)).toContain('Öffentliche Toilette am Bahnhof')
    expect(consulSection).not.toContain('Fahrradstreifen')
    expect(text(page(out, 'themen/sport-und-bewegung'))).not.toContain('Vorschläge und Bürgerhaushalt')
  })

  it('links the council papers the editors linked to it, and no budget projects', () => {
    const html = page(out, 'themen/senioren')
    const papers = /<section aria-labelledby="g-papers">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    expect(text(papers)).toContain('Vorlagen der Stadtvertretung')
    expect(text(papers)).toContain('Vorlage 0912/2026: Bericht des Seniorenbeirats')
    expect(papers).toContain(`href="${oparl.url}/vo0050.asp?__kvonr=912"`)
    expect(html).not.toContain('g-budget')
    expect(text(page(out, 'themen/sport-und-bewegung'))).not.toContain('Vorlagen der Stadtvertretung')
  })
})

describe('the next build', () => {
  it(
    'reads only what changed: a changed meeting is updated, a deleted one is gone',
    async () => {
      oparl.change(5, { name: 'Sitzung des Bauausschusses (verlegt)', cancelled: true })
      oparl.remove(7)
      oparl.requests.length = 0
      const next = path.join(dir, 'second')
      const log = await buildInChild({ cmsUrl: cms.api!.url, outDir: next, cacheDir, workDir })
      expect(log).toMatch(/OParl: live – 4 Sitzungen .*2 Änderungen seit dem letzten Stand gelesen/)
      expect(oparl.requests.find((r) => r.startsWith('/oparl/v1/body/1/meetings'))).toMatch(/modified_since=/)
      const upcoming = /<section aria-labelledby="p-upcoming">[\s\S]*?<\/section>/.exec(
        page(next, 'politik'),
      )![0]
      expect(headings(upcoming)).toEqual([
        'Sitzung der Stadtvertretung',
        'Sitzung des Hauptausschusses',
        'Abgesagt Sitzung des Bauausschusses (verlegt)',
      ])
      const all = ical.sync.parseICS(fs.readFileSync(path.join(next, 'kalender/sitzungen.ics'), 'utf8'))
      const summaries = Object.values(all)
        .filter((e) => e?.type === 'VEVENT')
        .map((e) => String((e as VEvent).summary))
      expect(summaries).toContain('Abgesagt: Sitzung des Bauausschusses (verlegt)')
      expect(summaries).toHaveLength(4)
    },
    budgets.slowTest,
  )
})

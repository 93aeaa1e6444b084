import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, shiftToNow, startFeedServer, type FeedServer } from '../calendars/feed-server'
import { startTestCms, type TestCms } from '../helpers/cms'
import { buildInChild, privateWorkDir } from '../helpers/site-build'
import { budgets } from '../helpers/timeouts'
import { startConsulStandIn, type ConsulStandIn } from './consul-stand-in'

// End to end: a club calendar imported by the job and Consul content from the stand-in both end up
// in a real Astro build of the site (buildSite from scripts/build-site.ts, run in child processes).
process.env.CALENDAR_FEEDS_ALLOW_LOCAL = 'true'

let cms: TestCms
let consul: ConsulStandIn
let feeds: FeedServer
let dir: string
let outDir: string
let cacheFile: string
let workDir: string
const logs: string[] = []
const page = (out: string, route: string) => fs.readFileSync(path.join(out, route, 'index.html'), 'utf8')
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'participation-site' })
  consul = await startConsulStandIn('ok')
  feeds = await startFeedServer()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-participation-site-'))
  // A private directory inside the repository: other builds running at the same time (other test
  // files) must not share Astro's prerender chunks in <cwd>/.astro.
  workDir = privateWorkDir('participation')
  outDir = path.join(dir, 'live')
  cacheFile = path.join(dir, 'consul-cache.json')
  const { payload } = cms

  await payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: consul.url, showTeaser: true, teaserCount: 3 } } as never,
  })
  const association = (name: string, trusted: boolean) =>
    payload.create({
      collection: 'associations',
      data: {
        name,
        shortDescription: `${name} aus Neubrandenburg.`,
        kind: 'club',
        _status: 'published',
        trusted,
      } as never,
      overrideAccess: true,
    })
  const kultur = await association('Kulturverein Neubrandenburg', true)
  const sport = await association('SV Tollense 1990', false)
  feeds.routes.set('/sport.ics', () => shiftToNow(fixture('sportverein-outlook.ics')))
  await payload.create({
    collection: 'calendar-feeds',
    data: {
      name: 'Vereinskalender',
      url: `${feeds.url}/shifted/kulturverein-google.ics`,
      association: kultur.id,
    },
  })
  await payload.create({
    collection: 'calendar-feeds',
    data: { name: 'Training', url: `${feeds.url}/sport.ics`, association: sport.id },
  })
  // The job the running CMS would pick up within a minute.
  await payload.jobs.run({ queue: 'default' })

  logs.push(await buildInChild({ cmsUrl: cms.api!.url, outDir, consulCache: cacheFile, workDir }))
}, budgets.setup)

afterAll(async () => {
  await consul?.close()
  await feeds?.close()
  await cms?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('imported club calendar on the site', () => {
  it('lists the imported events of a trusted association after the job ran, with the cancelled one marked', () => {
    const events = text(page(outDir, 'veranstaltungen'))
    expect(events).toContain('Chorprobe Stadtchor')
    expect(events).toContain('Chorprobe Stadtchor (verlegt auf Donnerstag)')
    expect(events).toMatch(/Lesung: Hans Fallada/)
    const data = JSON.parse(fs.readFileSync(path.join(outDir, 'daten', 'veranstaltungen.json'), 'utf8')) as {
      daten: Record<string, unknown>[]
    }
    const imported = data.daten.filter((e) => String(e.titel).startsWith('Chorprobe Stadtchor'))
    expect(imported.length).toBeGreaterThanOrEqual(8)
    expect(data.daten.find((e) => e.titel === 'Lesung: Hans Fallada')).toMatchObject({
      abgesagt: true,
      ort: 'Regionalbibliothek Neubrandenburg',
    })
  })

  it('has a detail page for an imported event', () => {
    const slug = fs
      .readdirSync(path.join(outDir, 'veranstaltungen'))
      .find((name) => name.startsWith('weihnachtsmarkt-stand-des-kulturvereins-'))
    expect(slug).toBeTruthy()
    expect(text(page(outDir, `veranstaltungen/${slug}`))).toContain('Marktplatz Neubrandenburg')
  })

  it('does not show entries that still wait for review', () => {
    expect(text(page(outDir, 'veranstaltungen'))).not.toContain('Lauftraining am Tollensesee')
  })
})

describe('/mitmachen with Consul content', () => {
  it('shows live items from the stand-in with counts, district and links to the Consul instance', () => {
    const html = page(outDir, 'mitmachen')
    expect(logs.join('\n')).toMatch(/Consul: live/)
    expect(text(html)).toContain('Bürgerhaushalt Neubrandenburg 2027')
    expect(text(html)).toContain('Trinkbrunnen am Marktplatz')
    expect(text(html)).toMatch(/Katharinenviertel · 412 Unterstützungen · 35 Kommentare/)
    expect(html).toContain(`href="${consul.url}/proposals/126"`)
    expect(html).toContain(`href="${consul.url}/budgets/4"`)
    expect(html).not.toMatch(/<script>alert/)
    expect(fs.existsSync(cacheFile)).toBe(true)
    // The page lists more than the start page teaser (3), up to 12.
    const list = /<section[^>]*class="participation"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    const items = list.match(/<li>/g)?.length ?? 0
    expect(items).toBeGreaterThan(3)
    expect(items).toBeLessThanOrEqual(12)
  })

  it('shows the teaser with the configured number of items on the start page', () => {
    const home = page(outDir, '')
    const teaser = /<section[^>]*class="participation"[\s\S]*?<\/section>/.exec(home)?.[0] ?? ''
    expect(text(teaser)).toContain('Aktuelle Beteiligungen')
    expect(teaser.match(/<li>/g)).toHaveLength(3)
    expect(teaser).toContain(`href="${consul.url}/proposals/126"`)
  })

  it(
    'shows the dated snapshot when Consul is switched off, and the plain explanation without one',
    async () => {
      consul.mode = 'disabled'
      const cachedOut = path.join(dir, 'cached')
      expect(
        await buildInChild({ cmsUrl: cms.api!.url, outDir: cachedOut, consulCache: cacheFile, workDir }),
      ).toMatch(/abgeschaltet.*Verwende den gespeicherten Stand/)
      const cached = text(page(cachedOut, 'mitmachen'))
      expect(cached).toContain('Trinkbrunnen am Marktplatz')
      expect(cached).toMatch(/Sie sehen den Stand vom/)

      const emptyOut = path.join(dir, 'empty')
      expect(
        await buildInChild({
          cmsUrl: cms.api!.url,
          outDir: emptyOut,
          consulCache: path.join(dir, 'none.json'),
          workDir,
        }),
      ).toMatch(/Kein gespeicherter Stand vorhanden/)
      const empty = text(page(emptyOut, 'mitmachen'))
      expect(empty).not.toContain('Trinkbrunnen am Marktplatz')
      expect(empty).toMatch(/können wir gerade nicht anzeigen/)
    },
    budgets.setup,
  )
})

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/src/seed/index'
import { seedDemoPolitics } from '../../cms/src/seed/politics'
import { startDemoPolitics, type DemoPolitics } from '../../scripts/lib/demo-politics'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { loadParticipation } from '../../site/src/lib/consul/index'
import { loadCouncil } from '../../site/src/lib/oparl/index'
import { loadServiceReports } from '../../site/src/lib/open311/index'
import { launchBrowser } from '../helpers/browser'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { buildInChild, page, privateWorkDir, text } from './site-build'

// The demo mode of `npm start`: the recorded stand-in answers served locally, the seed pointing the
// settings at them, and a real build showing the Politik page and a joined district page, both
// marked as demo data. A database with real addresses is never switched to demo data.

let cms: TestCms
let demo: DemoPolitics
let dir: string
let workDir: string
let out: string
let server: StaticServer
let browser: Browser
let context: BrowserContext
const foreign: string[] = []
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
// Screenshots to look at (SCREENS_DIR names a folder to keep them).
const screens = process.env.SCREENS_DIR ?? path.join(os.tmpdir(), 'nb-screens', 'politics')

beforeAll(async () => {
  demo = await startDemoPolitics(0)
  cms = await startTestCms({ api: true, name: 'politics-demo' })
  await seed(cms.payload, { now: new Date() })
  expect(await seedDemoPolitics(cms.payload, demo)).toBe(true)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-politics-demo-'))
  workDir = privateWorkDir('politics-demo')
  out = path.join(dir, 'site')
  fs.mkdirSync(path.join(dir, 'cache'))
  await buildInChild({ cmsUrl: cms.api!.url, outDir: out, cacheDir: path.join(dir, 'cache'), workDir })
  server = await startStaticServer({ dir: out, port: 0 })
  browser = await launchBrowser()
  context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'block',
  })
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(server.url)) return route.continue()
    foreign.push(route.request().url())
    return route.abort()
  })
  fs.mkdirSync(screens, { recursive: true })
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await demo?.close()
  await cms?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('the recorded demo sources', () => {
  it('answer like the stand-ins, with dates moved to now', async () => {
    const council = await loadCouncil({ systemUrl: demo.oparlUrl })
    expect(council.state).toBe('live')
    expect(council.meetings.filter((m) => Date.parse(m.start) > Date.now())).toHaveLength(4)
    expect(JSON.stringify(council)).not.toContain('Personalangelegenheit')
    const reports = await loadServiceReports({ endpoint: demo.open311Url })
    expect(reports).toMatchObject({ state: 'live' })
    expect(reports.reports).toHaveLength(4)
    // A meeting's or paper's link opens a page that says what this is.
    const linked = await fetch(council.meetings[0]!.web!)
    expect(await linked.text()).toContain('Beispieldaten')
  })

  it("answer Consul's queries too: proposals and budget projects, with dates moved to now", async () => {
    const consul = await loadParticipation({ instanceUrl: demo.consulUrl, limit: 1000 })
    expect(consul.state).toBe('live')
    expect(consul.items.length).toBeGreaterThan(20)
    expect(consul.projects?.map((p) => p.title)).toContain(
      'Neue Spielgeräte für den Spielplatz Katharinenstraße',
    )
    // An unrecorded query is a GraphQL error, as Consul answers one.
    const other = await fetch(`${demo.consulUrl}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: '{ users { edges { node { id } } } }' }),
    })
    expect(await other.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('Beispieldaten') }],
    })
  })
})

describe('a fresh clone shows politics with demo data', () => {
  it('the Politik page shows the meetings, marked "Beispieldaten"', () => {
    const politik = text(page(out, 'politik'))
    expect(politik).toContain('Beispieldaten: Diese Sitzungen und Meldungen sind erfunden')
    expect(politik).toContain('TOP 2 Einwohnerfragestunde')
    expect(text(page(out, 'veranstaltungen'))).toContain('Sitzung Sitzung der Stadtvertretung')
    // On the Arabic page the council's German texts run left to right.
    const arabic = page(out, 'ar/politik')
    expect(arabic).toMatch(/<ol [^>]*lang="de" dir="ltr"[^>]*>\s*<li[^>]*>\s*<span class="top"[^>]*>TOP 1</)
    expect(arabic).toMatch(/<span lang="de" dir="ltr"[^>]*>Rathaus, Großer Sitzungssaal/)
  })

  it('a district page joins papers, reports and "Mangel melden", marked "Beispieldaten"', () => {
    const html = page(out, 'stadtteile/katharinenviertel')
    const shown = text(html)
    expect(shown).toContain('Vorlage 0815/2026: Neugestaltung des Spielplatzes Katharinenstraße')
    expect(shown).toMatch(/Mängelmeldungen Beispieldaten: .* 1 offen · 1 in den letzten 30 Tagen erledigt/)
    expect(html).toContain(`href="${demo.url}/melden"`)
  })

  it('the district page shows its Consul proposals and budget projects, the topic page its paper, marked too', () => {
    const html = page(out, 'stadtteile/katharinenviertel')
    const projects = text(/<section aria-labelledby="g-budget">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
    expect(projects).toContain('Neue Spielgeräte für den Spielplatz Katharinenstraße')
    const proposals = text(/<section aria-labelledby="g-consul">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
    expect(proposals).toContain('Trinkbrunnen am Marktplatz')
    // Both come from the same Consul: the page says "Beispieldaten" for them once, above the first.
    expect(proposals).toContain('Beispieldaten: Diese Vorschläge und Projekte sind erfunden')
    expect(text(html).split('Diese Vorschläge und Projekte sind erfunden').length - 1).toBe(1)
    expect(text(page(out, 'themen/senioren'))).toContain('Vorlage 0912/2026: Bericht des Seniorenbeirats')
    expect(text(page(out, 'mitmachen'))).toContain(
      'Beispieldaten: Diese Vorschläge und Projekte sind erfunden',
    )
  })

  it('leaves real addresses alone', async () => {
    await cms.payload.updateGlobal({
      slug: 'settings',
      data: { politics: { demoData: false, oparlUrl: 'https://ris.example/oparl/v1/system' } },
    })
    expect(await seedDemoPolitics(cms.payload, demo)).toBe(false)
    const settings = await cms.payload.findGlobal({ slug: 'settings', depth: 0 })
    expect(settings.politics).toMatchObject({
      demoData: false,
      oparlUrl: 'https://ris.example/oparl/v1/system',
    })
  })
})

describe('in Chromium', () => {
  it(
    'the Politik, district and events pages pass axe (WCAG 2.1 AA) at 390 and 1280 px and load nothing from elsewhere',
    async () => {
      const violations: Record<string, string[]> = {}
      for (const [name, route] of [
        ['politik', '/politik/'],
        ['stadtteil', '/stadtteile/katharinenviertel/'],
        ['thema', '/themen/senioren/'],
        ['veranstaltungen', '/veranstaltungen/'],
        ['politik-ar', '/ar/politik/'],
      ] as const) {
        for (const width of [390, 1280]) {
          const tab = await context.newPage()
          await tab.setViewportSize({ width, height: 900 })
          await tab.goto(`${server.url}${route}`)
          await tab.screenshot({ path: path.join(screens, `${name}-${width}.png`), fullPage: true })
          await tab.evaluate(axeSource)
          const result = (await tab.evaluate(() =>
            (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
              document,
              { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
            ),
          )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
          const found = result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          )
          if (found.length) violations[`${route} ${width}`] = found
          await tab.close()
        }
      }
      expect(violations).toEqual({})
      expect(foreign).toEqual([])
    },
    budgets.slowTest,
  )

  it('filters the events list to council meetings with the checkbox', async () => {
    const tab = await context.newPage()
    await tab.setViewportSize({ width: 1280, height: 900 })
    await tab.goto(`${server.url}/veranstaltungen/`)
    const all = await tab.locator('#terminliste [data-filter-item]:visible').count()
    await tab.getByLabel('Nur Sitzungen der Stadtvertretung und Ausschüsse').check()
    await expect.poll(() => tab.locator('#terminliste [data-filter-item]:visible').count()).toBe(4)
    expect(await tab.locator('#terminliste [data-filter-item][data-meeting]:visible').count()).toBe(4)
    expect(all).toBeGreaterThan(4)
    expect(tab.url()).toContain('sitzung=ja')
    await tab.screenshot({ path: path.join(screens, 'veranstaltungen-sitzungen-1280.png') })
    // The entry leads to the meeting on the Politik page.
    await tab.locator('#terminliste [data-meeting] a').first().click()
    await tab.waitForURL(/\/politik\/#sitzung-/)
    const anchor = new URL(tab.url()).hash
    await expect.poll(() => tab.locator(anchor).isVisible()).toBe(true)
    await tab.close()
  })
})

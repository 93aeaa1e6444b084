import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/src/seed/index'
import { buildSite } from '../../scripts/build-site'
import { brokenLinks, htmlFiles, vnuErrors } from '../../scripts/lib/site-check'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from '../helpers/browser'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

// Long lists come in pages (site/src/lib/paging.ts): a site with more entries than one page holds
// (200 events, 110 associations and news, 60 offers) has every list paged, with accessible page
// links, filter pages paged the same way, no broken link, the pages in the sitemap, and the
// filter script still filtering the whole list. The 100 KB per page at city scale: `npm run bench`.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
// PAGING_SHOTS=<dir> keeps screenshots of a paged list at 390 and 1280 px there.
const shots = process.env.PAGING_SHOTS

let cms: TestCms
let outDir: string
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'site-paging' })
  const { payload } = cms
  await seed(payload, { counts: { associations: 110, events: 200, opportunities: 80, news: 110 } })
  // Every offer in every language, so the lists of all four languages have a second page.
  const offers = await payload.find({ collection: 'opportunities', limit: 0, depth: 0, locale: 'de' })
  for (const locale of ['en', 'uk', 'ar'] as const)
    for (const o of offers.docs)
      await payload.update({
        collection: 'opportunities',
        id: o.id,
        locale,
        data: { title: `${o.title} (${locale})` },
      })
  // One topic with more associations than its topic page shows (it links the whole list then).
  const sport = (
    await payload.find({ collection: 'topics', where: { slug: { equals: 'sport-und-bewegung' } } })
  ).docs[0]
  const clubs = await payload.find({ collection: 'associations', limit: 40, depth: 0, sort: 'id' })
  for (const a of clubs.docs) {
    const topics = (a.topics ?? []).map((t) => (typeof t === 'object' ? t.id : t))
    if (!topics.includes(sport.id))
      await payload.update({ collection: 'associations', id: a.id, data: { topics: [...topics, sport.id] } })
  }
  // No Consul in this test: the start page shows its "unavailable" state.
  await payload.updateGlobal({ slug: 'settings', data: { participation: { url: 'http://127.0.0.1:9' } } })
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-site-paging-'))
  await buildSite({
    cmsUrl: cms.api!.url,
    outDir,
    participationCacheFile: path.join(cms.dataDir, 'consul-cache.json'),
    log: () => {},
  })
  server = await startStaticServer({ dir: outDir, port: 0 })
  browser = await launchBrowser()
}, budgets.setup)
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await cms?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

const read = (rel: string) => fs.readFileSync(path.join(outDir, rel, 'index.html'), 'utf8')
const entries = (html: string) =>
  [...html.matchAll(/<li data-filter-item[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1])
const days = (html: string) =>
  [...html.matchAll(/<li data-filter-item[^>]*data-day="([^"]+)"/g)].map((m) => m[1])
/** Every page of the list at `rel` ("veranstaltungen/"), in order, from its own page links. */
function pagesOf(rel: string): string[] {
  const pages = [rel]
  while (true) {
    const next = read(pages[pages.length - 1]).match(/<a href="\/([^"]+)" rel="next"/)
    if (!next) return pages
    pages.push(next[1])
  }
}

describe('paged lists (static pages)', () => {
  it('page every list in steps of about 50 entries, events by whole days, nothing lost or doubled', () => {
    for (const list of ['veranstaltungen/', 'vereine/', 'ehrenamt/', 'aktuelles/']) {
      const pages = pagesOf(list)
      expect(pages.length, list).toBeGreaterThan(1)
      expect(pages[1]).toBe(`${list}seite/2/`)
      const all = pages.flatMap((p) => entries(read(p)))
      expect(new Set(all).size, list).toBe(all.length)
      for (const p of pages) expect(entries(read(p)).length, p).toBeLessThanOrEqual(50)
      // Flat lists fill every page but the last; an agenda's pages are cut at calendar weeks.
      if (list !== 'veranstaltungen/')
        for (const p of pages.slice(0, -1)) expect(entries(read(p)).length, p).toBe(50)
      // The count above a filterable list names the whole list, not the page; an agenda's pages
      // leave it out (every new event would change every page), and name it once a filter is set.
      if (list === 'veranstaltungen/')
        for (const p of pages) expect(read(p), p).toMatch(/<p class="result-count"[^>]*>\s*<\/p>/)
      else if (list !== 'aktuelles/') expect(read(pages[1])).toContain(`${all.length} Einträge`)
    }
    // An agenda day is not split between two pages (no seeded day has 50 events), in time order,
    // and two pages share a calendar week only when the week holds more than a page (it has 50).
    const eventPages = pagesOf('veranstaltungen/').map((p) => days(read(p)))
    const monday = (day: string) => {
      const d = new Date(`${day}T12:00:00Z`)
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7))
      return d.toISOString().slice(0, 10)
    }
    for (let n = 1; n < eventPages.length; n++) {
      const [last, first] = [eventPages[n - 1][eventPages[n - 1].length - 1], eventPages[n][0]]
      expect(first > last).toBe(true)
      if (monday(first) === monday(last))
        expect(eventPages[n - 1].length + eventPages[n].length).toBeGreaterThan(50)
    }
  })

  it('link the pages accessibly: a named nav, the current page marked, previous and next', () => {
    const first = read('veranstaltungen/')
    const nav = first.match(/<nav class="pagination"[^>]*>[\s\S]*?<\/nav>/)![0]
    expect(nav).toContain('aria-label="Seiten der Liste"')
    expect(nav).toMatch(/<a href="\/veranstaltungen\/" aria-label="Seite 1" aria-current="page">/)
    expect(nav).toContain('rel="next"')
    expect(nav).not.toContain('rel="prev"')
    const second = read('veranstaltungen/seite/2/')
    expect(second).toMatch(/<title>Veranstaltungen[^<]*\(Seite 2 von \d+\)/)
    expect(second).toMatch(/href="\/veranstaltungen\/" rel="prev"/)
    expect(second).toMatch(/aria-label="Seite 2" aria-current="page"/)
    // Every language pages its lists with its own texts (the offers are translated above).
    expect(read('en/ehrenamt/')).toContain('aria-label="Pages of the list"')
    expect(read('en/ehrenamt/')).toMatch(/rel="next"><span class="pagination-word">Next page</)
    expect(read('uk/ehrenamt/seite/2/')).toContain('aria-label="Сторінки списку"')
    expect(read('ar/ehrenamt/seite/2/')).toMatch(/<title>[^<]*\(الصفحة 2 من \d+\)/)
  })

  it('page the filter pages too, keep topic and district pages short, and break no link', () => {
    // Free admission: the largest filter of the seeded events.
    expect(pagesOf('veranstaltungen/eintritt/frei/').length).toBeGreaterThan(1)
    expect(read('veranstaltungen/eintritt/frei/seite/2/')).toContain('data-filter-panel')
    // The topic page shows 30 of its associations and links their filtered list.
    const topic = read('themen/sport-und-bewegung/')
    const section = topic.match(/<section aria-labelledby="g-assoc">[\s\S]*?<\/section>/)![0]
    expect(entries(section)).toHaveLength(30)
    expect(section).toMatch(/<a href="\/vereine\/thema\/sport-und-bewegung\/">Alle \d+ Vereine<\/a>/)
    const { broken } = brokenLinks(outDir)
    expect([...broken].map(([ref, on]) => `${ref} (auf ${on.length} Seiten, z. B. ${on[0]})`)).toEqual([])
  })

  it('page the Leichte-Sprache lists with the same page links', () => {
    const pages = pagesOf('leichte-sprache/veranstaltungen/')
    expect(pages.length).toBeGreaterThan(1)
    expect(read(pages[0])).toContain('Sie hat ' + pages.length + ' Seiten.')
    expect(read(pages[1])).toMatch(/<title>Veranstaltungen in Leichter Sprache: Seite 2 von \d+/)
  })

  it(
    'the Nu HTML checker finds no error on any page',
    async () => {
      const errors = await vnuErrors(outDir)
      expect(
        errors.map((m) => `${m.url?.split('/').slice(-3).join('/')}:${m.lastLine}: ${m.message}`),
      ).toEqual([])
    },
    budgets.slowTest,
  )

  it('list every page in the sitemap', () => {
    const sitemaps = fs.readdirSync(outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f))
    const xml = sitemaps.map((f) => fs.readFileSync(path.join(outDir, f), 'utf8')).join('')
    for (const p of [
      'veranstaltungen/seite/2/',
      'vereine/seite/2/',
      'aktuelles/seite/2/',
      'en/ehrenamt/seite/2/',
    ])
      expect(xml).toContain(`/${p}</loc>`)
    const pagedFiles = htmlFiles(outDir).filter((p) => p.includes('/seite/'))
    expect(pagedFiles.length).toBeGreaterThan(8)
  })
})

describe('filters across pages (Chromium)', () => {
  const visible = (page: Page) =>
    page.$$eval('#terminliste [data-filter-item]:not([hidden]) h4 a', (links) =>
      links.map((a) => a.getAttribute('href')!),
    )
  const freeEvents = () =>
    pagesOf('veranstaltungen/').flatMap((p) =>
      [...read(p).matchAll(/<li data-filter-item[^>]*data-free="frei"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    )

  it('filter the whole list, not just the page, and show the page again when reset', async () => {
    const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    await page.goto(`${server.url}/veranstaltungen/seite/2/`)
    const own = await visible(page)
    expect(own).toEqual(entries(read('veranstaltungen/seite/2/')))
    await page.check('input[name=eintritt]')
    const expected = freeEvents()
    await page.waitForFunction(
      (n) => document.querySelectorAll('#terminliste [data-filter-item]:not([hidden])').length === n,
      expected.length,
    )
    expect(await visible(page)).toEqual(expected)
    expect(await page.isVisible('[data-pagination]')).toBe(false)
    expect(await page.textContent('[data-filter-count]')).toBe(`${expected.length} Einträge`)
    expect(page.url()).toContain('/veranstaltungen/seite/2/?eintritt=frei')
    await page.click('[data-filter-reset]')
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-pagination]')!.hidden)
    expect(await visible(page)).toEqual(own)
    await page.close()
  })

  it(
    'pass axe-core (WCAG 2.1 A/AA) on later pages, at 390 and 1280 px',
    async () => {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ locale: 'de-DE', viewport: { width, height: 900 } })
        for (const p of [
          '/veranstaltungen/seite/2/',
          '/ar/ehrenamt/seite/2/',
          '/leichte-sprache/vereine/seite/2/',
        ]) {
          await page.goto(`${server.url}${p}`)
          await page.evaluate(axeSource)
          const result = (await page.evaluate(() =>
            (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
              document,
              {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              },
            ),
          )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
          expect(
            result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            `${p} @ ${width}`,
          ).toEqual([])
          if (shots) {
            fs.mkdirSync(shots, { recursive: true })
            const name = p.replace(/\W+/g, '-').replace(/^-|-$/g, '')
            await page.locator('[data-pagination]').scrollIntoViewIfNeeded()
            await page.screenshot({ path: path.join(shots, `${name}-${width}.png`) })
          }
        }
        await page.close()
      }
    },
    budgets.slowTest,
  )

  it('a filter page opened with JavaScript shows every matching entry of the list', async () => {
    const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    await page.goto(`${server.url}/veranstaltungen/eintritt/frei/seite/2/`)
    await page.waitForURL(/\/veranstaltungen\/\?eintritt=frei$/)
    const expected = freeEvents()
    await page.waitForFunction(
      (n) => document.querySelectorAll('#terminliste [data-filter-item]:not([hidden])').length === n,
      expected.length,
    )
    expect(await visible(page)).toEqual(expected)
    await page.close()
  })
})

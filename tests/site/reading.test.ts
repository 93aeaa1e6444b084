import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'
import { read, startSiteFixture, type SiteFixture } from './fixture'

// The site as a citizen reads it: search with natural queries, a layout that stays still, the
// first entries on a phone's first screen, a menu without JavaScript, tidy detail pages.

let f: SiteFixture
let server: StaticServer
let browser: Browser
const contexts: BrowserContext[] = []
const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 800 }

beforeAll(async () => {
  f = await startSiteFixture('site-reading')
  server = await startStaticServer({ dir: f.site.outDir, port: 0 })
  browser = await launchBrowser()
}, budgets.slowTest)

afterAll(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await server?.close()
  await f?.close()
})

async function open(
  p: string,
  options: {
    viewport?: { width: number; height: number }
    javaScriptEnabled?: boolean
    deviceScaleFactor?: number
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: options.viewport ?? desktop,
    ...options,
  })
  contexts.push(context)
  // Layout shifts as Chrome reports them for Core Web Vitals, from the very start of the page.
  await context.addInitScript(() => {
    const w = window as unknown as { cls: number }
    w.cls = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.cls += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const page = await context.newPage()
  await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
  return page
}

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? ''
    return s !== '' && !s.includes('läuft')
  })

type Hit = { path: string; kind: string; facts: string; text: string; more: number }
const hits = (page: Page): Promise<Hit[]> =>
  page.$$eval('.hit', (items) =>
    items.map((li) => ({
      path: (li.querySelector('.hit-title a') as HTMLAnchorElement).pathname,
      kind: li.querySelector('.hit-kind')?.textContent ?? '',
      facts: li.querySelector('.hit-facts')?.textContent ?? '',
      text: li.textContent ?? '',
      more: li.querySelectorAll('.hit-more a').length,
    })),
  )

describe('search', () => {
  it('finds an offer by a natural query with a filler word and a typo, and says what every hit is', async () => {
    const page = await open('/suche/')
    // "beim" is a filler word; "Einkeufen" is not on the site (Pagefind alone answers it with
    // every page containing "ein").
    await page.fill('#suchbegriff', 'Hilfe beim Einkeufen')
    await page.press('#suchbegriff', 'Enter')
    await settled(page)
    const found = await hits(page)
    const full = await page.$$eval('[data-search-results] .hit-title a', (a) =>
      a.map((x) => (x as HTMLAnchorElement).pathname),
    )
    expect(full).toContain('/ehrenamt/besuchspatenschaft-fuer-alleinstehende/')
    expect(await page.textContent('[data-search-status]')).toContain(
      'Keine Treffer für „Einkeufen“. Ergebnisse für „einkaufen“',
    )
    expect(found.length).toBeGreaterThan(0)
    for (const h of found)
      expect(
        [
          'Verein',
          'Termin',
          'Ehrenamt',
          'Meldung',
          'Thema',
          'Stadtteil',
          'Seite',
          'Sitzung',
          'Leichte Sprache',
        ],
        h.path,
      ).toContain(h.kind)
  })

  it('shows only related pages for "Rudern", each event series once with its date and place', async () => {
    const page = await open('/suche/?q=Rudern')
    await settled(page)
    const found = await hits(page)
    expect(found.length).toBeGreaterThan(0)
    // Every hit is about rowing: no page matched through a shared illustration's alt text.
    for (const h of found) expect(h.text.toLowerCase(), h.path).toMatch(/ruder/)
    // The demo rowing series depend on the season of the seed date (cms/src/seed/data/events.ts):
    // trial rowing April to June, tours June to September, indoor rowing November to March; one
    // of them is always coming up (tests/cms/seed-dates.test.ts).
    const series = [
      '/veranstaltungen/schnupperrudern-',
      '/veranstaltungen/wanderrudern-',
      '/veranstaltungen/ergometer-rudern-',
    ]
    const rowing = found.filter((h) => series.some((p) => h.path.startsWith(p)))
    expect(rowing.length).toBeGreaterThan(0)
    for (const p of series)
      expect(rowing.filter((h) => h.path.startsWith(p)).length, p).toBeLessThanOrEqual(1)
    for (const r of rowing) {
      expect(r.kind).toBe('Termin')
      expect(r.facts).toMatch(/\d{4}, \d{2}:\d{2} Uhr/)
      expect(r.facts).toContain('Bootshaus')
      expect(r.more).toBeGreaterThan(0)
    }
    // Excerpts are text, not labels run into values or picture captions.
    for (const h of found) expect(h.text, h.path).not.toMatch(/Wann\d|\(Bild:|Kalender übernehmen/)
  })

  it('loads the index on the first keystroke, not when the page opens', async () => {
    const page = await open('/suche/')
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    await page.waitForLoadState('networkidle')
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([])
    const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind.js')
    await page.focus('#suchbegriff')
    await page.keyboard.type('R')
    await loaded
  })

  for (const viewport of [phone, desktop]) {
    it(`keeps the layout still while results arrive (CLS < 0.05 at ${viewport.width} px)`, async () => {
      const page = await open('/suche/?q=Rudern', { viewport })
      await settled(page)
      await page.waitForSelector('[data-search-results] li')
      // Two frames after the last change, so every shift has been reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls)
      console.log(`CLS Suche mit Treffern bei ${viewport.width} px: ${cls.toFixed(4)}`)
      expect(cls).toBeLessThan(0.05)
    })
  }

  it('has its script inside the document', () => {
    const html = read(f, 'suche/index.html')
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    expect(html.slice(html.indexOf('</html>'))).not.toContain('<script')
  })
})

describe('phone layout', () => {
  it('shows the first entry of the start page and of every list within the first screen at 390 x 844', async () => {
    for (const p of ['/', '/veranstaltungen/', '/vereine/', '/ehrenamt/', '/aktuelles/']) {
      const page = await open(p, { viewport: phone })
      const box = await page
        .locator('main .list > li')
        .first()
        .locator(':is(h2, h3, h4)')
        .first()
        .boundingBox()
      expect(box, p).not.toBeNull()
      expect(box!.y + box!.height, p).toBeLessThanOrEqual(phone.height)
      // Nothing wider than the phone (a header that does not fit scrolls the whole page sideways).
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(
        phone.width,
      )
      await page.close()
    }
  })

  it('opens the menu without JavaScript, and the site name appears once above the heading', async () => {
    const page = await open('/', { viewport: phone, javaScriptEnabled: false })
    const link = page.locator('.menu a[href="/veranstaltungen/"]')
    expect(await link.isVisible()).toBe(false)
    await page.click('.menu summary')
    expect(await link.isVisible()).toBe(true)
    // A compact bar (56 px) plus its own row for the Leichte-Sprache link (BITVO M-V § 6: findable
    // from every page without opening the menu): 90 px, so the first entry still shows at once.
    const header = await page.locator('header').boundingBox()
    expect(header!.height).toBeLessThan(100)
    expect(await page.locator('header .header-easy-row a[href="/leichte-sprache/"]').isVisible()).toBe(true)
    expect(await page.textContent('h1')).not.toContain('Unser Neubrandenburg')
    await Promise.all([page.waitForURL('**/veranstaltungen/'), link.click()])
  })

  it('draws association logos sharp on a 2x screen', async () => {
    const page = await open('/vereine/ruderclub-tollensesee-1921/', { viewport: phone, deviceScaleFactor: 2 })
    const logo = page.locator('article img').first()
    await logo.evaluate((img: HTMLImageElement) => img.decode())
    // The file the browser chose (its width from srcset) has at least two pixels per CSS pixel drawn.
    const { chosen, drawn } = await logo.evaluate((img: HTMLImageElement) => {
      const file = new URL(img.currentSrc).pathname
      const candidate = img.srcset
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .find(([url]) => url === file)
      return { chosen: Number.parseInt(candidate?.[1] ?? '0', 10), drawn: img.getBoundingClientRect().width }
    })
    expect(chosen).toBeGreaterThanOrEqual(drawn * 2)
  })
})

describe('detail pages', () => {
  it('do not repeat the summary as the first paragraph, nor show file-ish picture credits', () => {
    const dir = path.join(f.site.outDir, 'veranstaltungen')
    const pages = fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, 'index.html')))
      .slice(0, 20)
    expect(pages.length).toBeGreaterThan(5)
    for (const d of [...pages.map((p) => `veranstaltungen/${p}`), 'vereine/ruderclub-tollensesee-1921']) {
      const html = read(f, `${d}/index.html`)
      expect(html, d).not.toContain('(Bild: Demo-Grafik')
      const lead = /<p class="lead prose"[^>]*>([^<]+)<\/p>/.exec(html)?.[1]
      if (lead)
        expect(html, d).not.toMatch(
          new RegExp(`<div class="rich prose"[^>]*><p>${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</p>`),
        )
    }
  })
})

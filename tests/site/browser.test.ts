import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteCsp } from '../../scripts/lib/header-policy'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'
import { startSiteFixture, type SiteFixture } from './fixture'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

// The production Content-Security-Policy of every page (scripts/lib/header-policy.ts), applied
// to every response, so the tests prove search and filters work under it.
const productionCsp = (): string | undefined => siteCsp()

let f: SiteFixture
let server: StaticServer
let browser: Browser
let context: BrowserContext
const foreignRequests: string[] = []
const pageErrors: string[] = []
const dialogs: string[] = []
const failedResponses: string[] = []

beforeAll(async () => {
  f = await startSiteFixture('site-browser')
  server = await startStaticServer({ dir: f.site.outDir, port: 0 })
  browser = await launchBrowser()
  // Request interception (the CSP below) does not see what a service worker answers: the worker
  // has its own test (pwa.test.ts), served with the real headers.
  context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'block',
  })
  const csp = productionCsp()
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(server.url)) {
      foreignRequests.push(url)
      return route.abort()
    }
    try {
      const response = await route.fetch()
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...(csp ? { 'content-security-policy': csp } : {}) },
      })
    } catch {
      // The page was closed while a late request (e.g. the favicon) was still on its way.
    }
  })
  context.on('page', (page) => {
    page.on('pageerror', (e) => pageErrors.push(e.message))
    // Failed loads are checked by URL below; every other console error counts.
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !m.text().startsWith('Failed to load resource') && pageErrors.push(m.text()),
    )
    page.on('response', (r) => r.status() >= 400 && failedResponses.push(new URL(r.url()).pathname))
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
  })
}, budgets.slowTest)

afterAll(async () => {
  await context?.unrouteAll({ behavior: 'ignoreErrors' })
  await context?.close()
  await browser?.close()
  await server?.close()
  await f?.close()
})

async function open(p: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
  return page
}

async function searchFor(page: Page, query: string) {
  await page.fill('#suchbegriff', query)
  await page.press('#suchbegriff', 'Enter')
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? ''
    return s !== '' && !s.includes('läuft')
  })
  return page.$$eval('.hit-title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname))
}

describe('search (Pagefind, German)', () => {
  it('finds a seeded association by a word from its description and by a misspelt word', async () => {
    const page = await open('/suche/')
    const profile = `/vereine/${f.edge.association.slug}/`
    expect(await searchFor(page, f.edge.association.word)).toContain(profile)
    expect(await searchFor(page, f.edge.association.misspelt)).toContain(profile)
    expect(await page.textContent('[data-search-status]')).toContain(
      `Keine Treffer für „${f.edge.association.misspelt}“. Ergebnisse für`,
    )

    // One of the lead's seeded associations, by a word only its description contains.
    const res = await fetch(`${f.cms.api!.url}/api/associations?limit=200&depth=0`)
    const docs = ((await res.json()) as { docs: { slug: string; description?: unknown }[] }).docs
    const words = (d: { description?: unknown }) =>
      new Set(JSON.stringify(d.description ?? '').match(/\p{L}{9,}/gu) ?? [])
    const counts = new Map<string, number>()
    for (const d of docs) for (const w of words(d)) counts.set(w, (counts.get(w) ?? 0) + 1)
    const seeded = docs.find(
      (d) => d.slug !== f.edge.association.slug && [...words(d)].some((w) => counts.get(w) === 1),
    )!
    const word = [...words(seeded)].find((w) => counts.get(w) === 1)!
    expect(await searchFor(page, word), word).toContain(`/vereine/${seeded.slug}/`)
    await page.close()
  })

  it('narrows results with the type filter and shows excerpts', async () => {
    const page = await open('/suche/')
    const all = await searchFor(page, 'Klöppeln')
    await page.click('[data-search-filters] summary')
    expect(all.some((p) => p.startsWith('/veranstaltungen/'))).toBe(true)
    await page.selectOption('#filter-typ', 'Verein')
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.hit-title a')).every((a) =>
        (a as HTMLAnchorElement).pathname.startsWith('/vereine/'),
      ),
    )
    const filtered = await page.$$eval('.hit-title a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    )
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.length).toBeLessThan(all.length)
    expect(await page.$$eval('[data-search-results] mark', (m) => m.length)).toBeGreaterThan(0)
    await page.close()
  })

  it('is reachable with the keyboard alone', async () => {
    const page = await open('/')
    let onSearchLink = false
    for (let i = 0; i < 25 && !onSearchLink; i++) {
      await page.keyboard.press('Tab')
      onSearchLink = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') === '/suche/',
      )
    }
    expect(onSearchLink).toBe(true)
    await Promise.all([page.waitForURL('**/suche/'), page.keyboard.press('Enter')])
    let onInput = false
    for (let i = 0; i < 25 && !onInput; i++) {
      await page.keyboard.press('Tab')
      onInput = await page.evaluate(() => document.activeElement?.id === 'suchbegriff')
    }
    expect(onInput).toBe(true)
    await page.keyboard.type(f.edge.association.word)
    await page.keyboard.press('Enter')
    await page.waitForSelector(`[data-search-results] a[href*="${f.edge.association.slug}"]`)
    await page.close()
  })
})

describe('filters on list pages', () => {
  it('narrow the associations by kind, district, members wanted and text, and keep them in the URL', async () => {
    const page = await open('/vereine/')
    const visible = () =>
      page.$$eval('#vereinsliste [data-filter-item]:not([hidden])', (items) =>
        items.map((i) => (i as HTMLElement).dataset),
      )
    const total = (await visible()).length
    expect(total).toBeGreaterThan(20)
    await page.selectOption('#vereinsliste-art', 'netzwerk-dachverband')
    const networks = await visible()
    expect(networks.length).toBeGreaterThan(0)
    expect(networks.length).toBeLessThan(total)
    expect(networks.every((d) => d.kind === 'netzwerk-dachverband')).toBe(true)
    expect(page.url()).toContain('art=netzwerk-dachverband')
    expect(await page.textContent('[data-filter-count]')).toBe(
      `${networks.length} ${networks.length === 1 ? 'Eintrag' : 'Einträge'}`,
    )
    await page.selectOption('#vereinsliste-art', '')
    await page.check('input[name=mitglieder]')
    const looking = await visible()
    expect(looking.length).toBeLessThan(total)
    expect(looking.every((d) => d.members === 'ja')).toBe(true)
    await page.fill('#vereinsliste-q', 'klöppel')
    expect((await visible()).length).toBe(1)
    await page.close()
  })

  it('narrow the events by date range and target group', async () => {
    const page = await open('/veranstaltungen/')
    const count = () => page.$$eval('#terminliste [data-filter-item]:not([hidden])', (i) => i.length)
    const total = await count()
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)
    await page.fill('#terminliste-from', day(1))
    await page.fill('#terminliste-to', day(7))
    const week = await count()
    expect(week).toBeGreaterThan(0)
    expect(week).toBeLessThan(total)
    const days = await page.$$eval('#terminliste [data-filter-item]:not([hidden])', (i) =>
      i.map((x) => (x as HTMLElement).dataset.day!),
    )
    expect(days.every((d) => d >= day(1) && d <= day(7))).toBe(true)
    await page.fill('#terminliste-from', '')
    await page.fill('#terminliste-to', '')
    expect(await count()).toBe(total)
    // Only target groups with events are offered (which ones depends on the season of the demo dates).
    const group = await page.$eval('#terminliste-zielgruppe', (s) =>
      [...(s as HTMLSelectElement).options].map((o) => o.value).find((v) => v && v !== 'alle')!,
    )
    await page.selectOption('#terminliste-zielgruppe', group)
    const children = await page.$$eval('#terminliste [data-filter-item]:not([hidden])', (i) =>
      i.map((x) => (x as HTMLElement).dataset.target!),
    )
    expect(children.length).toBeGreaterThan(0)
    expect(children.length).toBeLessThan(total)
    expect(children.every((t) => t.split(' ').includes(group))).toBe(true)
    // Day headings without visible entries disappear with them.
    expect(
      await page.$$eval('#terminliste [data-filter-group]:not([hidden])', (g) =>
        g.every((x) => x.querySelector('[data-filter-item]:not([hidden])')),
      ),
    ).toBe(true)
    await page.close()
  })

  it('work without JavaScript through plain links', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const page = await noJs.newPage()
    await page.goto(`${server.url}/vereine/`)
    expect(await page.isVisible('[data-filter-form]')).toBe(false)
    await page.click('summary:has-text("Art")')
    await page.click('a[href="/vereine/art/netzwerk-dachverband/"]')
    expect(new URL(page.url()).pathname).toBe('/vereine/art/netzwerk-dachverband/')
    const kinds = await page.$$eval('[data-filter-item]', (items) =>
      items.map((i) => (i as HTMLElement).dataset.kind),
    )
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.every((k) => k === 'netzwerk-dachverband')).toBe(true)
    await noJs.close()
  })
})

describe('accessibility (axe-core, WCAG 2.1 A/AA) and privacy', () => {
  const pages = () => [
    '/',
    '/en/',
    '/vereine/',
    `/vereine/${f.edge.association.slug}/`,
    `/vereine/${f.edge.network.slug}/`,
    '/vereine/art/netzwerk-dachverband/',
    '/veranstaltungen/',
    `/veranstaltungen/${f.edge.cancelledEvent.slug}/`,
    `/veranstaltungen/${f.edge.specialEvent.slug}/`,
    '/veranstaltungen/archiv/',
    '/ehrenamt/',
    `/ehrenamt/${f.edge.currentOpportunity.slug}/`,
    '/aktuelles/',
    '/themen/',
    `/themen/${f.edge.topic.slug}/`,
    '/stadtteile/',
    '/mitmachen/',
    '/seiten/barrierefreiheit/',
    '/seiten/impressum/',
    '/daten/',
    `/suche/?q=${encodeURIComponent(f.edge.association.word)}`,
    '/gibt-es-nicht/',
    `/en/vereine/${f.edge.association.slug}/`,
    `/en/suche/?q=${encodeURIComponent('Bobbin')}`,
    `/veranstaltungen/monat/${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date(f.edge.dstAfter.start))}/`,
  ]

  it(
    'reports no violations on every page type',
    async () => {
      const news = (await (await fetch(`${f.cms.api!.url}/api/news?limit=1&depth=0`)).json()) as {
        docs: { slug: string }[]
      }
      const districts = (await (await fetch(`${f.cms.api!.url}/api/districts?limit=1&depth=0`)).json()) as {
        docs: { slug: string }[]
      }
      const results: Record<string, string[]> = {}
      for (const p of [
        ...pages(),
        `/aktuelles/${news.docs[0].slug}/`,
        `/stadtteile/${districts.docs[0].slug}/`,
      ]) {
        const page = await open(p)
        if (p.includes('/suche/')) await page.waitForSelector('.hit')
        await page.evaluate(axeSource)
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
            document,
            {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            },
          ),
        )) as { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }
        results[p] = result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
        expect(result.passes.length, p).toBeGreaterThan(10)
        await page.close()
      }
      const checked = Object.keys(results).length
      console.log(`axe-core: ${checked} Seiten geprüft, ${Object.values(results).flat().length} Verstöße`)
      expect(Object.fromEntries(Object.entries(results).filter(([, v]) => v.length))).toEqual({})
      // 27 pages, each loaded and checked by axe: 2-7 s a page on a busy shared machine.
    },
    budgets.slowTest,
  )

  it('loads nothing from other origins, runs no injected script and logs no errors', () => {
    expect(foreignRequests).toEqual([])
    expect(dialogs).toEqual([])
    expect(pageErrors).toEqual([])
    // Only the addresses the tests request on purpose are missing.
    expect(failedResponses.filter((p) => !p.includes('gibt-es-nicht'))).toEqual([])
  })

  it('serves its 404 page with status 404', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${server.url}/vereine/gibt-es-nicht/`)
    expect(response?.status()).toBe(404)
    expect(await page.textContent('h1')).toBe('Diese Seite gibt es nicht')
    await page.close()
  })
})

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import ical, { type VEvent } from 'node-ical'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BuildStore } from '../../scripts/build-runner/builds'
import { loadHeaderRules } from '../../scripts/lib/netlify-rules'
import { startSiteServer, type SiteServer } from '../../scripts/build-runner/site-server'
import { buildSite } from '../../scripts/build-site'
import { launchBrowser, launchPersistentBrowser } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'
import { startSiteFixture, type SiteFixture } from './fixture'

// The installable app: manifest, service worker (offline reading, updates), Merkliste and its
// .ics export, install hint. The site is served as the build runner serves it (netlify.toml's
// headers with the real CSP, a `current` link switched between builds), never through request
// interception, which a service worker would bypass.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const shots = process.env.PWA_SHOTS ? '/tmp/pwa-shots' : undefined

let f: SiteFixture
let store: BuildStore
let server: SiteServer
/** The parts of the web app manifest the test reads beyond toMatchObject. */
type WebManifest = { icons: { src: string; purpose: string }[]; shortcuts: { url: string }[] }
let context: BrowserContext
let root: string
const consoleErrors: string[] = []

async function build(log: string[] = []) {
  const id = store.newId()
  const result = await buildSite({
    cmsUrl: f.cms.api!.url,
    outDir: store.partialDir(id),
    cacheDir: path.join(root, 'cache'),
    participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
    log: (m) => log.push(m),
  })
  await store.complete(id)
  await store.activate(id)
  return { id, result, log }
}

beforeAll(async () => {
  f = await startSiteFixture('site-pwa', { build: false })
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-pwa-'))
  store = new BuildStore(root)
  await store.init()
  const first = await build()
  console.log(first.log.find((l) => l.startsWith('Fertig')))
  server = await startSiteServer({
    liveDir: store.liveLink,
    rules: loadHeaderRules(path.resolve('netlify.toml')),
  })
  // A profile on disk: Chrome does not offer installation in incognito-like contexts.
  context = await launchPersistentBrowser(path.join(root, 'profile'), {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
  })
  context.on('page', (page) => {
    page.on('pageerror', (e) => consoleErrors.push(e.message))
    // Offline loads fail on purpose; CSP violations and script errors are what counts.
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !m.text().startsWith('Failed to load resource') &&
        consoleErrors.push(m.text()),
    )
  })
  if (shots) fs.mkdirSync(shots, { recursive: true })
}, budgets.slowTest)

afterAll(async () => {
  await context?.close()
  await server?.close()
  await f?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

async function open(page: Page, p: string) {
  await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
  return page
}

const eventPage = () => `/veranstaltungen/${f.edge.dstBefore.slug}/`
const associationPage = () => `/vereine/${f.edge.association.slug}/`
const headerColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)

describe('installable app', () => {
  it('has a manifest without installability errors, in German and English, with icons and shortcuts', async () => {
    const page = await open(await context.newPage(), '/')
    const cdp = await context.newCDPSession(page)
    await expect
      .poll(async () => ((await cdp.send('Page.getAppManifest')) as { url: string }).url)
      .toContain('/manifest.webmanifest')
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[]
    }
    expect(installabilityErrors).toEqual([])
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as WebManifest
    expect(manifest).toMatchObject({
      lang: 'de-DE',
      display: 'standalone',
      start_url: '/',
      theme_color: '#0b4f8a',
    })
    expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(2)
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/veranstaltungen/', '/ehrenamt/', '/suche/'])
    for (const icon of manifest.icons)
      expect((await fetch(`${server.url}${icon.src}`)).headers.get('content-type')).toBe('image/png')
    const en = (await (await fetch(`${server.url}/en/manifest.webmanifest`)).json()) as WebManifest
    expect(en).toMatchObject({ lang: 'en', start_url: '/en/', scope: '/' })
    for (const file of ['/sw.js', '/manifest.webmanifest'])
      expect((await fetch(`${server.url}${file}`)).headers.get('cache-control')).toBe('no-cache')
    await page.close()
  })
})

describe('offline reading', () => {
  const visited = () => ['/', associationPage(), eventPage()]

  it(
    'registers under the CSP, opens visited pages offline and shows the offline page otherwise',
    async () => {
      const page = await context.newPage()
      const headings: Record<string, string | null> = {}
      for (const p of visited()) {
        await open(page, p)
        headings[p] = await page.textContent('main h1')
        expect(
          await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL)),
        ).toBe(`${server.url}/sw.js`)
      }
      // Every visited page is in the cache (the first one through the worker's activation).
      await expect
        .poll(() =>
          page.evaluate(async () =>
            (await (await caches.open('nb-seiten')).keys()).map((r) => new URL(r.url).pathname).sort(),
          ),
        )
        .toEqual(expect.arrayContaining(visited()))
      await context.setOffline(true)
      try {
        for (const p of visited()) {
          await page.goto(`${server.url}${p}`)
          expect(await page.textContent('main h1'), p).toBe(headings[p])
          await page.reload()
          expect(await page.textContent('main h1'), p).toBe(headings[p])
          expect(await headerColour(page), p).toBe('rgb(11, 79, 138)')
        }
        await page.goto(`${server.url}/ehrenamt/${f.edge.currentOpportunity.slug}/`)
        expect(await page.textContent('h1')).toBe('Sie sind offline')
        expect(await headerColour(page)).toBe('rgb(11, 79, 138)')
      } finally {
        await context.setOffline(false)
      }
      expect(consoleErrors).toEqual([])
      await page.close()
    },
    budgets.test,
  )

  it(
    'searches offline in what Pagefind fetched before',
    async () => {
      const page = await open(
        await context.newPage(),
        `/suche/?q=${encodeURIComponent(f.edge.association.word)}`,
      )
      await page.evaluate(() => navigator.serviceWorker.ready)
      const hits = () =>
        page.$$eval('.hit-title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname))
      // The index comes in shards merged in the browser (scripts/lib/search-index.ts): more than
      // expect.poll's default second on a busy machine.
      await expect.poll(hits, { timeout: 20_000 }).toContain(associationPage())
      await context.setOffline(true)
      try {
        await page.reload()
        await expect.poll(hits, { timeout: 20_000 }).toContain(associationPage())
      } finally {
        await context.setOffline(false)
      }
      await page.close()
    },
    budgets.test,
  )
})

describe('Merkliste', () => {
  it(
    'saves an event and an association, keeps them over a reload and offline, and exports the event as .ics',
    async () => {
      const page = await context.newPage()
      await open(page, eventPage())
      const button = page.getByRole('button', { name: 'Merken' })
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false')
      await button.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
      expect(await page.textContent('[data-save-status]')).toContain('Gemerkt.')
      if (shots)
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 })
          await page.screenshot({ path: `${shots}/termin-${width}.png`, fullPage: width === 390 })
        }
      await open(page, associationPage())
      await page.getByRole('button', { name: 'Merken' }).click()
      await page.reload()
      await expect
        .poll(() => page.getByRole('button', { name: 'Merken' }).getAttribute('aria-pressed'))
        .toBe('true')

      await open(page, '/merkliste/')
      const titles = () => page.$$eval('.saved-item h2', (hs) => hs.map((h) => h.textContent))
      await expect.poll(titles).toEqual(['Klöppeln vor der Zeitumstellung', f.edge.association.name])
      expect(await page.textContent('.saved-item .meta')).toBe('Veranstaltung')
      if (shots)
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 })
          await page.screenshot({ path: `${shots}/merkliste-${width}.png`, fullPage: true })
        }

      await context.setOffline(true)
      try {
        await page.reload()
        await expect.poll(titles).toHaveLength(2)
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: /Kalenderdatei/ }).click(),
        ])
        const text = fs.readFileSync((await download.path())!, 'utf8')
        expect(download.suggestedFilename()).toBe('merkliste.ics')
        expect(text.split('\r\n').length).toBeGreaterThan(8)
        expect(text.replace(/\r\n/g, '')).not.toContain('\n')
        const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]
        expect(events).toHaveLength(1)
        expect(events[0].summary).toBe('Klöppeln vor der Zeitumstellung')
        expect(events[0].uid).toMatch(/^event-\d+@127\.0\.0\.1$/)
        expect(events[0].dtstamp).toBeTruthy()
        expect(new Date(events[0].start).toISOString()).toBe(new Date(f.edge.dstBefore.start).toISOString())
        expect(
          new Intl.DateTimeFormat('de-DE', {
            timeZone: 'Europe/Berlin',
            hour: '2-digit',
            minute: '2-digit',
          }).format(new Date(events[0].start)),
        ).toBe('19:00')
      } finally {
        await context.setOffline(false)
      }
      await page.close()
    },
    budgets.test,
  )

  it('shows no button without JavaScript', async () => {
    const browser = await launchBrowser()
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })).newPage()
      await page.goto(`${server.url}${eventPage()}`)
      expect(await page.locator('.save').count()).toBe(1)
      expect(await page.getByRole('button', { name: 'Merken' }).count()).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it(
    'has no axe violations on the list and on a detail page with the button',
    async () => {
      for (const p of ['/merkliste/', eventPage(), associationPage()]) {
        const page = await open(await context.newPage(), p)
        await page.waitForSelector(p === '/merkliste/' ? '.saved-item' : '.save:not([hidden])')
        await page.evaluate(axeSource)
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
            document,
            { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
          ),
        )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
        expect(
          result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          p,
        ).toEqual([])
        await page.close()
      }
    },
    budgets.test,
  )
})

describe('install hint', () => {
  it('appears when the browser offers installation and never again once dismissed', async () => {
    const page = await context.newPage()
    // Notes when Chrome fires its install offer (the site is installable, so it does).
    await page.addInitScript(() =>
      addEventListener(
        'beforeinstallprompt',
        () => ((window as unknown as { offered: boolean }).offered = true),
      ),
    )
    await open(page, '/vereine/')
    const hint = page.getByRole('complementary', { name: 'App installieren' })
    await hint.waitFor()
    expect(await hint.textContent()).toContain('als App auf Ihrem Gerät installieren')
    if (shots) await page.screenshot({ path: `${shots}/installhinweis.png`, fullPage: true })
    await page.getByRole('button', { name: 'Nein, danke' }).click()
    expect(await hint.count()).toBe(0)
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { offered?: boolean }).offered))
      .toBe(true)
    // The page's own listener ran in the same event and returned at once: no hint, no module.
    expect(await page.locator('.install-hint').count()).toBe(0)
    await page.close()
  })
})

describe('a new build', () => {
  it(
    'reaches a returning visitor on the next navigation',
    async () => {
      const page = await open(await context.newPage(), associationPage())
      await page.evaluate(() => navigator.serviceWorker.ready)
      expect(await page.textContent('h1')).toBe(f.edge.association.name)
      await f.cms.payload.update({
        collection: 'associations',
        id: f.edge.association.id,
        data: { name: 'Klöppelkreis Neubrandenburg' },
      })
      const second = await build()
      expect(second.result.rendered).toBeGreaterThan(0)
      await page.goto(`${server.url}${associationPage()}`)
      expect(await page.textContent('h1')).toBe('Klöppelkreis Neubrandenburg')
      expect(await headerColour(page)).toBe('rgb(11, 79, 138)')
      expect(consoleErrors).toEqual([])
      await page.close()
    },
    budgets.slowTest,
  )
})

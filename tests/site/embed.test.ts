import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSiteServer, type SiteServer } from '../../scripts/build-runner/site-server'
import { buildSite } from '../../scripts/build-site'
import { siteFiles } from '../../scripts/lib/header-policy'
import {
  addressesOf,
  headerConflicts,
  loadHeaderRules,
  parseHeadersFile,
} from '../../scripts/lib/netlify-rules'
import { vnuErrors } from '../../scripts/lib/site-check'
import { freePort, launchBrowser } from '../helpers/browser'
import { startSiteFixture, type SiteFixture } from './fixture'

// issue 20, embeds: a partner copies the snippets from the Einbetten page into a page of its own
// (another local origin with a strict CSP of its own); the frame shows there because the editors
// listed that origin, and is refused on an origin not in the list; the web component renders the
// same entries on any origin. axe-clean, no cookies, nothing from third parties.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screens = '/work/screens/s26/embeds'

let f: SiteFixture
let site: SiteServer
let browser: Browser
const hosts: { server: http.Server; origin: string }[] = []
let snippets: { frame: string; component: string }
const hour = 3600_000
const started = Date.now()
const soonEvents = 52

/** A partner's page: its own strict CSP allows our origin for scripts, data and frames only. */
function startHost(port: number, siteOrigin: string, body: () => string) {
  const server = http.createServer((_req, res) => {
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src ${siteOrigin}; connect-src ${siteOrigin}; frame-src ${siteOrigin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`,
      })
      .end(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Grundschule am See – Termine</title></head><body><main><h1>Grundschule am See</h1><h2>Termine in der Stadt</h2>${body()}</main></body></html>`,
      )
  })
  return new Promise<{ server: http.Server; origin: string }>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${port}` })),
  )
}

beforeAll(async () => {
  f = await startSiteFixture('embed', { build: false })
  const [allowedPort, deniedPort] = [await freePort(), await freePort()]
  // The editors list the partner's origin (the settings field the admin shows).
  await f.cms.payload.updateGlobal({
    slug: 'settings',
    data: {
      embeds: { allowedOrigins: [{ origin: `http://127.0.0.1:${allowedPort}`, note: 'Grundschule' }] },
    },
  })
  // More upcoming events than one feed page holds (50), all soon: the web component must page on
  // once they have ended (see 'follows the feed's paging').
  const association = (await f.cms.payload.find({ collection: 'associations', limit: 1, depth: 0 })).docs[0]
  for (let i = 1; i <= soonEvents; i++)
    await f.cms.payload.create({
      collection: 'events',
      data: {
        title: `Sprechstunde ${i}`,
        start: new Date(started + i * hour).toISOString(),
        end: new Date(started + i * hour + hour / 2).toISOString(),
        attendance: 'onsite',
        venue: { name: 'Rathaus' },
        organizers: [association.id],
        _status: 'published',
      } as never,
    })
  Object.assign(
    f.site,
    await buildSite({
      cmsUrl: f.cms.api!.url,
      outDir: f.site.outDir,
      participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
      log: () => {},
    }),
  )
  site = await startSiteServer({
    liveDir: f.site.outDir,
    rules: loadHeaderRules(path.resolve(import.meta.dirname, '../../netlify.toml')),
  })
  browser = await launchBrowser()
  const body = () => `${snippets.frame}\n${snippets.component}`
  hosts.push(await startHost(allowedPort, site.url, body), await startHost(deniedPort, site.url, body))
}, 600_000)
afterAll(async () => {
  await browser?.close()
  for (const h of hosts) await new Promise((r) => h.server.close(r))
  await site?.close()
  await f?.close()
})

type Watch = { foreign: string[]; violations: string[]; bytes: Record<string, number> }
async function open(
  context: BrowserContext,
  url: string,
  allowed: string[],
): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage()
  const watch: Watch = { foreign: [], violations: [], bytes: {} }
  page.on('request', (r) => {
    if (!allowed.includes(new URL(r.url()).origin)) watch.foreign.push(r.url())
  })
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes()
    watch.bytes[r.url()] = sizes.responseBodySize + sizes.responseHeadersSize
  })
  page.on('console', (m) => {
    if (/Content Security Policy|Refused/i.test(m.text())) watch.violations.push(m.text())
  })
  await page.goto(url)
  return { page, watch }
}
async function axe(target: Page | Frame) {
  await target.evaluate(axeSource)
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
const frameOf = async (page: Page) => {
  const handle = await page.waitForSelector('iframe')
  return (await handle.contentFrame())!
}
const componentTitles = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('unser-nb-liste')?.shadowRoot
    const links = [...(root?.querySelectorAll('li a') ?? [])].map((a) => a.textContent)
    return links.length ? links : null
  })

describe('embeds on a partner page', () => {
  it('the Einbetten page builds the snippets for a selection and previews them', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
    const { page, watch } = await open(context, `${site.url}/einbetten/`, [site.url])
    await page.selectOption('#embed-kind', 'veranstaltungen')
    await page.fill('#embed-count', '3')
    const preview = await frameOf(page)
    await preview.waitForURL(/anzahl=3/)
    await preview.waitForSelector('li')
    expect(await preview.locator('li').count()).toBe(3)
    // A partner with a dark page fixes the frame's colours to dark.
    await page.selectOption('#embed-scheme', 'dunkel')
    const dark = await frameOf(page)
    await dark.waitForURL(/farbschema=dunkel/)
    await dark.waitForSelector('li')
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 27, 31)')
    await page.selectOption('#embed-scheme', '')
    const frame = await page.inputValue('#embed-snippet')
    expect(frame).toContain(`<iframe src="${site.url}/einbetten/veranstaltungen/?anzahl=3"`)
    await page.check('#embed-component')
    const component = await page.inputValue('#embed-snippet')
    expect(component).toContain(`feed="${site.url}/daten/v1/veranstaltungen.json" anzahl="3"`)
    expect(await componentTitles(page).then((h) => h.jsonValue())).toHaveLength(3)
    snippets = { frame, component }
    expect(await axe(page)).toEqual([])
    fs.mkdirSync(screens, { recursive: true })
    await page.screenshot({ path: `${screens}/einbetten-1280.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${screens}/einbetten-390.png`, fullPage: true })
    expect(watch.foreign).toEqual([])
    expect(watch.violations).toEqual([])
    await context.close()
  }, 180_000)

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the frame and the component on a listed origin with a strict CSP (${scheme})`, async () => {
      const context = await browser.newContext({
        locale: 'de-DE',
        colorScheme: scheme,
        viewport: { width: 1280, height: 1200 },
      })
      const host = hosts[0].origin
      const { page, watch } = await open(context, `${host}/`, [host, site.url])
      const frame = await frameOf(page)
      await frame.waitForSelector('li')
      const framed = await frame.locator('li a').allTextContents()
      const component = (await (await componentTitles(page)).jsonValue()) as string[]
      const feed = (await (await fetch(`${site.url}/daten/v1/veranstaltungen.json`)).json()) as {
        items: { title: string }[]
      }
      // Both show the same first three upcoming events, those of the feed.
      expect(framed).toEqual(feed.items.slice(0, 3).map((i) => i.title))
      expect(component).toEqual(framed)
      // The frame follows the reader's scheme: dark background in dark mode.
      const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background).toBe(scheme === 'dark' ? 'rgb(22, 27, 31)' : 'rgb(255, 255, 255)')
      expect(await axe(page), 'host page with the component').toEqual([])
      expect(await axe(frame), 'the framed embed').toEqual([])
      expect(watch.foreign).toEqual([])
      expect(watch.violations).toEqual([])
      expect(await context.cookies()).toEqual([])
      await page.screenshot({ path: `${screens}/partner-${scheme}-1280.png`, fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: `${screens}/partner-${scheme}-390.png`, fullPage: true })
      if (scheme === 'light') {
        // Bytes per embed, as the browser received them from our origin (uncompressed here;
        // gzip as Netlify sends it in brackets), for the closing note.
        const ours = Object.entries(watch.bytes).filter(([u]) => u.startsWith(site.url))
        const sum = (match: (u: string) => boolean) =>
          ours.filter(([u]) => match(u)).reduce((n, [, b]) => n + b, 0)
        const gz = (rel: string) => zlib.gzipSync(fs.readFileSync(path.join(f.site.outDir, rel))).length
        const frameBytes = sum((u) => u.includes('/einbetten/veranstaltungen/') || u.includes('/_astro/'))
        const componentBytes = sum((u) => u.includes('/widget.js') || u.includes('/daten/v1/'))
        console.log(
          `Einbetten: Rahmen ${frameBytes} B (HTML gzip ${gz('einbetten/veranstaltungen/index.html')} B), Web-Komponente ${componentBytes} B (widget.js gzip ${gz('einbetten/widget.js')} B, Feed gzip ${gz('daten/v1/veranstaltungen.json')} B)`,
        )
        expect(frameBytes).toBeGreaterThan(0)
        expect(componentBytes).toBeGreaterThan(0)
      }
      await context.close()
    }, 180_000)
  }

  it('refuses the frame on an origin not in the list; other pages are never framable', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const host = hosts[1].origin
    const { page, watch } = await open(context, `${host}/`, [host, site.url])
    const frame = await frameOf(page)
    // Chromium replaces a frame refused by frame-ancestors with its error page.
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/)
    expect(await frame.locator('li').count()).toBe(0)
    expect(watch.violations.join('\n')).toMatch(/frame-ancestors/)
    // The component reads the open feed and works anywhere.
    expect((await (await componentTitles(page)).jsonValue()) as string[]).toHaveLength(3)
    await context.close()
    const ancestors = async (p: string) =>
      /frame-ancestors ([^;]+)/.exec(
        (await fetch(`${site.url}${p}`)).headers.get('content-security-policy')!,
      )![1]
    expect(await ancestors('/einbetten/veranstaltungen/')).toBe(`'self' ${hosts[0].origin}`)
    expect(await ancestors(`/einbetten/themen/${f.edge.topic.slug}/veranstaltungen/`)).toBe(
      `'self' ${hosts[0].origin}`,
    )
    for (const p of ['/', '/veranstaltungen/', '/einbetten/', '/daten/'])
      expect(await ancestors(p), p).toBe("'none'")
  }, 180_000)

  it("follows the feed's paging when the first page's events have ended since the build", async () => {
    type Page1 = { items: { title: string; start: string; end: string | null }[]; next: string | null }
    const pages: Page1[] = []
    for (
      let url: string | null = `${site.url}/daten/v1/veranstaltungen.json`;
      url;
      url = pages.at(-1)!.next && `${site.url}${new URL(pages.at(-1)!.next!).pathname}`
    )
      pages.push((await (await fetch(url)).json()) as Page1)
    expect(pages.length).toBeGreaterThan(1)
    // The partner's visitor comes after the last of the soon events has ended.
    const later = started + (soonEvents + 1) * hour
    // Still to come at that time (an all-day event lasts its day).
    const upcoming = ({ start, end }: Page1['items'][number]) =>
      Date.parse(/^\d{4}-\d\d-\d\d$/.test(end ?? start) ? `${end ?? start}T23:59:59Z` : (end ?? start)) >
      later
    // The first page alone no longer has three (a multi-day event may still run).
    expect(pages[0].items.filter(upcoming).length).toBeLessThan(3)
    const expected = pages
      .flatMap((p) => p.items)
      .filter(upcoming)
      .slice(0, 3)
      .map((i) => i.title)
    expect(expected).toHaveLength(3)
    const context = await browser.newContext({ locale: 'de-DE' })
    await context.clock.setFixedTime(later)
    const requested: string[] = []
    context.on('request', (r) => requested.push(r.url()))
    const page = await context.newPage()
    await page.goto(`${hosts[1].origin}/`)
    await page.waitForFunction(
      (n) => document.querySelector('unser-nb-liste')?.shadowRoot?.querySelectorAll('li a').length === n,
      3,
    )
    const shown = await page.evaluate(() =>
      [...document.querySelector('unser-nb-liste')!.shadowRoot!.querySelectorAll('li a')].map(
        (a) => a.textContent,
      ),
    )
    expect(shown).toEqual(expected)
    expect(requested.filter((u) => u.includes('/daten/v1/veranstaltungen-seite-2.json'))).toHaveLength(1)
    await context.close()
  }, 180_000)

  it('no header is set by two rules for any address of the built site (netlify.toml and its _headers, as Netlify matches)', async () => {
    const rules = [
      ...loadHeaderRules(path.resolve(import.meta.dirname, '../../netlify.toml')),
      ...parseHeadersFile(fs.readFileSync(path.join(f.site.outDir, '_headers'), 'utf8')),
    ]
    const addresses = [...addressesOf(await siteFiles(f.site.outDir)), '/gibt-es-nicht/']
    expect(addresses.length).toBeGreaterThan(100)
    expect(headerConflicts(rules, addresses)).toEqual([])
    // What the site server sends is what these rules say: the embeds without X-Frame-Options.
    const embed = await fetch(`${site.url}/einbetten/veranstaltungen/`)
    expect(embed.headers.get('x-frame-options')).toBeNull()
    expect((await fetch(`${site.url}/einbetten/`)).headers.get('x-frame-options')).toBe('DENY')
    expect((await fetch(`${site.url}/einbetten/`)).headers.get('content-security-policy')).toContain(
      "frame-src 'self'",
    )
  })

  it('the embeds and the Einbetten page are valid HTML (Nu HTML checker)', async () => {
    const messages = await vnuErrors(path.join(f.site.outDir, 'einbetten'))
    expect(
      messages.map((m) => `${m.url?.replace(/^.*?\/einbetten\//, '')}:${m.lastLine}: ${m.message}`),
    ).toEqual([])
  }, 180_000)
})

import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { easyPages } from '../../cms/src/seed/data/easy-language'
import { demoAccounts } from '../../cms/src/seed/index'
import { buildSite, type BuildSiteResult } from '../../scripts/build-site'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { login } from '../helpers/cms'
import { tinyMp4 } from '../helpers/mp4'
import { read, startSiteFixture, type SiteFixture } from './fixture'

// Issue 16, Leichte Sprache and German Sign Language (BITVO M-V § 6): the section built from the
// seeded CMS, a DGS video uploaded over REST as an editor does, the built pages in Chromium.
// SITE_SCREENSHOTS=/some/folder keeps screenshots at 390 and 1280 px for looking at them.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const transcript =
  'Willkommen bei Unser Neubrandenburg.\n\nHier finden Sie Vereine, Veranstaltungen und Ehren-Amt.'
const missing = 'Für diesen Eintrag gibt es noch keinen Text in Leichter Sprache.'

let f: SiteFixture
let site: BuildSiteResult
let server: StaticServer
let browser: Browser
let context: BrowserContext
let token: string
const foreignRequests: string[] = []
const uploads: {
  media?: { status: number; message: string }
  video?: { status: number; id: number; filename: string }
} = {}

function upload(collection: string, data: Record<string, unknown>, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(tinyMp4())], { type: 'video/mp4' }), name)
  form.append('_payload', JSON.stringify(data))
  return fetch(`${f.cms.api!.url}/api/${collection}`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'accept-language': 'de' },
    body: form,
  })
}

beforeAll(async () => {
  f = await startSiteFixture('easy-language', { build: false })
  const { editor } = demoAccounts()
  token = await login(f.cms.api!, editor.email, editor.password)
  // An editor tries the video as an ordinary upload first, then uses the sign-video collection.
  const refused = await upload('media', { alt: 'Gebärden' }, 'willkommen.mp4')
  uploads.media = {
    status: refused.status,
    message: ((await refused.json()) as { errors: { message: string }[] }).errors[0].message,
  }
  const accepted = await upload('sign-videos', { title: 'Willkommen', transcript }, 'willkommen-dgs.mp4')
  const { doc } = (await accepted.json()) as { doc: { id: number; filename: string } }
  uploads.video = { status: accepted.status, id: doc.id, filename: doc.filename }
  await f.cms.payload.updateGlobal({ slug: 'settings', data: { signVideo: doc.id } })
  const page = (
    await f.cms.payload.find({ collection: 'pages', where: { slug: { equals: 'barriere-freiheit' } } })
  ).docs[0]
  await f.cms.payload.update({ collection: 'pages', id: page.id, data: { signVideo: doc.id } })
  site = await buildSite({
    cmsUrl: f.cms.api!.url,
    outDir: f.site.outDir,
    participationCacheFile: path.join(f.cms.dataDir, 'consul.json'),
    log: () => {},
  })
  server = await startStaticServer({ dir: site.outDir, port: 0 })
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'block',
  })
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(server.url)) return route.continue()
    foreignRequests.push(route.request().url())
    return route.abort()
  })
}, 600_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.close()
  await f?.close()
})

const html = (rel: string) => read(f, rel)
const entryOf = (page: string, name: string) => {
  const start = page.indexOf(`>${name}</a></h2>`)
  expect(start, name).toBeGreaterThan(0)
  return page.slice(start, page.indexOf('</li>', start))
}

describe('uploads for German Sign Language', () => {
  it('refuses MP4 as an ordinary upload with a German message and takes it as a sign-language video', () => {
    expect(uploads.media!.status).toBe(400)
    expect(uploads.media!.message).toContain('hat ein nicht erlaubtes Format (video/mp4)')
    expect(uploads.video!.status).toBe(201)
  })
})

describe('the Leichte-Sprache section', () => {
  it('builds the start page, every seeded page and the three lists, in German', () => {
    const files = [
      'leichte-sprache/index.html',
      'leichte-sprache/vereine/index.html',
      'leichte-sprache/veranstaltungen/index.html',
      'leichte-sprache/ehrenamt/index.html',
      ...easyPages
        .filter((p) => p.slug !== 'leichte-sprache')
        .map((p) => `leichte-sprache/${p.slug}/index.html`),
    ]
    for (const file of files) {
      expect(html(file), file).toContain('<html lang="de" dir="ltr"')
      expect(html(file), file).toContain('class="easy-marker"')
    }
    // Its pages are not also ordinary pages, and have no English version.
    expect(fs.existsSync(path.join(site.outDir, 'seiten/leichte-sprache/index.html'))).toBe(false)
    expect(fs.existsSync(path.join(site.outDir, 'en/seiten/leichte-sprache/index.html'))).toBe(false)
  })

  it('explains on its start page the content, the navigation, the accessibility statement and where more is', () => {
    const start = html('leichte-sprache/index.html')
    for (const heading of [
      'Was steht auf dieser Internet-Seite?',
      'So finden Sie sich zurecht',
      'Barriere-Freiheit',
      'Hier gibt es mehr Leichte Sprache',
    ]) {
      expect(start).toContain(`>${heading}</h2>`)
    }
    for (const href of [
      '/leichte-sprache/vereine/',
      '/leichte-sprache/veranstaltungen/',
      '/leichte-sprache/ehrenamt/',
      '/leichte-sprache/barriere-freiheit/',
    ]) {
      expect(start).toContain(`href="${href}"`)
    }
  })

  it('is found by the site search, as "Leichte Sprache"', async () => {
    // "Lupe" (the search's magnifying glass) stands only in Leichte-Sprache pages.
    const page = await context.newPage()
    await page.goto(`${server.url}/suche/?q=Lupe`)
    const hit = page.locator('[data-search-results] a[href="/leichte-sprache/internet-seite-benutzen/"]')
    await hit.waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-search-results]').textContent()).toContain('Leichte Sprache')
    await page.close()
    // The lists are not indexed: their entries are found on their own pages.
    expect(html('leichte-sprache/vereine/index.html')).not.toContain('data-pagefind-body')
    expect(html('leichte-sprache/index.html')).toContain('data-pagefind-filter="Typ:Leichte Sprache"')
  }, 120_000)

  it('is linked from the header of every page and from the start page', () => {
    for (const file of [
      'index.html',
      'en/index.html',
      'vereine/index.html',
      `vereine/${f.edge.association.slug}/index.html`,
      'seiten/impressum/index.html',
    ]) {
      expect(
        html(file).match(/<a class="header-easy[^"]*" href="\/leichte-sprache\/" lang="de"/g),
        file,
      ).toHaveLength(2)
    }
    expect(html('index.html')).toContain('class="easy-teaser"')
    expect(html('index.html')).toContain('href="#dgs-start"')
  })

  it('lists entries with their summary in Leichte Sprache and marks those without one', () => {
    const clubs = html('leichte-sprache/vereine/index.html')
    expect(entryOf(clubs, 'Ruderclub Tollensesee 1921 e. V.')).toContain('Wir sind ein Verein für Rudern.')
    expect(entryOf(clubs, 'Ruderclub Tollensesee 1921 e. V.')).not.toContain(missing)
    // The fixture's own association has no such summary (its name is escaped in the HTML).
    expect(
      entryOf(clubs, 'Klöppelkreis „Müller &amp; Söhne“ &lt;script&gt;alert(1)&lt;/script&gt;'),
    ).toContain(missing)
    const offers = html('leichte-sprache/ehrenamt/index.html')
    expect(entryOf(offers, 'Gassigehen im Tierheim')).toContain('Sie gehen mit einem Hund spazieren.')
    expect(entryOf(offers, f.edge.currentOpportunity.title)).toContain(missing)
    const events = html('leichte-sprache/veranstaltungen/index.html')
    expect(events).toContain(missing)
    expect(events).not.toContain(f.edge.cancelledEvent.title)
  })
})

describe('the video in German Sign Language', () => {
  it('plays from our own origin with its transcript, on its page and on both start pages', () => {
    const file = path.join(site.outDir, 'medien', uploads.video!.filename)
    expect(fs.readFileSync(file).equals(tinyMp4())).toBe(true)
    for (const page of [
      'leichte-sprache/barriere-freiheit/index.html',
      'leichte-sprache/index.html',
      'index.html',
    ]) {
      const body = html(page)
      expect(body, page).toMatch(
        /<video controls preload="metadata" playsinline[^>]*>\s*<source src="\/medien\/willkommen-dgs\.mp4" type="video\/mp4"/,
      )
      expect(body, page).toContain('class="sign-icon"')
      expect(body, page).toContain('<p>Hier finden Sie Vereine, Veranstaltungen und Ehren-Amt.</p>')
    }
    // Pages without a video show none.
    expect(html('leichte-sprache/internet-seite-benutzen/index.html')).not.toContain('<video')
  })

  it('opens the transcript with the keyboard', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/leichte-sprache/barriere-freiheit/`)
    const text = page.getByText('Hier finden Sie Vereine, Veranstaltungen und Ehren-Amt.')
    expect(await text.isVisible()).toBe(false)
    await page.locator('.sign-video-transcript summary').focus()
    await page.keyboard.press('Enter')
    await text.waitFor({ state: 'visible' })
    expect(await page.$eval('video source', (s) => (s as HTMLSourceElement).src)).toBe(
      `${server.url}/medien/willkommen-dgs.mp4`,
    )
    await page.close()
  })
})

async function axeViolations(page: Page) {
  await page.evaluate(axeSource)
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('accessibility', () => {
  const pages = [
    '/leichte-sprache/',
    '/leichte-sprache/barriere-freiheit/',
    '/leichte-sprache/vereine/',
    '/leichte-sprache/veranstaltungen/',
    '/leichte-sprache/ehrenamt/',
    '/',
  ]
  it('reports no axe violations at 390 and 1280 px and loads nothing from other origins', async () => {
    const shots = process.env.SITE_SCREENSHOTS
    const results: Record<string, string[]> = {}
    for (const width of [390, 1280]) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      for (const p of pages) {
        await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
        const violations = await axeViolations(page)
        if (violations.length) results[`${p} @${width}`] = violations
        if (shots) {
          fs.mkdirSync(shots, { recursive: true })
          await page.screenshot({
            path: path.join(shots, `${p.replace(/\//g, '_') || 'start'}-${width}.png`),
            fullPage: true,
          })
        }
      }
      await page.close()
    }
    expect(results).toEqual({})
    expect(foreignRequests).toEqual([])
  }, 300_000)
})

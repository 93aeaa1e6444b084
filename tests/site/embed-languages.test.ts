import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSiteServer, type SiteServer } from '../../scripts/build-runner/site-server'
import { buildSite } from '../../scripts/build-site'
import { loadHeaderRules } from '../../scripts/lib/netlify-rules'
import { t } from '../../site/src/i18n/index'
import { freePort, launchBrowser } from '../helpers/browser'
import { startSiteFixture, type SiteFixture } from './fixture'

// issue 20, embeds in every site language: the Einbetten page in English offers the embed's
// language and its snippet names it; an English and an Arabic frame on a partner's page (another
// origin, strict CSP) speak their language, right to left in Arabic, and link to the English page
// of a translated club; the web component with lang="uk" writes Ukrainian. axe-clean.

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screens = '/work/screens/s26/embeds2'

let f: SiteFixture
let site: SiteServer
let browser: Browser
let host: { server: http.Server; origin: string }

beforeAll(async () => {
  f = await startSiteFixture('embed-languages', { build: false })
  const port = await freePort()
  await f.cms.payload.updateGlobal({
    slug: 'settings',
    data: { embeds: { allowedOrigins: [{ origin: `http://127.0.0.1:${port}`, note: 'Schule' }] } },
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
  const topic = f.edge.topic.slug
  const body = [
    `<iframe src="${site.url}/en/einbetten/themen/${topic}/vereine/" title="Clubs" width="360" height="360"></iframe>`,
    `<iframe src="${site.url}/ar/einbetten/veranstaltungen/?anzahl=3" title="فعاليات" width="360" height="420"></iframe>`,
    `<script src="${site.url}/einbetten/widget.js" defer></script>`,
    `<unser-nb-liste feed="${site.url}/daten/v1/veranstaltungen.json" anzahl="3" lang="uk"></unser-nb-liste>`,
  ].join('\n')
  const server = http.createServer((_req, res) => {
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src ${site.url}; connect-src ${site.url}; frame-src ${site.url}; style-src 'self'; base-uri 'none'; form-action 'none'`,
      })
      .end(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partnerseite</title></head><body><main><h1>Partnerseite</h1>${body}</main></body></html>`,
      )
  })
  host = await new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${port}` })),
  )
}, 900_000)
afterAll(async () => {
  await browser?.close()
  if (host) await new Promise((r) => host.server.close(r))
  await site?.close()
  await f?.close()
})

async function axe(target: Page | Frame) {
  await target.evaluate(axeSource)
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
const frameAt = async (page: Page, match: string) => {
  const handle = await page.waitForSelector(`iframe[src*="${match}"]`)
  const frame = (await handle.contentFrame())!
  await frame.waitForSelector('h1')
  return frame
}
const root = (frame: Frame) =>
  frame.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

describe('embeds in every site language', () => {
  it('the English Einbetten page offers the embed language and the snippet names it', async () => {
    const en = t('en').embed
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) errors.push(m.text())
    })
    await page.goto(`${site.url}/en/einbetten/`)
    expect(await page.locator('h1').textContent()).toBe(en.heading)
    expect(await page.inputValue('#embed-lang')).toBe('en')
    expect(await page.inputValue('#embed-snippet')).toContain(`${site.url}/en/einbetten/veranstaltungen/`)
    await page.selectOption('#embed-lang', 'ar')
    expect(await page.inputValue('#embed-snippet')).toContain(
      `<iframe src="${site.url}/ar/einbetten/veranstaltungen/?anzahl=5" title="${t('ar').embed.kinds.veranstaltungen.plural} ${t('ar').embed.scopes.all}"`,
    )
    const preview = await frameAt(page, '/ar/einbetten/')
    expect(await root(preview)).toEqual({ lang: 'ar', dir: 'rtl' })
    await page.check('#embed-component')
    expect(await page.inputValue('#embed-snippet')).toContain(
      `feed="${site.url}/daten/v1/veranstaltungen.json" anzahl="5" lang="ar"`,
    )
    // The preview is the served widget.js in Arabic: its "more" link, right to left.
    await page.waitForFunction(
      (more) => document.querySelector('unser-nb-liste')?.shadowRoot?.textContent?.includes(more),
      t('ar').embed.widget.more,
    )
    expect(await page.getAttribute('unser-nb-liste', 'dir')).toBe('rtl')
    expect(await axe(page)).toEqual([])
    expect(errors).toEqual([])
    fs.mkdirSync(screens, { recursive: true })
    await page.screenshot({ path: `${screens}/einbetten-en-1280.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${screens}/einbetten-en-390.png`, fullPage: true })
    await context.close()
  }, 180_000)

  it('an English and an Arabic frame and a Ukrainian component on a partner page', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 1200 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) errors.push(m.text())
    })
    await page.goto(`${host.origin}/`)

    const en = await frameAt(page, '/en/einbetten/')
    expect(await root(en)).toEqual({ lang: 'en', dir: 'ltr' })
    expect(await en.locator('h1').textContent()).toBe(
      'Clubs and initiatives on the topic Handarbeit & Tradition',
    )
    // The club translated into English: its English name and page; the "all" link in English.
    const club = en.locator('li a', { hasText: 'Bobbin Lace Circle' })
    // Links name the site's public address (Astro's site), so compare paths.
    const pathOf = async (l: ReturnType<Frame['locator']>) =>
      new URL((await l.getAttribute('href'))!).pathname
    expect(await pathOf(club)).toBe(`/en/vereine/${f.edge.association.slug}/`)
    expect(await club.getAttribute('lang')).toBeNull()
    expect(await en.locator('p.all a').textContent()).toContain(t('en').embed.kinds.vereine.all)
    expect(await en.locator('p.source').textContent()).toBe(t('en').embed.newWindow)

    const ar = await frameAt(page, '/ar/einbetten/')
    expect(await root(ar)).toEqual({ lang: 'ar', dir: 'rtl' })
    const a = t('ar').embed
    expect(await ar.locator('h1').textContent()).toBe(`${a.kinds.veranstaltungen.plural} ${a.scopes.all}`)
    expect(await ar.locator('li').count()).toBe(3)
    // Each event: its Arabic page where translated, else the German page, marked German.
    for (const link of await ar.locator('li a').all()) {
      const german = (await link.getAttribute('lang')) === 'de'
      expect(await pathOf(link)).toMatch(german ? /^\/veranstaltungen\// : /^\/ar\/veranstaltungen\//)
    }
    expect(await pathOf(ar.locator('p.all a'))).toBe('/ar/veranstaltungen/')
    expect(await ar.locator('p.all a').textContent()).toContain(a.kinds.veranstaltungen.all)
    expect(await ar.locator('li .meta').first().textContent()).not.toMatch(/Uhr|ganztägig/)

    const uk = t('uk').embed.widget
    const text = (await (
      await page.waitForFunction(() => {
        const r = document.querySelector('unser-nb-liste')?.shadowRoot
        return r?.querySelectorAll('li').length ? r.textContent : null
      })
    ).jsonValue()) as string
    expect(text).toContain(uk.more)
    // Ukrainian dates (weekday and month in Ukrainian), no German "Uhr".
    expect(text).not.toMatch(/ Uhr|Mehr auf/)
    expect(/[а-яіїєґ]/i.test(text.replace(uk.more, ''))).toBe(true)

    expect(await axe(page), 'partner page with the component').toEqual([])
    expect(await axe(en), 'English frame').toEqual([])
    expect(await axe(ar), 'Arabic frame').toEqual([])
    expect(errors).toEqual([])
    await page.screenshot({ path: `${screens}/partner-1280.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${screens}/partner-390.png`, fullPage: true })
    await context.close()
  }, 180_000)

  it("the frames in every language may be framed by the editors' origins, the Einbetten pages not", async () => {
    const ancestors = async (p: string) =>
      /frame-ancestors ([^;]+)/.exec(
        (await fetch(`${site.url}${p}`)).headers.get('content-security-policy')!,
      )![1]
    for (const p of ['/en/einbetten/veranstaltungen/', '/uk/einbetten/ehrenamt/', '/ar/einbetten/aktuelles/'])
      expect(await ancestors(p), p).toBe(`'self' ${host.origin}`)
    for (const p of ['/en/einbetten/', '/ar/einbetten/', '/en/veranstaltungen/'])
      expect(await ancestors(p), p).toBe("'none'")
  })
})

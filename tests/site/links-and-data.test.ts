import { XMLParser } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { brokenLinks, htmlFiles as listHtml, vnuErrors } from '../../scripts/lib/site-check'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { convertRichText } from '../../site/src/lib/richtext'
import { launchBrowser } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'
import { exists, read, startSiteFixture, type SiteFixture } from './fixture'

// The built site as a crawler, a validator and a city reviewer see it: every internal link
// resolves, the Nu HTML checker finds nothing, filter pages use German slugs, and the statement,
// open data and feeds carry what they must.

let f: SiteFixture
let server: StaticServer
let browser: Browser
type Ev = {
  id: number
  slug: string
  start: string
  end?: string | null
  allDay?: boolean
  updatedAt: string
}
let events: Ev[] = []

beforeAll(async () => {
  f = await startSiteFixture('site-links')
  events = ((await (await fetch(`${f.cms.api!.url}/api/events?limit=1000&depth=0`)).json()) as { docs: Ev[] })
    .docs
  server = await startStaticServer({ dir: f.site.outDir, port: 0 })
  browser = await launchBrowser()
}, budgets.slowTest)
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await f?.close()
})

const htmlFiles = () => listHtml(f.site.outDir)

describe('links', () => {
  it('every internal link, image and srcset candidate of every page resolves to a built file', () => {
    const { pages, checked, broken } = brokenLinks(f.site.outDir)
    expect(pages).toBeGreaterThan(100)
    expect(checked).toBeGreaterThan(5000)
    expect([...broken].map(([ref, on]) => `${ref} (auf ${on.length} Seiten, z. B. ${on[0]})`)).toEqual([])
  })

  it('filter pages use German slugs, exist exactly for the linked values, and name their facet', () => {
    // The fixture's offer is for seniors and needs little German.
    expect(exists(f, 'ehrenamt/geeignet/wenig-deutschkenntnisse-noetig/index.html')).toBe(true)
    // The first version's address with the CMS code only forwards (see the next test).
    expect(read(f, 'ehrenamt/geeignet/littleGerman/index.html')).not.toContain('data-filter-panel')
    const facetPages = htmlFiles()
      .filter(
        (p) =>
          /^(en\/)?(vereine|veranstaltungen|ehrenamt)\/[a-z]+\/[^/]+\/index\.html$/.test(p) &&
          !/\/(monat|archiv)\//.test(p),
      )
      .filter((p) => read(f, p).includes('data-filter-panel') && read(f, p).includes('aria-current="page"'))
    expect(facetPages.length).toBeGreaterThan(30)
    for (const p of facetPages) expect(p.split('/').at(-2), p).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    // Two facets may share words; the pages' titles must still differ.
    const titles = new Map<string, string>()
    for (const p of facetPages) {
      const title = /<title>([^<]*)<\/title>/.exec(read(f, p))![1]
      expect(titles.get(title), `${p} und ${titles.get(title)}: ${title}`).toBeUndefined()
      titles.set(title, p)
    }
    expect(read(f, 'ehrenamt/geeignet/seniorinnen-und-senioren/index.html')).toContain(
      '<title>Ehrenamt: Geeignet für „Seniorinnen und Senioren“',
    )
    // Every link in a filter panel leads to one of these pages, every page is linked.
    const linked = new Set(
      [...read(f, 'ehrenamt/index.html').matchAll(/href="(\/ehrenamt\/[a-z]+\/[^"/]+\/)"/g)].map((m) => m[1]),
    )
    const built = new Set(
      facetPages.filter((p) => p.startsWith('ehrenamt/')).map((p) => `/${p.replace(/index\.html$/, '')}`),
    )
    expect([...linked].sort()).toEqual([...built].sort())
  })

  it('addresses of the first version with CMS codes forward to the German filter page', async () => {
    const old = read(f, 'ehrenamt/geeignet/littleGerman/index.html')
    expect(old).toContain(
      '<meta http-equiv="refresh" content="0; url=/ehrenamt/geeignet/wenig-deutschkenntnisse-noetig/">',
    )
    expect(old).toContain('<meta name="robots" content="noindex">')
    expect(old).toContain('<html lang="de" dir="ltr">')
    // A code whose filter has no entries today forwards to the list instead of a missing page.
    expect(read(f, 'veranstaltungen/zielgruppe/children/index.html')).toContain(
      'content="0; url=/veranstaltungen/"',
    )
    expect(read(f, 'sitemap-0.xml')).not.toContain('littleGerman')
    const page = await browser.newPage()
    await page.goto(`${server.url}/ehrenamt/geeignet/littleGerman/`)
    await page.waitForURL(/\/ehrenamt\/geeignet\/wenig-deutschkenntnisse-noetig\/$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Ehrenamt')
    await page.close()
  })

  it('shows the coat of arms from the settings in the header, instead of the platform mark', () => {
    for (const page of ['index.html', 'vereine/index.html', 'en/index.html']) {
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(read(f, page))![0]
      expect(header, page).toMatch(
        /<img class="brand-mark brand-emblem" src="\/medien\/[^"]+" width="36" height="36" alt=""/,
      )
      expect(header, page).not.toContain('<svg class="brand-mark"')
    }
  })

  it('the 404 page has no canonical address and no og:url', () => {
    const html = read(f, '404.html')
    expect(html).not.toMatch(/rel="canonical"/)
    expect(html).not.toMatch(/og:url/)
    expect(read(f, 'vereine/index.html')).toContain(
      '<link rel="canonical" href="https://unser-nb.de/vereine/"',
    )
  })
})

describe('HTML validity', () => {
  it(
    'the Nu HTML checker reports no error on any page (one run over the whole site)',
    async () => {
      const messages = await vnuErrors(f.site.outDir)
      expect(
        messages.map((m) => `${m.url?.replace(/^.*?\/nb-site-[^/]+\//, '')}:${m.lastLine}: ${m.message}`),
      ).toEqual([])
    },
    budgets.slowTest,
  )

  it('rich text lists have no <li value> and keep nesting and a start number', async () => {
    const item = (text: string, extra: object = {}) => ({
      type: 'listitem',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      value: 1,
      children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
      ...extra,
    })
    const list = (tag: 'ul' | 'ol', children: object[], start = 1) => ({
      type: 'list',
      tag,
      listType: tag === 'ol' ? 'number' : 'bullet',
      start,
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children,
    })
    const nested = { ...item(''), children: [list('ul', [item('Unterpunkt')])] }
    const html = await convertRichText({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [list('ul', [item('Eins'), nested, item('Zwei')]), list('ol', [item('Drei')], 3)],
      },
    })
    expect(html).toBe(
      '<ul><li>Eins<ul><li>Unterpunkt</li></ul></li><li>Zwei</li></ul><ol start="3"><li>Drei</li></ol>',
    )
  })
})

describe('filters in the browser', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px the selects show their whole text and no Apply button; without JavaScript the links show`, async () => {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width, height: 844 } })
      const page = await context.newPage()
      const cut: string[] = []
      for (const list of ['/ehrenamt/', '/veranstaltungen/', '/vereine/']) {
        await page.goto(`${server.url}${list}`)
        await page.locator('[data-filter-form]:not([hidden])').waitFor()
        await page
          .locator('summary.filter-summary')
          .evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true))
        expect(await page.locator('[data-filter-form] button[type="submit"]').count()).toBe(0)
        // The widest option of each select must fit: text width plus padding and the arrow.
        cut.push(
          ...(await page.locator('[data-filter-form] select').evaluateAll((selects) => {
            const canvas = document.createElement('canvas').getContext('2d')!
            return (selects as HTMLSelectElement[]).flatMap((s) => {
              const style = getComputedStyle(s)
              canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
              const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20
              return [...s.options]
                .filter((o) => canvas.measureText(o.text).width > room)
                .map((o) => `${location.pathname} ${s.name}: ${o.text}`)
            })
          })),
        )
      }
      expect(cut).toEqual([])
      await context.close()
      const noJs = await browser.newContext({
        locale: 'de-DE',
        viewport: { width, height: 844 },
        javaScriptEnabled: false,
      })
      const plain = await noJs.newPage()
      await plain.goto(`${server.url}/ehrenamt/`)
      expect(await plain.locator('[data-filter-links] a').count()).toBeGreaterThan(5)
      expect(
        await plain
          .locator('[data-filter-links] a', { hasText: 'Geeignet für: Seniorinnen und Senioren' })
          .count(),
      ).toBe(1)
      await noJs.close()
    })
  }
})

describe('content a city reviewer checks', () => {
  it('the accessibility statement has every required part, one contact and headings in order', () => {
    const html = read(f, 'seiten/barrierefreiheit/index.html')
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    const levels = [...main.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))
    expect(levels[0]).toBe(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1)
    for (const part of [
      'Stand der Vereinbarkeit',
      'teilweise vereinbar',
      'Nicht barrierefreie Inhalte',
      'So erhalten Sie die Inhalte trotzdem',
      'Methode: Selbstbewertung',
      'innerhalb von 14 Tagen',
      'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern',
    ]) {
      expect(main, part).toContain(part)
    }
    expect(main).toMatch(/wurde am <time datetime="\d{4}-\d{2}-\d{2}">\d{2}\.\d{2}\.\d{4}<\/time> erstellt/)
    expect(main).toMatch(/überprüft wurde sie am <time datetime="\d{4}-\d{2}-\d{2}">/)
    expect(main).toContain('href="https://www.buergerbeauftragter-mv.de"')
    // One feedback address, linked; the enforcement body's own address is the only other one.
    const mails = new Set([...main.matchAll(/href="mailto:([^"?]+)/g)].map((m) => m[1]))
    expect([...mails].sort()).toEqual(['post@buergerbeauftragter-mv.de', 'redaktion@neubrandenburg.example'])
    expect(main.match(/@[a-z-]+\.example/g)?.every((m) => m === '@neubrandenburg.example')).toBe(true)
    expect(main).not.toContain('barrierefreiheit@')
  })

  it('open data gives all-day events as dates and other times in Berlin time with offset, and says so', () => {
    const json = JSON.parse(read(f, 'daten/veranstaltungen.json')) as {
      beschreibung: string
      stand: string
      daten: { id: number; beginn: string; ende: string | null; ganztaegig: boolean }[]
    }
    expect(json.beschreibung).toMatch(/ISO 8601.*Europe\/Berlin.*Ganztägige/)
    expect(json.stand).toMatch(/T\d{2}:\d{2}:\d{2}\+0[12]:00$/)
    const berlinDay = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso))
    const allDay = json.daten.filter((e) => e.ganztaegig)
    expect(allDay.length).toBeGreaterThan(0)
    for (const row of json.daten) {
      const e = events.find((x) => x.id === row.id)!
      if (row.ganztaegig) {
        expect(row.beginn).toBe(berlinDay(e.start))
        if (e.end) expect(row.ende).toBe(berlinDay(e.end))
      } else {
        expect(row.beginn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/)
        // Whole seconds: the data gives no milliseconds.
        expect(new Date(row.beginn).getTime()).toBe(Math.floor(new Date(e.start).getTime() / 1000) * 1000)
      }
    }
    expect(read(f, 'daten/veranstaltungen.csv')).not.toMatch(/T23:00:00(\.000)?Z/)
    expect(read(f, 'daten/index.html')).toContain('2026-12-05T18:00:00+01:00')
  })

  it('RSS has atom:link rel="self" and lastBuildDate; every sitemap address has lastmod', () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    const channel = parser.parse(read(f, 'aktuelles/rss.xml')).rss.channel
    expect(channel['atom:link']['@_rel']).toBe('self')
    expect(channel['atom:link']['@_href']).toBe('https://unser-nb.de/aktuelles/rss.xml')
    expect(Number.isNaN(Date.parse(channel.lastBuildDate))).toBe(false)
    const urls = [parser.parse(read(f, 'sitemap-0.xml')).urlset.url].flat() as {
      loc: string
      lastmod?: string
    }[]
    expect(urls.length).toBeGreaterThan(100)
    expect(urls.filter((u) => !u.lastmod).map((u) => u.loc)).toEqual([])
    const event = events[0]
    const entry = urls.find((u) => u.loc === `https://unser-nb.de/veranstaltungen/${event.slug}/`)
    expect(entry && new Date(entry.lastmod!).getTime()).toBe(new Date(event.updatedAt).getTime())
  })
})

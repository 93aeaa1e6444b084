// The four languages from one list (cms/src/locales.ts) in the built site: every page type in
// Ukrainian and Arabic, lang and dir right, no interface text of another language, plurals, the
// note on German fallback content, search per language, and Arabic right to left in Chromium.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentLocales } from '../../cms/src/locales'
import {
  associationTranslations,
  eventTranslations,
  opportunityTranslations,
} from '../../cms/src/seed/data/translations'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { catalogueStrings, plural, t } from '../../site/src/i18n/index'
import type { Locale } from '../../site/src/lib/snapshot'
import { exists, read, startSiteFixture, type SiteFixture } from './fixture'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let f: SiteFixture
let server: StaticServer
let browser: Browser
let context: BrowserContext
const pageErrors: string[] = []
const slugs: Record<'events' | 'opportunities', string> = { events: '', opportunities: '' }

beforeAll(async () => {
  f = await startSiteFixture('site-languages')
  // A translated event and offer of the seed, as the CMS stores them.
  const event = (
    await f.cms.payload.find({
      collection: 'events',
      where: { title: { equals: 'Sprachcafé Deutsch' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  slugs.events = event.slug!
  slugs.opportunities = 'sprachcafe-mitgestalten'
  server = await startStaticServer({ dir: f.site.outDir, port: 0 })
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
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(e.message)))
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await f?.close()
})

const pageTypes = () => [
  'index.html',
  'vereine/index.html',
  'veranstaltungen/index.html',
  'veranstaltungen/archiv/index.html',
  'ehrenamt/index.html',
  'aktuelles/index.html',
  'themen/index.html',
  'stadtteile/index.html',
  'mitmachen/index.html',
  'suche/index.html',
  'merkliste/index.html',
  'offline/index.html',
  'anfrage-gesendet/index.html',
  'vereine/mitglieder/ja/index.html',
  'seiten/barrierefreiheit/index.html',
  'themen/senioren/index.html',
  'vereine/netzwerk-ehrenamt-neubrandenburg/index.html',
  `veranstaltungen/${slugs.events}/index.html`,
  `ehrenamt/${slugs.opportunities}/index.html`,
]
const htmlFiles = (dir: string) =>
  (fs.readdirSync(path.join(f.site.outDir, dir), { recursive: true }) as string[])
    .filter((p) => p.endsWith('.html'))
    .map((p) => `${dir}/${p}`)

describe('Ukrainian and Arabic pages', () => {
  it('exist for every page type, with lang and dir from the list of languages', () => {
    for (const l of contentLocales.filter((x) => x.code === 'uk' || x.code === 'ar')) {
      for (const page of pageTypes()) {
        expect(exists(f, `${l.code}/${page}`), `${l.code}/${page}`).toBe(true)
        expect(read(f, `${l.code}/${page}`), `${l.code}/${page}`).toContain(
          `<html lang="${l.code}" dir="${l.dir}"`,
        )
      }
    }
    expect(read(f, 'index.html')).toContain('<html lang="de" dir="ltr"')
    // Every translated demo entry has its page in both languages, and only translated ones do.
    for (const code of ['uk', 'ar'] as const) {
      for (const slug of Object.keys(associationTranslations))
        expect(exists(f, `${code}/vereine/${slug}/index.html`), slug).toBe(true)
      for (const slug of Object.keys(opportunityTranslations))
        expect(exists(f, `${code}/ehrenamt/${slug}/index.html`), slug).toBe(true)
      expect(exists(f, `${code}/vereine/schachfreunde-vier-tore/index.html`)).toBe(false)
    }
    const counts = Object.fromEntries(
      contentLocales.map((l) => [
        l.code,
        htmlFiles(l.code === 'de' ? '.' : l.code).filter((p) => !/^\.\/(en|uk|ar)\//.test(p)).length,
      ]),
    )
    console.log(`Seiten je Sprache: ${JSON.stringify(counts)}`)
    expect(Object.keys(eventTranslations).length).toBeGreaterThanOrEqual(10)
  })

  it('show no interface text of another language', () => {
    // Texts of the other catalogues (option labels included) that this language's catalogue does not share.
    const foreign = (l: Locale) => {
      const mine = new Set(catalogueStrings(l))
      const others = (['de', 'en', 'uk', 'ar'] as Locale[]).filter((x) => x !== l)
      return new Set(
        others
          .flatMap((o) => catalogueStrings(o))
          .filter((s) => s.length >= 4 && !mine.has(s) && !s.includes('{')),
      )
    }
    // What a page says by itself: its text nodes and labels, without the parts marked as another
    // language (German fallback content, the language switcher, the Leichte Sprache link).
    const said = (html: string) => {
      const own = html
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<(?!html\b)(\w+)[^>]*\slang="[a-z-]+"[^>]*>[\s\S]*?<\/\1>/g, '')
      const decode = (x: string) =>
        x
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .trim()
      const texts = [...own.matchAll(/>([^<>]+)</g)].map((m) => decode(m[1]))
      const attributes = [...own.matchAll(/\s(?:aria-label|title|content|placeholder|alt)="([^"]*)"/g)].map(
        (m) => decode(m[1]),
      )
      return [...texts, ...attributes].filter(Boolean)
    }
    for (const code of ['uk', 'ar'] as const) {
      const texts = foreign(code)
      expect(texts.size).toBeGreaterThan(300)
      const leaks = new Set<string>()
      for (const file of htmlFiles(code))
        for (const x of said(read(f, file))) if (texts.has(x)) leaks.add(`${file}: ${x}`)
      expect([...leaks], code).toEqual([])
    }
  })

  it('count with the plural rules of each language (1, 2, 5 and 11 items)', () => {
    expect([1, 2, 5, 11].map((n) => plural('uk', 'entries', n))).toEqual([
      '1 запис',
      '2 записи',
      '5 записів',
      '11 записів',
    ])
    expect([1, 2, 5, 11].map((n) => plural('ar', 'entries', n))).toEqual([
      'إدخال واحد',
      'إدخالان',
      '5 إدخالات',
      '11 إدخالًا',
    ])
    expect([1, 2, 5, 11].map((n) => plural('uk', 'hours', n))).toEqual([
      '1 година',
      '2 години',
      '5 годин',
      '11 годин',
    ])
    expect([1, 2, 5, 11].map((n) => plural('ar', 'hours', n))).toEqual([
      'ساعة واحدة',
      'ساعتان',
      '5 ساعات',
      '11 ساعة',
    ])
    expect([1, 2, 5, 11].map((n) => plural('de', 'entries', n))).toEqual([
      '1 Eintrag',
      '2 Einträge',
      '5 Einträge',
      '11 Einträge',
    ])
    // And as the built pages show them: the list's count in the list's language.
    for (const code of ['uk', 'ar'] as const) {
      const html = read(f, `${code}/vereine/index.html`)
      const n = (html.match(/data-filter-item/g) ?? []).length
      expect(n).toBeGreaterThan(5)
      expect(html).toContain(`>${plural(code, 'entries', n)}</p>`)
    }
    expect(read(f, `uk/ehrenamt/${slugs.opportunities}/index.html`)).toContain(
      `<dd>${plural('uk', 'hours', 2)} на тиждень</dd>`,
    )
  })

  it('mark German fallback content and say so in the reader’s language', () => {
    // The rowing club's description is not translated: German, marked, with the note before it.
    const uk = read(f, 'uk/vereine/ruderclub-tollensesee-1921/index.html')
    expect(uk).toContain(
      `<p class="fallback-note" data-fallback-note data-pagefind-ignore>${t('uk').onlyGerman}</p><div class="rich prose" lang="de">`,
    )
    const ar = read(f, 'ar/vereine/ruderclub-tollensesee-1921/index.html')
    expect(ar).toContain(
      `<p class="fallback-note" data-fallback-note data-pagefind-ignore>${t('ar').onlyGerman}</p><div class="rich prose" lang="de" dir="ltr">`,
    )
    // A fully translated profile has no note.
    expect(read(f, 'uk/vereine/deutsch-ukrainischer-freundeskreis/index.html')).not.toContain(
      'data-fallback-note',
    )
    expect(read(f, 'vereine/ruderclub-tollensesee-1921/index.html')).not.toContain('data-fallback-note')
  })

  it('on Arabic pages, German blocks run left to right (a full stop otherwise lands at their start)', () => {
    // Found on the start page: the Leichte-Sprache teaser (German, lang="de") inherited the page's
    // right-to-left direction and showed ".Leichter Sprache".
    const blocks =
      /<(div|section|nav|p|article|aside|ul|ol|dl|blockquote|figure|details)\b[^>]*\slang="de"[^>]*>/g
    const wrong = htmlFiles('ar').flatMap((file) =>
      [...read(f, file).matchAll(blocks)]
        .filter((m) => !/\bdir="ltr"/.test(m[0]))
        .map((m) => `${file}: ${m[0].slice(0, 120)}`),
    )
    expect(wrong).toEqual([])
    expect(read(f, 'ar/index.html')).toMatch(/<nav class="easy-teaser" lang="de" dir="ltr"/)
  })

  it('link every language in the switcher and in hreflang', () => {
    const html = read(f, 'ar/vereine/netzwerk-ehrenamt-neubrandenburg/index.html')
    for (const l of contentLocales) {
      const href = `${l.code === 'de' ? '' : `/${l.code}`}/vereine/netzwerk-ehrenamt-neubrandenburg/`
      expect(html).toContain(
        `<link rel="alternate" hreflang="${l.hreflang}" href="https://unser-nb.de${href}">`,
      )
      expect(html).toContain(`<a href="${href}" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}"`)
    }
    const sitemap = fs
      .readdirSync(f.site.outDir)
      .filter((p) => /^sitemap-\d+\.xml$/.test(p))
      .map((p) => read(f, p))
      .join('')
    expect(sitemap).toContain('hreflang="ar" href="https://unser-nb.de/ar/"')
    expect(sitemap).toContain('hreflang="uk" href="https://unser-nb.de/uk/"')
    // Every address lists as alternates exactly the addresses of the same page in the other
    // languages (itself included), none when it exists in one language only.
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
      alternates: [...m[1].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => `${a[1]} ${a[2]}`),
    }))
    const prefix = new RegExp(`^https://unser-nb\\.de/(${contentLocales.map((l) => l.code).join('|')})/`)
    const pageOf = (url: string) => url.replace(prefix, 'https://unser-nb.de/')
    const hreflangOf = (url: string) =>
      contentLocales.find((l) => url.startsWith(`https://unser-nb.de/${l.code}/`))?.hreflang ??
      contentLocales[0].hreflang
    const byPage = Map.groupBy(entries, (e) => pageOf(e.loc))
    const expected = (loc: string) => {
      const same = byPage.get(pageOf(loc))!.map((e) => e.loc)
      return same.length > 1 ? same.map((u) => `${hreflangOf(u)} ${u}`).sort() : []
    }
    const wrongAlternates = entries.filter(
      (e) => JSON.stringify([...e.alternates].sort()) !== JSON.stringify(expected(e.loc)),
    )
    expect(wrongAlternates.map((e) => e.loc)).toEqual([])
    expect(entries.filter((e) => e.alternates.length === 0).length).toBeGreaterThan(0)
    expect(entries.filter((e) => e.alternates.length === contentLocales.length).length).toBeGreaterThan(0)
    expect(JSON.parse(read(f, 'ar/manifest.webmanifest'))).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      start_url: '/ar/',
    })
    // Open data says which languages each entry exists in.
    const rows = (
      JSON.parse(read(f, 'daten/vereine.json')) as { daten: { url: string; sprachfassungen: string }[] }
    ).daten
    expect(rows.find((r) => r.url.endsWith('/vereine/ruderclub-tollensesee-1921/'))?.sprachfassungen).toMatch(
      /^de; (en; )?uk; ar$/,
    )
    expect(rows.find((r) => r.url.endsWith('/vereine/schachfreunde-vier-tore/'))?.sprachfassungen).toMatch(
      /^de(; en)?$/,
    )
  })
})

describe('in Chromium', () => {
  it('lays Arabic pages out right to left: the breadcrumb starts at the right edge', async () => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${server.url}/ar/vereine/netzwerk-ehrenamt-neubrandenburg/`)
    const boxes = await page.$$eval('.breadcrumbs li', (items) =>
      items.map((i) => i.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
    )
    const wrap = await page.$eval('.breadcrumbs', (el) => el.getBoundingClientRect())
    expect(boxes.length).toBe(3)
    // First item ("الصفحة الرئيسية") at the right, each next one to its left.
    expect(wrap.right - boxes[0].right).toBeLessThan(40)
    expect(boxes[1].right).toBeLessThanOrEqual(boxes[0].left + 1)
    expect(boxes[2].right).toBeLessThanOrEqual(boxes[1].left + 1)
    // The German body of an untranslated field reads left to right inside the Arabic page.
    await page.goto(`${server.url}/ar/vereine/ruderclub-tollensesee-1921/`)
    expect(await page.$eval('.rich[lang="de"]', (el) => getComputedStyle(el).direction)).toBe('ltr')
    expect(await page.$eval('main h1', (el) => getComputedStyle(el).direction)).toBe('rtl')
    await page.close()
  })

  it('finds a Ukrainian and an Arabic word with each language’s search index', async () => {
    for (const [code, word, slug] of [
      ['uk', 'веслування', 'ruderclub-tollensesee-1921'],
      ['ar', 'التجديف', 'ruderclub-tollensesee-1921'],
    ] as const) {
      const page = await context.newPage()
      await page.goto(`${server.url}/${code}/suche/?q=${encodeURIComponent(word)}`)
      await page.waitForSelector(`[data-search-results] a[href="/${code}/vereine/${slug}/"]`, {
        timeout: 30_000,
      })
      expect(await page.textContent('[data-search-status]')).not.toContain('{')
      await page.close()
    }
  }, 120_000)

  it('reports no axe violations on Arabic pages', async () => {
    const results: Record<string, string[]> = {}
    for (const p of [
      '/ar/',
      '/ar/vereine/',
      '/ar/vereine/ruderclub-tollensesee-1921/',
      `/ar/veranstaltungen/${slugs.events}/`,
      '/ar/veranstaltungen/',
      `/ar/ehrenamt/${slugs.opportunities}/`,
      '/ar/mitmachen/',
      '/ar/seiten/barrierefreiheit/',
      '/ar/suche/?q=%D8%A7%D9%84%D8%AA%D8%AC%D8%AF%D9%8A%D9%81',
      '/uk/',
      '/uk/vereine/ruderclub-tollensesee-1921/',
    ]) {
      const page = await context.newPage()
      await page.goto(`${server.url}${p}`)
      if (p.includes('/suche/')) await page.waitForSelector('.hit')
      await page.evaluate(axeSource)
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
          document,
          {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          },
        ),
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
      results[p] = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
      if (process.env.NB_SCREENSHOTS) {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 })
          await page.screenshot({
            path: path.join(
              process.env.NB_SCREENSHOTS,
              `${p.replace(/\W+/g, '_').slice(0, 60)}-${width}.png`,
            ),
            fullPage: false,
          })
        }
      }
      await page.close()
    }
    expect(Object.fromEntries(Object.entries(results).filter(([, v]) => v.length))).toEqual({})
    expect(pageErrors).toEqual([])
  }, 300_000)
})

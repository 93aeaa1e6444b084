import fs from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exists, read, startSiteFixture, type SiteFixture } from './fixture'

let f: SiteFixture
type Doc = {
  id: number
  slug: string
  easyLanguage?: boolean
  name?: string
  title?: string
  validUntil?: string | null
  start?: string
  end?: string | null
}
const published: Record<string, Doc[]> = {}

beforeAll(async () => {
  f = await startSiteFixture('site-build')
  for (const c of ['associations', 'events', 'opportunities', 'news', 'pages', 'topics', 'districts']) {
    const res = await fetch(`${f.cms.api!.url}/api/${c}?limit=1000&depth=0`)
    published[c] = ((await res.json()) as { docs: Doc[] }).docs
  }
})
afterAll(async () => f?.close())

function allFiles(ext: string) {
  return (fs.readdirSync(f.site.outDir, { recursive: true }) as string[]).filter((p) => p.endsWith(ext))
}

describe('pages for the seeded content', () => {
  it('builds every page type, in German and (where translated) in English', () => {
    expect(f.site.pages).toBeGreaterThan(100)
    for (const page of [
      'index.html',
      'en/index.html',
      '404.html',
      'vereine/index.html',
      'veranstaltungen/index.html',
      'veranstaltungen/archiv/index.html',
      'ehrenamt/index.html',
      'aktuelles/index.html',
      'themen/index.html',
      'stadtteile/index.html',
      'mitmachen/index.html',
      'suche/index.html',
      'daten/index.html',
      'robots.txt',
      'sitemap-index.xml',
      'aktuelles/rss.xml',
      'kalender/veranstaltungen.ics',
      'seiten/impressum/index.html',
      'seiten/datenschutz/index.html',
      'seiten/barrierefreiheit/index.html',
      'leichte-sprache/index.html',
      `vereine/thema/${f.edge.topic.slug}/index.html`,
      'vereine/mitglieder/ja/index.html',
      'veranstaltungen/eintritt/frei/index.html',
    ]) {
      expect(exists(f, page), page).toBe(true)
    }
  })

  it('indexes every page marked for search, and only those', () => {
    const marked = allFiles('.html').filter((file) => read(f, file).includes('data-pagefind-body'))
    expect(marked.length).toBeGreaterThan(100)
    type Entry = { languages: Record<string, { page_count: number }> }
    const entry = JSON.parse(read(f, 'pagefind/pagefind-entry.json')) as Entry
    // The index comes in shards (scripts/lib/search-index.ts): the primary one and those listed per language.
    const shards = JSON.parse(read(f, 'pagefind/shards.json')) as Record<string, string[]>
    const entries = [
      entry,
      ...[...new Set(Object.values(shards).flat())].map(
        (s) => JSON.parse(read(f, `pagefind/${s}/pagefind-entry.json`)) as Entry,
      ),
    ]
    const indexed = entries.flatMap((e) => Object.values(e.languages)).reduce((n, l) => n + l.page_count, 0)
    expect(indexed).toBe(marked.length)
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'de', 'en', 'uk'])
    expect(Object.keys(shards).sort()).toEqual(['ar', 'de', 'en', 'uk'])
  })

  it('has a detail page for every published association, event, news item, topic, district and page', () => {
    const sections: [string, string][] = [
      ['associations', 'vereine'],
      ['events', 'veranstaltungen'],
      ['news', 'aktuelles'],
      ['topics', 'themen'],
      ['districts', 'stadtteile'],
      ['pages', 'seiten'],
    ]
    for (const [collection, dir] of sections) {
      expect(published[collection].length, collection).toBeGreaterThan(0)
      for (const doc of published[collection]) {
        // Pages in Leichte Sprache have their own section (tests/site/easy-language.test.ts).
        const rel =
          collection === 'pages' && doc.easyLanguage
            ? doc.slug === 'leichte-sprache'
              ? 'leichte-sprache'
              : `leichte-sprache/${doc.slug}`
            : `${dir}/${doc.slug}`
        expect(exists(f, `${rel}/index.html`), rel).toBe(true)
      }
    }
    const english = read(f, `en/vereine/${f.edge.association.slug}/index.html`)
    expect(english).toContain('Bobbin Lace Circle')
    expect(english).toContain('<html lang="en" dir="ltr"')
    // Translated short text in English; the untranslated description is marked as German.
    expect(english).toContain('<p class="lead prose">We make bobbin lace together – beginners welcome.</p>')
    expect(english).toMatch(/<div class="rich prose" lang="de"><p>Bei uns lernen Sie/)
    // Not translated: no English page, the German one is linked instead.
    expect(exists(f, `en/vereine/${f.edge.network.slug}/index.html`)).toBe(false)
  })

  it('never shows drafts or unpublished changes anywhere in the output', () => {
    const files = [
      ...allFiles('.html'),
      ...allFiles('.json'),
      ...allFiles('.csv'),
      ...allFiles('.ics'),
      ...allFiles('.xml'),
    ]
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const body = fs.readFileSync(path.join(f.site.outDir, file), 'utf8')
      expect(body, file).not.toContain(f.edge.draftAssociation.name)
      expect(body, file).not.toContain(f.edge.republishedAssociation.draftName)
    }
    expect(exists(f, `vereine/${f.edge.draftAssociation.slug}/index.html`)).toBe(false)
    expect(read(f, `vereine/${f.edge.republishedAssociation.slug}/index.html`)).toContain(
      f.edge.republishedAssociation.publishedName,
    )
  })

  it('drops expired volunteering offers and keeps current ones', () => {
    const list = read(f, 'ehrenamt/index.html')
    expect(list).not.toContain(f.edge.expiredOpportunity.title)
    expect(exists(f, `ehrenamt/${f.edge.expiredOpportunity.slug}/index.html`)).toBe(false)
    expect(read(f, 'daten/ehrenamt.json')).not.toContain(f.edge.expiredOpportunity.title)
    expect(list).toContain(f.edge.currentOpportunity.title)
    expect(read(f, `ehrenamt/${f.edge.currentOpportunity.slug}/index.html`)).toContain(
      'So nehmen Sie Kontakt auf',
    )
    const current = published.opportunities.filter(
      (o) => !o.validUntil || new Date(o.validUntil).getTime() > Date.now(),
    )
    for (const o of current) expect(list, o.slug).toContain(`/ehrenamt/${o.slug}/`)
  })

  it('puts past events in the archive and upcoming ones in the calendar, grouped by day', () => {
    const upcoming = read(f, 'veranstaltungen/index.html')
    const archive = read(f, 'veranstaltungen/archiv/index.html')
    expect(upcoming).not.toContain(`/veranstaltungen/${f.edge.pastEvent.slug}/`)
    expect(archive).toContain(`/veranstaltungen/${f.edge.pastEvent.slug}/`)
    expect(read(f, `veranstaltungen/${f.edge.pastEvent.slug}/index.html`)).toContain(
      'hat bereits stattgefunden',
    )
    // The list shows eight weeks; every upcoming event is on its month page.
    const upcomingEvents = published.events.filter(
      (e) => new Date(e.end ?? e.start!).getTime() > Date.now() + 60_000,
    )
    const inWindow = (e: Doc) => new Date(e.start!).getTime() < f.now.getTime() + 56 * 86_400_000 - 60_000
    expect(upcomingEvents.some((e) => !inWindow(e))).toBe(true)
    for (const e of upcomingEvents) {
      if (inWindow(e)) expect(upcoming, e.slug).toContain(`/veranstaltungen/${e.slug}/`)
      else expect(upcoming, e.slug).not.toContain(`/veranstaltungen/${e.slug}/`)
      const month = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Berlin',
        year: 'numeric',
        month: '2-digit',
      }).format(new Date(e.start!))
      expect(read(f, `veranstaltungen/monat/${month}/index.html`), `${e.slug} in ${month}`).toContain(
        `/veranstaltungen/${e.slug}/`,
      )
    }
    expect(upcoming).toMatch(/href="\/veranstaltungen\/monat\/\d{4}-\d{2}\/"/)
    // German day headings in Berlin time.
    // An agenda: month headings, and per day the full date for screen readers beside a compact one.
    expect(upcoming).toMatch(/<h2 class="agenda-month"[^>]*>\p{L}+ \d{4}<\/h2>/u)
    expect(upcoming).toMatch(
      /<h3 class="agenda-date"[^>]*><time datetime="\d{4}-\d{2}-\d{2}"><span class="visually-hidden">(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \p{L}+ \d{4}<\/span>/u,
    )
    expect(read(f, `veranstaltungen/${f.edge.dstAfter.slug}/index.html`)).toContain('19:00 Uhr')
    expect(read(f, `veranstaltungen/${f.edge.dstBefore.slug}/index.html`)).toContain('19:00 Uhr')
  })

  it('marks cancelled events clearly in lists, on the page and in JSON-LD', () => {
    const page = read(f, `veranstaltungen/${f.edge.cancelledEvent.slug}/index.html`)
    expect(page).toContain('Diese Veranstaltung fällt aus.')
    expect(page).toContain('Wegen Krankheit abgesagt.')
    expect(page).toContain('https://schema.org/EventCancelled')
    expect(read(f, 'veranstaltungen/index.html')).toMatch(
      /<span class="badge-cancelled">Abgesagt<\/span> <a href="\/veranstaltungen\/kloeppel-abend-faellt-aus\/"/,
    )
  })

  it('escapes umlauts and HTML special characters correctly and lets no script through', () => {
    const event = read(f, `veranstaltungen/${f.edge.specialEvent.slug}/index.html`)
    expect(event).toContain(
      '<h1>Tanz &amp; „Kaffee“ &lt;b&gt;für&lt;/b&gt; Jung &amp; Alt – Größenwahn?</h1>',
    )
    expect(event).toContain(
      '<title>Tanz &amp; „Kaffee“ &lt;b&gt;für&lt;/b&gt; Jung &amp; Alt – Größenwahn? – Unser Neubrandenburg</title>',
    )
    const profile = read(f, `vereine/${f.edge.association.slug}/index.html`)
    expect(profile).toContain('Klöppelkreis „Müller &amp; Söhne“ &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(profile).toContain('Filigranhäkeln')
    expect(profile).toContain('&lt;img src=x onerror=alert(2)&gt; bleibt Text.')
    expect(profile).toContain('Gefährlicher Link')
    for (const file of allFiles('.html')) {
      // Attribute values emptied: what remains of "<" is real markup, since text is escaped.
      const markup = fs.readFileSync(path.join(f.site.outDir, file), 'utf8').replace(/="[^"]*"/g, '=""')
      expect(markup, file).not.toMatch(/<script>alert|<img src=x|<[a-z][^>]*\son[a-z]+=/i)
      expect(fs.readFileSync(path.join(f.site.outDir, file), 'utf8'), file).not.toMatch(
        /href="\s*javascript:/i,
      )
      // Only our own scripts: JSON-LD data and bundled modules from /_astro/.
      for (const tag of fs
        .readFileSync(path.join(f.site.outDir, file), 'utf8')
        .replace(/="[^"]*"/g, (m) => (m.includes('<') ? '=""' : m))
        .match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, file).toMatch(
          /^<script (type="application\/ld\+json"|type="module" src="\/_astro\/[^"]+\.js")>$/,
        )
      }
    }
  })

  it('serves images from its own origin, resized, with width, height and alt text', () => {
    const withImages = allFiles('.html')
      .map((file) => read(f, file))
      .filter((html) => html.includes('<img'))
    expect(withImages.length).toBeGreaterThan(0)
    for (const html of withImages) {
      for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
        expect(img).toMatch(/ src="\/medien\/[^"]+"/)
        expect(img).toMatch(/ width="\d+"/)
        expect(img).toMatch(/ height="\d+"/)
        // The coat of arms sits in the home link beside the site's name, which names the link:
        // decorative there, so its alt is empty on purpose. Every other picture says what it shows.
        if (img.includes('class="brand-mark brand-emblem"')) expect(img).toContain('alt=""')
        else expect(img).toMatch(/ alt="[^"]{5,}"/)
        const src = /src="([^"]+)"/.exec(img)![1]
        expect(exists(f, decodeURIComponent(src.slice(1))), src).toBe(true)
      }
    }
    for (const file of allFiles('.html')) expect(read(f, file), file).not.toContain(f.cms.api!.url)
    const sizes = fs
      .readdirSync(path.join(f.site.outDir, 'medien'))
      .map((n) => fs.statSync(path.join(f.site.outDir, 'medien', n)).size)
    expect(Math.max(...sizes)).toBeLessThan(400_000)
  })

  it("shows networks and their member associations on both profiles, with the members' offers on the network", () => {
    const network = read(f, `vereine/${f.edge.network.slug}/index.html`)
    expect(network).toContain(`href="/vereine/${f.edge.association.slug}/"`)
    expect(network).toContain('Nächste Veranstaltungen im Netzwerk')
    expect(network).toContain(`/veranstaltungen/${f.edge.specialEvent.slug}/`)
    expect(network).toContain(`/ehrenamt/${f.edge.currentOpportunity.slug}/`)
    expect(read(f, `vereine/${f.edge.association.slug}/index.html`)).toContain(
      `href="/vereine/${f.edge.network.slug}/"`,
    )
  })

  it('has filter pages that work without JavaScript and no JavaScript on pages without search, filters or a form', () => {
    const networks = read(f, 'vereine/art/netzwerk-dachverband/index.html')
    expect(networks).toContain(`/vereine/${f.edge.network.slug}/`)
    expect(networks).not.toContain(`/vereine/${f.edge.association.slug}/`)
    expect(read(f, 'vereine/index.html')).toContain('href="/vereine/art/netzwerk-dachverband/"')
    // Every page loads one small module, the same file everywhere: the service worker's registration
    // (site/src/scripts/pwa.ts). Everything else a page loads is listed here.
    const modules = (page: string) =>
      [...read(f, page).matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1])
    const isRegistration = (file: string) => read(f, file).includes('serviceWorker')
    const others = (page: string) => {
      const all = modules(page)
      expect(all.filter(isRegistration), page).toHaveLength(1)
      // About 2 KB: the registration, the install offer, and Vite's helper for loading the hint on demand.
      expect(fs.statSync(path.join(f.site.outDir, all.find(isRegistration)!)).size, page).toBeLessThan(
        3 * 1024,
      )
      return all.filter((file) => !isRegistration(file))
    }
    for (const page of ['index.html', 'aktuelles/index.html', 'mitmachen/index.html', 'daten/index.html']) {
      expect(others(page), page).toEqual([])
    }
    // Event pages: only the "Merken" button, which is hidden without JavaScript.
    const event = `veranstaltungen/${f.edge.specialEvent.slug}/index.html`
    expect(others(event), event).toHaveLength(1)
    expect(read(f, event)).toMatch(
      /<div class="save" data-save="[^"]*" data-list-url="\/merkliste\/" data-pagefind-ignore hidden>/,
    )
    // Association and offer pages also carry the enquiry form, which the script only enhances.
    for (const page of [
      `vereine/${f.edge.association.slug}/index.html`,
      `ehrenamt/${f.edge.currentOpportunity.slug}/index.html`,
    ]) {
      const html = read(f, page)
      expect(html, page).toContain('data-enquiry-form')
      expect(others(page), page).toHaveLength(2)
    }
    expect(others('vereine/index.html').length).toBeGreaterThan(0)
  })

  it('links the participation platform and the city prominently, and shows current participation', () => {
    const home = read(f, 'index.html')
    // The three doors, club life first.
    const doors = [...home.matchAll(/<a class="door [^"]*" href="([^"]+)"><strong>([^<]+)<\/strong>/g)].map(
      (m) => [m[1], m[2]],
    )
    expect(doors).toEqual([
      ['/vereine/', 'Vereinsleben'],
      [f.consul.url, 'Mitreden und mitgestalten'],
      ['https://www.neubrandenburg.de', 'Rathaus und Bürgerservice'],
    ])
    expect(home).toContain('href="https://www.neubrandenburg.de"')
    expect(home).toContain('Aktuelle Beteiligungen')
    const mitmachen = read(f, 'mitmachen/index.html')
    expect(mitmachen).toContain('Consul')
    expect(mitmachen).toContain('href="/konto-beantragen/"')
    // Live from the (stand-in) instance: entries link there, counts in German.
    expect(mitmachen).toMatch(new RegExp(`<h3><a href="${f.consul.url}/[^"]+">`))
    expect(mitmachen).toMatch(/\d+ Unterstützungen/)
    expect(f.consul.queries.length).toBeGreaterThan(0)
  })
})

describe('feeds and machine-readable output', () => {
  it('writes iCalendar files that parse, with Berlin times correct across the change to summer time', () => {
    const all = ical.sync.parseICS(read(f, 'kalender/veranstaltungen.ics'))
    const events = Object.values(all).filter((c) => c?.type === 'VEVENT') as VEvent[]
    expect(events.length).toBe(published.events.length)
    const urlOf = (e: VEvent) => String((e.url as unknown as { val?: string })?.val ?? e.url ?? '')
    const byUrl = (slug: string) => events.find((e) => urlOf(e).includes(`/veranstaltungen/${slug}/`))!
    const before = byUrl(f.edge.dstBefore.slug)
    const after = byUrl(f.edge.dstAfter.slug)
    expect(before.start.toISOString()).toBe(new Date(f.edge.dstBefore.start).toISOString())
    expect(after.start.toISOString()).toBe(new Date(f.edge.dstAfter.start).toISOString())
    const berlin = (d: Date) =>
      new Intl.DateTimeFormat('de-DE', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      }).format(d)
    expect(berlin(before.start)).toBe('19:00')
    expect(berlin(after.start)).toBe('19:00')
    expect(byUrl(f.edge.cancelledEvent.slug).status).toBe('CANCELLED')
    const raw = read(f, 'kalender/veranstaltungen.ics')
    expect(raw).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin')
    expect(raw).toMatch(/^DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}\r$/m)
    expect(raw).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m)

    const perAssociation = ical.sync.parseICS(read(f, `kalender/vereine/${f.edge.association.slug}.ics`))
    expect(Object.values(perAssociation).filter((c) => c?.type === 'VEVENT')).toHaveLength(5)
    const perTopic = ical.sync.parseICS(read(f, `kalender/themen/${f.edge.topic.slug}.ics`))
    expect(Object.values(perTopic).filter((c) => c?.type === 'VEVENT')).toHaveLength(5)
    const single = Object.values(
      ical.sync.parseICS(read(f, `kalender/termine/${f.edge.specialEvent.slug}.ics`)),
    ).filter((c) => c?.type === 'VEVENT') as VEvent[]
    expect(single).toHaveLength(1)
    expect(single[0].summary).toBe('Tanz & „Kaffee“ <b>für</b> Jung & Alt – Größenwahn?')
  })

  it('writes RSS and sitemaps that parse as XML', () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    const rss = parser.parse(read(f, 'aktuelles/rss.xml'))
    const items = [rss.rss.channel.item].flat()
    expect(items.length).toBe(Math.min(50, published.news.length))
    expect(items[0].link).toMatch(/^https:\/\/.+\/aktuelles\/.+\/$/)
    expect(read(f, 'sitemap.xml')).toBe(read(f, 'sitemap-index.xml'))
    const index = parser.parse(read(f, 'sitemap-index.xml'))
    const maps = [index.sitemapindex.sitemap]
      .flat()
      .map((s: { loc: string }) => new URL(s.loc).pathname.slice(1))
    const urls = maps.flatMap((m) =>
      [parser.parse(read(f, m)).urlset.url].flat().map((u: { loc: string }) => u.loc),
    )
    expect(urls.some((u) => u.endsWith(`/vereine/${f.edge.association.slug}/`))).toBe(true)
    expect(urls.some((u) => u.includes(f.edge.draftAssociation.slug))).toBe(false)
    expect(read(f, 'robots.txt')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/)
  })

  it('embeds JSON-LD that parses: Event (with status), NGO, JobPosting, NewsArticle', () => {
    const types = new Set<string>()
    for (const file of allFiles('.html')) {
      for (const m of read(f, file).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        const data = JSON.parse(m[1])
        types.add(data['@type'])
        if (data['@type'] === 'Event')
          expect(data.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/)
      }
    }
    expect([...types].sort()).toEqual(['Event', 'JobPosting', 'NGO', 'NewsArticle'])
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
        read(f, `veranstaltungen/${f.edge.dstAfter.slug}/index.html`),
      )![1],
    )
    expect(ld.startDate).toMatch(/T19:00:00\+02:00$/)
  })

  it('publishes open data as JSON and CSV with a licence note', () => {
    for (const name of ['vereine', 'veranstaltungen', 'ehrenamt']) {
      const json = JSON.parse(read(f, `daten/${name}.json`))
      expect(json.lizenz.id).toBe('dl-de/by-2-0')
      expect(json.daten.length).toBe(json.anzahl)
      const csv = read(f, `daten/${name}.csv`)
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      // Rows may contain quoted line breaks, so count records by their URL column instead.
      expect(csv.match(/,https:\/\/[^,\r\n]+\/,/g)?.length, name).toBe(json.anzahl)
    }
    const associations = JSON.parse(read(f, 'daten/vereine.json'))
    expect(associations.anzahl).toBe(published.associations.length)
    expect(read(f, 'daten/vereine.csv')).toContain(
      '"Klöppelkreis „Müller & Söhne“ <script>alert(1)</script>"'.replace(/^"|"$/g, ''),
    )
    expect(read(f, 'daten/index.html')).toContain('dl-de/by-2-0')
  })
})

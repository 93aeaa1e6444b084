import fs from 'node:fs'
import path from 'node:path'

import { Parser } from 'htmlparser2'
import ical, { type VCalendar, type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/build-site'
import { read, startSiteFixture, type SiteFixture } from './fixture'

// issue 20, schema.org and iCal: every page type's JSON-LD, read back from the built site, has the
// properties search engines and partners rely on, and content cannot leave its script element.

let f: SiteFixture
const hostile = '</script><script>alert(1)</script><!-- \u2028 & >'
const slugs: { offer: string; event: string; online: string } = { offer: '', event: '', online: '' }

beforeAll(async () => {
  f = await startSiteFixture('structured-data', { build: false })
  const { payload } = f.cms
  const media = (await payload.find({ collection: 'media', limit: 1, depth: 0, sort: 'id' })).docs[0]
  const inDays = (d: number) => new Date(f.now.getTime() + d * 24 * 3600_000).toISOString()
  const offer = await payload.create({
    collection: 'opportunities',
    data: {
      title: hostile,
      summary: 'Helfen Sie beim Sommerfest.',
      association: f.edge.association.id,
      commitment: 'oneOff',
      validUntil: inDays(30),
      _status: 'published',
    } as never,
  })
  const event = await payload.create({
    collection: 'events',
    data: {
      title: hostile,
      start: inDays(5),
      attendance: 'onsite',
      venue: { name: 'Haus der Kultur und Bildung', street: 'Marktplatz 1', city: 'Neubrandenburg' },
      organizers: [f.edge.association.id],
      price: { isFree: false, text: '5 €, ermäßigt 3 €' },
      image: media.id,
      _status: 'published',
    } as never,
  })
  const online = await payload.create({
    collection: 'events',
    data: {
      title: 'Online-Sprechstunde Ehrenamt',
      start: inDays(6),
      attendance: 'online',
      onlineUrl: 'https://meet.example.org/ehrenamt',
      organizers: [f.edge.association.id],
      price: { isFree: true },
      _status: 'published',
    } as never,
  })
  Object.assign(slugs, { offer: offer.slug, event: event.slug, online: online.slug })
  const site = await buildSite({
    cmsUrl: f.cms.api!.url,
    outDir: f.site.outDir,
    participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
    log: () => {},
  })
  Object.assign(f.site, site)
}, 600_000)
afterAll(async () => f?.close())

type Ld = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** A page's script elements as an HTML parser (browser tokenizer rules) sees them. */
function scriptsOf(rel: string) {
  const scripts: { attrs: Record<string, string>; text: string }[] = []
  let current: (typeof scripts)[number] | undefined
  const parser = new Parser({
    onopentag: (name, attrs) => {
      if (name === 'script') scripts.push((current = { attrs, text: '' }))
    },
    ontext: (text) => {
      if (current) current.text += text
    },
    onclosetag: (name) => {
      if (name === 'script') current = undefined
    },
  })
  parser.end(read(f, rel))
  return scripts
}
/** Every JSON-LD block of a page, parsed the way a crawler reads it. */
const jsonLdOf = (rel: string): Ld[] =>
  scriptsOf(rel)
    .filter((s) => s.attrs.type === 'application/ld+json')
    .map((s) => JSON.parse(s.text) as Ld)
const only = (rel: string) => {
  const blocks = jsonLdOf(rel)
  expect(blocks, rel).toHaveLength(1)
  return blocks[0]
}
/** The German detail pages of a kind (those that carry data-pagefind-body), not its lists. */
const htmlFiles = (dir: string) => {
  const files = (fs.readdirSync(path.join(f.site.outDir, dir), { recursive: true }) as string[])
    .filter((p) => p.endsWith('index.html'))
    .map((p) => `${dir}/${p}`)
    .filter((rel) => read(f, rel).includes('data-pagefind-body'))
  expect(files.length, dir).toBeGreaterThan(2)
  return files
}

describe('schema.org data on every page type', () => {
  it('volunteer offers are JobPostings with employmentType VOLUNTEER', () => {
    for (const file of htmlFiles('ehrenamt')) {
      const ld = only(file)
      expect(ld['@type'], file).toBe('JobPosting')
      expect(ld.employmentType).toBe('VOLUNTEER')
      expect(ld.hiringOrganization['@type']).toMatch(/^(NGO|Organization)$/)
      expect(ld.hiringOrganization.name).toBeTruthy()
      expect(ld.jobLocation['@type']).toBe('Place')
      expect(ld.jobLocation.address.addressCountry).toBe('DE')
      expect(ld.datePosted).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
      expect(ld.description).toBeTruthy()
    }
    const ld = only(`ehrenamt/${slugs.offer}/index.html`)
    expect(ld.validThrough).toMatch(/[+-]\d\d:\d\d$/)
    expect(ld.hiringOrganization.url).toContain(`/vereine/${f.edge.association.slug}/`)
  })

  it('associations are NGOs and name the networks they belong to', () => {
    for (const file of htmlFiles('vereine')) expect(only(file)['@type'], file).toBe('NGO')
    const ld = only(`vereine/${f.edge.association.slug}/index.html`)
    expect(ld.memberOf).toEqual([
      expect.objectContaining({
        '@type': 'NGO',
        url: expect.stringContaining(`/vereine/${f.edge.network.slug}/`),
      }),
    ])
  })

  it('events have organizer, location, attendance mode, status, offers and image', () => {
    for (const file of htmlFiles('veranstaltungen')) {
      const ld = only(file)
      expect(ld['@type'], file).toBe('Event')
      expect(ld.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/)
      expect(ld.eventAttendanceMode).toMatch(
        /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
      )
      expect(ld.location).toBeTruthy()
    }
    const ld = only(`veranstaltungen/${slugs.event}/index.html`)
    expect(ld.organizer[0]).toMatchObject({ name: f.edge.association.name })
    expect(ld.location).toMatchObject({ '@type': 'Place', address: { streetAddress: 'Marktplatz 1' } })
    expect(ld.offers).toMatchObject({ '@type': 'Offer', description: '5 €, ermäßigt 3 €' })
    expect(ld.image).toMatch(/^https:\/\/.+\/medien\//)
    const online = only(`veranstaltungen/${slugs.online}/index.html`)
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.org/ehrenamt' })
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(online.offers).toMatchObject({ price: 0, priceCurrency: 'EUR' })
  })

  it('news are NewsArticles', () => {
    for (const file of htmlFiles('aktuelles')) {
      const ld = only(file)
      expect(ld['@type'], file).toBe('NewsArticle')
      expect(ld.headline).toBeTruthy()
      expect(ld.datePublished).toMatch(/[+-]\d\d:\d\d$/)
    }
  })

  it('a title with </script> stays inside its JSON-LD string', () => {
    for (const rel of [`ehrenamt/${slugs.offer}/index.html`, `veranstaltungen/${slugs.event}/index.html`]) {
      // The only script elements are the JSON-LD block and our own bundled modules.
      const other = scriptsOf(rel).filter(
        (s) => s.attrs.type !== 'application/ld+json' && !s.attrs.src?.startsWith('/_astro/'),
      )
      expect(other, rel).toEqual([])
      const ld = only(rel)
      expect(ld.title ?? ld.name, rel).toBe(hostile)
    }
  })
})

describe('iCalendar (RFC 5545 / 7986)', () => {
  const calendars = () => ({
    all: 'kalender/veranstaltungen.ics',
    association: `kalender/vereine/${f.edge.association.slug}.ics`,
    single: `kalender/termine/${slugs.event}.ics`,
  })

  it('has NAME, URL, REFRESH-INTERVAL and COLOR before the first event, SEQUENCE and URL per event', () => {
    for (const [name, rel] of Object.entries(calendars())) {
      const raw = read(f, rel)
      const unfolded = raw.replace(/\r\n[ \t]/g, '') // RFC 5545 line folding
      const head = unfolded.slice(0, unfolded.indexOf('BEGIN:VEVENT'))
      expect(head, name).toMatch(/^NAME:[^\r\n]+\r\n/m)
      expect(head).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT6H\r$/m)
      expect(head).toMatch(/^COLOR:steelblue\r$/m)
      expect(head).toContain(`URL:https://unser-nb.de/${rel}\r\n`)
      // And as a calendar library reads them:
      const parsed = ical.sync.parseICS(raw) as Record<string, unknown>
      const cal = parsed.vcalendar as VCalendar & Record<string, unknown>
      expect(cal).toMatchObject({ url: `https://unser-nb.de/${rel}`, color: 'steelblue' })
      expect(cal.name).toBe(cal['WR-CALNAME'])
      expect(parsed['refresh-interval']).toMatchObject({ val: 'PT6H' })
      const events = Object.values(parsed).filter((c) => (c as VEvent)?.type === 'VEVENT') as VEvent[]
      expect(events.length, name).toBeGreaterThan(0)
      for (const e of events) {
        expect(Number(e.sequence), String(e.uid)).toBeGreaterThanOrEqual(0)
        expect(String((e.url as unknown as { val?: string })?.val ?? e.url)).toMatch(
          /\/veranstaltungen\/.+\/$/,
        )
      }
    }
  })

  it('SEQUENCE grows when an event changes', async () => {
    const seq = (raw: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(raw)![1])
    const before = seq(read(f, calendars().single))
    const { payload } = f.cms
    const doc = (await payload.find({ collection: 'events', where: { slug: { equals: slugs.event } } }))
      .docs[0]
    // The first build took far more than a second, so this edit moves updatedAt by whole seconds.
    await payload.update({ collection: 'events', id: doc.id, data: { summary: 'Neu: mit Anmeldung.' } })
    await buildSite({ cmsUrl: f.cms.api!.url, outDir: f.site.outDir, log: () => {} })
    expect(seq(read(f, calendars().single))).toBeGreaterThan(before)
  }, 600_000)
})

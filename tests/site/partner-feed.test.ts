import fs from 'node:fs'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSiteServer, type SiteServer } from '../../scripts/build-runner/site-server'
import { buildSite } from '../../scripts/build-site'
import { loadHeaderRules } from '../../scripts/lib/netlify-rules'
import { exists, read, startSiteFixture, type SiteFixture } from './fixture'

// issue 20, partner JSON feed: every feed under /daten/v1/ validates against the JSON Schema
// published next to it, every item links to a page of the same build, long lists are paged, and
// other sites may read the feeds (CORS for GET) while pages stay closed to them.

let f: SiteFixture
let server: SiteServer
const extraEvents = 57 // more than one page of the topic's feed (pageSize 50)

beforeAll(async () => {
  f = await startSiteFixture('partner-feed', { build: false })
  const { payload } = f.cms
  const topic = (await payload.find({ collection: 'topics', where: { slug: { equals: f.edge.topic.slug } } }))
    .docs[0]
  for (let i = 0; i < extraEvents; i++) {
    await payload.create({
      collection: 'events',
      data: {
        title: `Klöppeltreff Nr. ${i + 1}`,
        start: new Date(f.now.getTime() + (i + 1) * 3600_000 * 7).toISOString(),
        attendance: 'onsite',
        venue: { name: 'Haus der Kultur und Bildung' },
        topics: [topic.id],
        organizers: [f.edge.association.id],
        _status: 'published',
      } as never,
    })
  }
  Object.assign(
    f.site,
    await buildSite({
      cmsUrl: f.cms.api!.url,
      outDir: f.site.outDir,
      participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
      log: () => {},
    }),
  )
  server = await startSiteServer({
    liveDir: f.site.outDir,
    rules: loadHeaderRules(path.resolve(import.meta.dirname, '../../netlify.toml')),
  })
}, 600_000)
afterAll(async () => {
  await server?.close()
  await f?.close()
})

type Item = { id: number; url: string; [k: string]: unknown }
type Page = {
  $schema: string
  licence: { id: string }
  total: number
  page: number
  pages: number
  next: string | null
  previous: string | null
  items: Item[]
}
const feedFiles = () =>
  (fs.readdirSync(path.join(f.site.outDir, 'daten/v1'), { recursive: true }) as string[])
    .filter((p) => p.endsWith('.json') && !p.endsWith('.schema.json'))
    .map((p) => `daten/v1/${p}`)
const local = (url: string) => {
  const u = new URL(url)
  expect(u.origin).toBe('https://unser-nb.de')
  return u.pathname.slice(1)
}
const feed = (rel: string) => JSON.parse(read(f, rel)) as Page

describe('partner feeds /daten/v1/', () => {
  it('every feed validates against the JSON Schema published next to it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats(ajv)
    const validators = new Map<string, ReturnType<typeof ajv.compile>>()
    const files = feedFiles()
    // The city, each topic, district and association, four kinds each.
    expect(files.length).toBeGreaterThan(4 * 20)
    for (const rel of files) {
      const body = feed(rel)
      const schemaFile = local(body.$schema)
      expect(schemaFile).toMatch(/^daten\/v1\/(veranstaltungen|ehrenamt|vereine|aktuelles)\.schema\.json$/)
      if (!validators.has(schemaFile))
        validators.set(schemaFile, ajv.compile(JSON.parse(read(f, schemaFile))))
      const validate = validators.get(schemaFile)!
      expect(validate(body) ? [] : validate.errors, rel).toEqual([])
      expect(body.licence.id).toBe('dl-de/by-2-0')
    }
    expect(validators.size).toBe(4)
    // The schema is not a blank check: a feed with a date without offset fails it.
    const events = feed('daten/v1/veranstaltungen.json')
    const broken = structuredClone(events)
    ;(broken.items[0] as Item).start = '2026-12-24T18:00:00'
    expect(validators.get('daten/v1/veranstaltungen.schema.json')!(broken)).toBe(false)
  })

  it('every item links to a page of the same build, and ids are the CMS ids', async () => {
    const seen = new Set<string>()
    for (const rel of feedFiles()) {
      for (const item of feed(rel).items) {
        if (seen.has(item.url)) continue
        seen.add(item.url)
        const page = local(item.url)
        expect(exists(f, path.join(page, 'index.html')), `${rel}: ${item.url}`).toBe(true)
      }
    }
    expect(seen.size).toBeGreaterThan(extraEvents)
    const cms = (await (await fetch(`${f.cms.api!.url}/api/associations?limit=1000&depth=0`)).json()) as {
      docs: { id: number; slug: string }[]
    }
    for (const item of feed('daten/v1/vereine.json').items) {
      expect(item.url).toContain(`/vereine/${cms.docs.find((d) => d.id === item.id)?.slug}/`)
    }
  })

  it('pages long lists and keeps dates in Berlin time with offset', () => {
    const first = feed(`daten/v1/themen/${f.edge.topic.slug}/veranstaltungen.json`)
    expect(first.pages).toBeGreaterThan(1)
    const all: Item[] = []
    let page: Page | undefined = first
    while (page) {
      all.push(...page.items)
      page = page.next ? feed(`${local(page.next)}`) : undefined
      if (page) expect(local(page.previous!)).toBeTruthy()
    }
    expect(all).toHaveLength(first.total)
    expect(new Set(all.map((i) => i.id)).size).toBe(first.total)
    expect(first.total).toBeGreaterThanOrEqual(extraEvents)
    for (const item of all) expect(item.start).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?$/)
    // A list ends: asking beyond the last page finds nothing.
    expect(
      exists(f, `daten/v1/themen/${f.edge.topic.slug}/veranstaltungen-seite-${first.pages + 1}.json`),
    ).toBe(false)
  })

  it('has feeds per topic, district and association', () => {
    const byAssociation = feed(`daten/v1/vereine/${f.edge.association.slug}/veranstaltungen.json`)
    expect(byAssociation.total).toBeGreaterThanOrEqual(extraEvents)
    const members = feed(`daten/v1/vereine/${f.edge.network.slug}/vereine.json`)
    expect(members.items.map((i) => i.id)).toContain(f.edge.association.id)
    expect(feedFiles().some((p) => p.startsWith('daten/v1/stadtteile/'))).toBe(true)
    expect(
      feed(`daten/v1/vereine/${f.edge.association.slug}/ehrenamt.json`).items.map((i) => i.title),
    ).toContain(f.edge.currentOpportunity.title)
  })

  it('allows other origins to GET feeds and schemas (CORS), not pages', async () => {
    const origin = { origin: 'https://www.neubrandenburg.de' }
    for (const rel of ['daten/v1/veranstaltungen.json', 'daten/v1/veranstaltungen.schema.json']) {
      const res = await fetch(`${server.url}/${rel}`, { headers: origin })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('content-type')).toMatch(/json/)
      await res.arrayBuffer()
    }
    const page = await fetch(`${server.url}/veranstaltungen/`, { headers: origin })
    expect(page.headers.get('access-control-allow-origin')).toBeNull()
    await page.arrayBuffer()
  })
})

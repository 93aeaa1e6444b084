// Issue 21, old links: after an import with --publish and a real site build, the old HumHub
// addresses of the imported objects answer 301 on the local site server and land on pages the
// build wrote; the same lines are the build's `_redirects` for Netlify.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/build-site'
import { importHumHub } from '../../scripts/humhub/index'
import { humhubRedirectLines } from '../../scripts/humhub/redirects'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from '../helpers/browser'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { NOW, oldSite } from './fixture'
import { startHumHubStandIn, TOKEN, type StandIn } from './humhub-server'

let cms: TestCms
let humhub: StandIn
let site: StaticServer
let outDir: string
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-humhub-site-'))

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'humhub-redirects' })
  // Consul at a local address where nothing listens: the build shows its fallback, offline.
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9' } } as never,
  })
  humhub = await startHumHubStandIn(oldSite)
  await importHumHub(cms.payload, { url: humhub.url, token: TOKEN, now: NOW, newsSpace: 6, publish: true })
  outDir = path.join(tmp, 'dist')
  await buildSite({
    cmsUrl: cms.api!.url,
    outDir,
    participationCacheFile: path.join(tmp, 'consul.json'),
    log: () => {},
  })
  site = await startStaticServer({ dir: outDir, port: 0 })
}, budgets.slowTest)

afterAll(async () => {
  await site?.close()
  await humhub?.close()
  await cms?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

const hop = async (address: string) => {
  const res = await fetch(`${site.url}${address}`, { redirect: 'manual' })
  return { status: res.status, location: res.headers.get('location') ?? '' }
}
/** Follows 301s like a browser and returns where it ends and how that page answered. */
async function land(address: string): Promise<{ path: string; status: number; hops: number }> {
  let current = address
  for (let hops = 0; hops < 5; hops++) {
    const { status, location } = await hop(current)
    if (status !== 301) return { path: current, status, hops }
    current = location
  }
  throw new Error(`Zu viele Weiterleitungen ab ${address}`)
}

describe('old HumHub addresses', () => {
  it('a space page and everything below it lead to the association', async () => {
    expect(await hop('/s/stadtteiltreff-oststadt/')).toEqual({
      status: 301,
      location: '/vereine/stadtteiltreff-oststadt/',
    })
    expect(await land('/s/stadtteiltreff-oststadt')).toEqual({
      path: '/vereine/stadtteiltreff-oststadt/',
      status: 200,
      hops: 1,
    })
    expect(await land('/s/chor-neubrandenburg/space/space/home')).toEqual({
      path: '/vereine/chor-neubrandenburg/',
      status: 200,
      hops: 1,
    })
  })

  it('a calendar entry leads to its event, a post to its news page', async () => {
    const events = (
      await cms.payload.find({
        collection: 'events',
        where: { 'source.externalId': { equals: 'calendar:11' } },
        overrideAccess: true,
      })
    ).docs
    expect(await land('/s/stadtteiltreff-oststadt/calendar/entry/view?id=11')).toEqual({
      path: `/veranstaltungen/${events[0].slug}/`,
      status: 200,
      hops: 2,
    })
    const news = (
      await cms.payload.find({
        collection: 'news',
        where: { 'source.externalId': { equals: 'post:61' } },
        overrideAccess: true,
      })
    ).docs
    expect(await land('/content/perma?id=2061')).toEqual({
      path: `/aktuelles/${news[0].slug}/`,
      status: 200,
      hops: 2,
    })
    const page = await (await fetch(`${site.url}/aktuelles/${news[0].slug}/`)).text()
    expect(page).toContain('Neue Bänke am Tollensesee')
  })

  it('unknown old addresses and addresses of what was not imported stay 404', async () => {
    expect((await hop('/content/perma?id=999999')).status).toBe(301)
    expect(await land('/content/perma?id=999999')).toMatchObject({ status: 404 })
    expect(await land('/s/vorstand-intern/')).toMatchObject({ status: 404, hops: 0 })
  })

  it('the build wrote them as _redirects, every target a page of the build', () => {
    const lines = fs.readFileSync(path.join(outDir, '_redirects'), 'utf8').trim().split('\n')
    expect(lines).toContain('/s/stadtteiltreff-oststadt/  /vereine/stadtteiltreff-oststadt/  301')
    expect(lines).toContain('/content/perma  id=:id  /alt/humhub/content/perma/:id  301')
    for (const line of lines) {
      const target = line.split(/\s+/).at(-2) as string
      if (target.includes(':id')) continue
      expect(fs.existsSync(path.join(outDir, target, 'index.html')), line).toBe(true)
    }
    // Catch-alls after the specific rules: the first matching line wins.
    expect(lines.findIndex((l) => l.startsWith('/s/stadtteiltreff-oststadt/*'))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('/s/stadtteiltreff-oststadt/calendar/entry/view')),
    )
  })

  it('the old space address lands on the association page, with its banner and its alternative text', async () => {
    const browser = await launchBrowser()
    try {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ locale: 'de-DE', viewport: { width, height: 900 } })
        await page.goto(`${site.url}/s/stadtteiltreff-oststadt/`)
        expect(new URL(page.url()).pathname).toBe('/vereine/stadtteiltreff-oststadt/')
        const banner = page.getByRole('img', { name: 'Titelbild von Stadtteiltreff Oststadt' })
        await banner.first().waitFor()
        expect(
          await banner.first().evaluate((img) => (img as HTMLImageElement).naturalWidth),
        ).toBeGreaterThan(0)
        // SITE_SCREENSHOTS=/some/folder keeps the page at both widths for looking at it.
        const shots = process.env.SITE_SCREENSHOTS
        if (shots)
          await page.screenshot({ path: path.join(shots, `humhub-association-${width}.png`), fullPage: true })
        await page.close()
      }
    } finally {
      await browser.close()
    }
  })

  it('leaves out redirects to pages the build did not write', () => {
    const docs = [
      { collection: 'associations' as const, slug: 'da', url: 'https://alt.example/s/da/' },
      { collection: 'associations' as const, slug: 'weg', url: 'https://alt.example/s/weg/' },
    ]
    const lines = humhubRedirectLines(docs, (page) => page === '/vereine/da/')
    expect(lines).toEqual([
      '/s/da/  /vereine/da/  301',
      '/s/da  /vereine/da/  301',
      '/s/da/*  /vereine/da/  301',
    ])
  })
})

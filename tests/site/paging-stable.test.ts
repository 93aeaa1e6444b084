// An agenda's pages are cut at dates (site/src/lib/paging.ts, calendarPagesOf), so a new event
// changes the page of its own days and not every page of every list it is on: a publish renders
// only that page again. Checked through the real incremental build (scripts/build-site.ts with a
// cache directory): a page was rendered again when its record in the page-deps file got a new
// cacheKey (site/src/lib/deps.ts); Astro copies every other page from the last build. Before,
// every page named the list's total and every page's date labels, so one new event rendered all
// pages of the agenda, its filter pages, its month and the Leichte-Sprache list again.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SKIP_PUBLISH_CONTEXT } from '../../cms/src/publish'
import { seed } from '../../cms/src/seed/index'
import { buildSite } from '../../scripts/build-site'
import type { DepsFile } from '../../site/src/lib/deps'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

let cms: TestCms
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-paging-stable-'))
const cacheDir = path.join(root, 'cache')

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'site-paging-stable' })
  // More events in the eight weeks than one page holds, so the agenda has several pages.
  await seed(cms.payload, { counts: { associations: 20, events: 300, opportunities: 10, news: 10 } })
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9' } },
  })
}, budgets.setup)
afterAll(async () => {
  await cms?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const build = (name: string, changes: Record<string, (string | number)[]> | null) =>
  buildSite({
    cmsUrl: cms.api!.url,
    outDir: path.join(root, name),
    cacheDir,
    changes,
    participationCacheFile: path.join(cms.dataDir, 'consul-cache.json'),
    log: () => {},
  })
const records = () =>
  (JSON.parse(fs.readFileSync(path.join(cacheDir, 'page-deps.json'), 'utf8')) as DepsFile).pages
const read = (dir: string, rel: string) => fs.readFileSync(path.join(root, dir, rel, 'index.html'), 'utf8')
const days = (html: string) =>
  [...html.matchAll(/<li data-filter-item[^>]*data-day="([^"]+)"/g)].map((m) => m[1])
/** The pages of a list, in order, from their own "next" links. */
function pagesOf(dir: string, rel: string): string[] {
  const pages = [rel]
  for (;;) {
    const next = read(dir, pages[pages.length - 1]).match(/<a href="\/([^"]+)" rel="next"/)
    if (!next) return pages
    pages.push(next[1])
  }
}
/** The German page of a page key (deps.ts pageKey: route pattern and parameters), or null. */
function germanPage(key: string): string | null {
  const [route, params] = [key.slice(0, key.indexOf(' ')), JSON.parse(key.slice(key.indexOf(' ') + 1))]
  const values = Object.fromEntries(params as [string, string][])
  if (values.lang) return null
  return route
    .replace('/[...lang]', '')
    .replace(/\[(\w+)\]/g, (_, name: string) => values[name])
    .replace(/^\//, '')
    .concat('/')
}

describe('agenda pages cut at dates', () => {
  it(
    'a new event renders again only the agenda page of its own day, in each list it is on',
    async () => {
      await build('a', null)
      const before = records()
      const agenda = pagesOf('a', 'veranstaltungen/')
      expect(agenda.length).toBeGreaterThan(2)
      // A page between the first and the last with room for one more event; the event goes on its
      // first day, so neither the page's own boundaries nor its date label change.
      const k = agenda.findIndex((p, n) => n > 0 && n < agenda.length - 1 && days(read('a', p)).length < 50)
      expect(k, 'eine mittlere Seite mit Platz').toBeGreaterThan(0)
      const day = days(read('a', agenda[k]))[0]
      const { payload } = cms
      // With the topic of an upcoming event: the topic's count changes, the offered topics do not.
      const upcoming = await payload.find({
        collection: 'events',
        depth: 0,
        limit: 100,
        where: { start: { greater_than: new Date().toISOString() } },
      })
      const topic = upcoming.docs.find((e) => e.topics?.length)!.topics![0] as number
      const event = await payload.create({
        collection: 'events',
        data: {
          title: 'Abendkonzert der Musikschule im Schauspielhaus',
          start: `${day}T18:00:00.000Z`,
          attendance: 'onsite',
          venue: { name: 'Schauspielhaus' },
          topics: [topic],
          _status: 'published',
        } as never,
        context: { [SKIP_PUBLISH_CONTEXT]: true },
      })
      const next = await build('b', { events: [event.id] })
      const after = records()
      const rendered = Object.keys(after)
        .filter((key) => before[key]?.cacheKey !== after[key].cacheKey)
        .map(germanPage)
        .filter((p): p is string => p !== null)

      // The agenda: only the page of the event's day, which now lists it; the others are as they were.
      const agendaPages = new Set(agenda)
      expect(rendered.filter((p) => agendaPages.has(p))).toEqual([agenda[k]])
      expect(pagesOf('b', 'veranstaltungen/')).toEqual(agenda)
      expect(read('b', agenda[k])).toContain('Abendkonzert der Musikschule')
      for (const p of agenda.filter((_, n) => n !== k)) expect(read('b', p), p).toBe(read('a', p))
      // Its month and the Leichte-Sprache list: at most the page of that day. The archive: nothing
      // (its pages depend on which filter options exist, not on how many events each has).
      for (const list of [`veranstaltungen/monat/${day.slice(0, 7)}/`, 'leichte-sprache/veranstaltungen/']) {
        const pages = new Set(pagesOf('b', list))
        const again = rendered.filter((p) => pages.has(p))
        expect(again.length, list).toBeLessThanOrEqual(1)
        if (pages.size > 1) expect(again.length, list).toBe(1)
      }
      expect(rendered.filter((p) => p.startsWith('veranstaltungen/archiv/'))).toEqual([])
      expect(next.rendered!).toBeLessThan(60)
    },
    budgets.slowTest,
  )
})

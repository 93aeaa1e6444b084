// Incremental builds (publish pipeline, issue 4): a build that reads only the changed documents and
// renders only the pages whose content changed must produce exactly the site a full build produces,
// and must never touch the files of the build that is live while it runs.

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, type BuildSiteResult } from '../../scripts/build-site'
import { SKIP_PUBLISH_CONTEXT } from '../../cms/src/publish'
import { budgets } from '../helpers/timeouts'
import { startSiteFixture, type SiteFixture } from './fixture'

let f: SiteFixture
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-incremental-'))
const cacheDir = path.join(root, 'cache')
const context = { [SKIP_PUBLISH_CONTEXT]: true }
const day = 24 * 3600 * 1000

function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/** Content that legitimately differs between two builds of the same content: the build time. */
function normalised(dir: string, rel: string): string {
  const text = fs.readFileSync(path.join(dir, rel), 'utf8')
  if (rel.startsWith('daten/') && rel.endsWith('.json'))
    return JSON.stringify({ ...JSON.parse(text), stand: null })
  // The account form's no-JavaScript fallback for "when was the form opened".
  return text.replace(/(name="startedAt" value=")\d+"/g, '$1"')
}

function digests(dir: string) {
  return new Map(
    files(dir).map((rel) => [
      rel,
      crypto
        .createHash('sha1')
        .update(fs.readFileSync(path.join(dir, rel)))
        .digest('hex'),
    ]),
  )
}

/** Every file of the reference build exists in the other one with the same content, and no other file. */
function expectSameSite(actualDir: string, referenceDir: string) {
  const actual = files(actualDir)
  const reference = files(referenceDir)
  expect(
    actual.filter((rel) => !reference.includes(rel)),
    'Dateien, die ein vollständiger Build nicht hat',
  ).toEqual([])
  expect(
    reference.filter((rel) => !actual.includes(rel)),
    'Dateien, die fehlen',
  ).toEqual([])
  const differing = reference.filter((rel) => normalised(actualDir, rel) !== normalised(referenceDir, rel))
  expect(differing, 'Dateien mit anderem Inhalt').toEqual([])
}

const build = (
  name: string,
  options: { incremental: boolean; changes?: Record<string, (string | number)[]> | null },
) =>
  buildSite({
    cmsUrl: f.cms.api!.url,
    outDir: path.join(root, name),
    participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
    log: () => {},
    ...(options.incremental ? { cacheDir, changes: options.changes ?? null } : {}),
  })

let first: BuildSiteResult
beforeAll(async () => {
  f = await startSiteFixture('site-incremental', { build: false })
  first = await build('a', { incremental: true })
})
afterAll(async () => {
  await f?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('incremental site build', () => {
  let second: BuildSiteResult
  const ids: Record<string, (string | number)[]> = {}
  const touched = (collection: string, id: string | number) => (ids[collection] ??= []).push(id)

  it(
    'after edits, renames, an unpublish, a deletion and new documents, equals a full build of the same content',
    async () => {
      const { payload } = f.cms
      expect(first.read).toBe('full')
      // An association renamed: its name is on its events, its offers, its network and in lists.
      const association = f.edge.association
      await payload.update({
        collection: 'associations',
        id: association.id,
        data: { name: 'Klöppelkreis Neubrandenburg' },
        context,
      })
      touched('associations', association.id)
      // An event retitled, another unpublished (its page must go), one translated into English.
      const events = (
        await payload.find({
          collection: 'events',
          limit: 200,
          depth: 0,
          where: { _status: { equals: 'published' } },
        })
      ).docs
      const special = events.find((e) => e.slug === f.edge.specialEvent.slug)!
      await payload.update({
        collection: 'events',
        id: special.id,
        data: { title: 'Tanzcafé für Jung und Alt' },
        context,
      })
      touched('events', special.id)
      const cancelled = events.find((e) => e.slug === f.edge.cancelledEvent.slug)!
      await payload.update({ collection: 'events', id: cancelled.id, data: { _status: 'draft' }, context })
      touched('events', cancelled.id)
      const translated = events.find((e) => e.slug === f.edge.dstAfter.slug)!
      await payload.update({
        collection: 'events',
        id: translated.id,
        locale: 'en',
        data: { title: 'Bobbin lace after the clock change' },
        context,
      })
      touched('events', translated.id)
      // A new topic with a new event; a topic renamed (shown on many pages); a news item deleted.
      const topic = await payload.create({
        collection: 'topics',
        data: { name: 'Nachbarschaftshilfe' },
        context,
      })
      touched('topics', topic.id)
      const created = await payload.create({
        collection: 'events',
        data: {
          title: 'Erste Nachbarschaftsbörse',
          start: new Date(Date.now() + 3 * day).toISOString(),
          attendance: 'onsite',
          venue: { name: 'Stadthalle' },
          topics: [topic.id],
          _status: 'published',
        } as never,
        context,
      })
      touched('events', created.id)
      const someTopic = (
        await payload.find({
          collection: 'topics',
          limit: 1,
          depth: 0,
          where: { slug: { equals: f.edge.topic.slug } },
        })
      ).docs[0]
      await payload.update({
        collection: 'topics',
        id: someTopic.id,
        data: { name: 'Handarbeit und Tradition' },
        context,
      })
      touched('topics', someTopic.id)
      const news = (await payload.find({ collection: 'news', limit: 1, depth: 0 })).docs[0]
      await payload.delete({ collection: 'news', id: news.id, context })
      touched('news', news.id)

      second = await build('b', { incremental: true, changes: ids })
      expect(second.read).toBe('changes')
      // Only what the changes reach was rendered again; the rest was taken over.
      expect(second.rendered).toBeGreaterThan(0)
      expect(second.rendered!).toBeLessThan(second.pages / 2)
      expect(fs.existsSync(path.join(root, 'b', 'veranstaltungen', f.edge.cancelledEvent.slug))).toBe(false)
      expect(
        fs.readFileSync(path.join(root, 'b', 'veranstaltungen', created.slug!, 'index.html'), 'utf8'),
      ).toContain('Erste Nachbarschaftsbörse')

      // The search index too: only the shards with changed pages were indexed again.
      expect(second.search!.indexed).toBeGreaterThan(0)
      expect(second.search!.indexed).toBeLessThan(second.search!.shards)

      const reference = await build('full-1', { incremental: false })
      expect(reference.pages).toBe(second.pages)
      expect(reference.search!.indexed).toBe(reference.search!.shards)
      expectSameSite(path.join(root, 'b'), path.join(root, 'full-1'))
    },
    budgets.slowTest,
  )

  it(
    'never changes the files of the previous build while the next one runs, and still matches a full build',
    async () => {
      const { payload } = f.cms
      const live = path.join(root, 'b')
      const before = digests(live)
      // Changes that re-render pages whose files the previous build shares with the cache.
      const association = f.edge.association
      await payload.update({
        collection: 'associations',
        id: association.id,
        data: { name: 'Klöppelkreis „Spitze“ Neubrandenburg', lookingForMembers: false },
        context,
      })
      const opportunity = (
        await payload.find({
          collection: 'opportunities',
          limit: 1,
          depth: 0,
          where: { slug: { equals: f.edge.currentOpportunity.slug } },
        })
      ).docs[0]
      await payload.update({
        collection: 'opportunities',
        id: opportunity.id,
        data: { title: 'Klöppel-Patenschaft für neue Mitglieder' },
        context,
      })

      const third = await build('c', {
        incremental: true,
        changes: { associations: [association.id], opportunities: [opportunity.id] },
      })
      expect(third.read).toBe('changes')
      expect(digests(live)).toEqual(before)

      await build('full-2', { incremental: false })
      expectSameSite(path.join(root, 'c'), path.join(root, 'full-2'))
    },
    budgets.slowTest,
  )

  it(
    'editing the text of a fixed page or a topic re-renders that page, not every page that links or names it',
    async () => {
      const { payload } = f.cms
      const impressum = (
        await payload.find({
          collection: 'pages',
          limit: 1,
          depth: 0,
          where: { slug: { equals: 'impressum' } },
        })
      ).docs[0]
      await payload.update({
        collection: 'pages',
        id: impressum.id,
        data: { summary: 'Angaben nach § 5 DDG, neu gefasst.' },
        context,
      })
      const topic = (
        await payload.find({
          collection: 'topics',
          limit: 1,
          depth: 0,
          where: { slug: { equals: f.edge.topic.slug } },
        })
      ).docs[0]
      await payload.update({
        collection: 'topics',
        id: topic.id,
        data: { description: 'Klöppeln, Sticken, Weben: alte Techniken in neuer Runde.' },
        context,
      })
      const next = await build('e', {
        incremental: true,
        changes: { pages: [impressum.id], topics: [topic.id] },
      })
      expect(next.read).toBe('changes')
      expect(next.rendered!).toBeLessThan(next.pages / 10)
      expect(fs.readFileSync(path.join(root, 'e', 'seiten', 'impressum', 'index.html'), 'utf8')).toContain(
        'neu gefasst',
      )
      await build('full-4', { incremental: false })
      expectSameSite(path.join(root, 'e'), path.join(root, 'full-4'))
    },
    budgets.slowTest,
  )

  it(
    'builds into the directory of an older build (the runner reuses a retired one): keeps its page directories, drops what is gone, equals a full build',
    async () => {
      const { payload } = f.cms
      // The first build is the oldest tree: the cancelled event's page and the old search index are in it.
      const retired = path.join(root, 'a')
      const recycled = path.join(root, 'f')
      const cancelledPage = path.join('veranstaltungen', f.edge.cancelledEvent.slug)
      expect(fs.existsSync(path.join(retired, cancelledPage))).toBe(true)
      const kept = path.join('seiten', 'impressum')
      const born = fs.statSync(path.join(retired, kept)).birthtimeMs
      fs.renameSync(retired, recycled)
      const live = path.join(root, 'e')
      const before = digests(live)
      const news = (await payload.find({ collection: 'news', limit: 1, depth: 0 })).docs[0]
      await payload.update({
        collection: 'news',
        id: news.id,
        data: { title: 'Neue Sprechzeiten im Bürgerbüro' },
        context,
      })
      const log: string[] = []
      const result = await buildSite({
        cmsUrl: f.cms.api!.url,
        outDir: recycled,
        participationCacheFile: path.join(f.cms.dataDir, 'consul-cache.json'),
        log: (m) => log.push(m),
        cacheDir,
        changes: { news: [news.id] },
      })
      expect(result.read).toBe('changes')
      // The directory was changed, not made anew: the page directories of the old tree are still there.
      expect(fs.statSync(path.join(recycled, kept)).birthtimeMs).toBe(born)
      expect(log.find((l) => l.startsWith('Build-Verzeichnis:'))).toMatch(/alte Einträge entfernt/)
      // Gone with its directory (Astro's cache keeps the empty directory of a page it dropped).
      expect(fs.existsSync(path.join(recycled, cancelledPage))).toBe(false)
      expect(digests(live)).toEqual(before)
      await build('full-5', { incremental: false })
      expectSameSite(recycled, path.join(root, 'full-5'))
    },
    budgets.slowTest,
  )

  it(
    'a change list it cannot apply document by document (settings, media) makes it read everything',
    async () => {
      const { payload } = f.cms
      await payload.updateGlobal({
        slug: 'settings',
        data: { intro: 'Willkommen auf der neuen Plattform.' },
        context,
      })
      const fourth = await build('d', { incremental: true, changes: null })
      expect(fourth.read).toBe('full')
      await build('full-3', { incremental: false })
      expectSameSite(path.join(root, 'd'), path.join(root, 'full-3'))
    },
    budgets.slowTest,
  )
})

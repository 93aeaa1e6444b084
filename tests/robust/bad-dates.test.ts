// Finding 1 of issue 12: one event date the site cannot render must never stop publishing.
// Through REST the CMS refuses each bad value with a German reason and stores nothing; written
// past validation (straight into the database, as the Local API's database layer, old data or an
// import can), the document is left out of the site build, named in the build log and reported in
// the publish status with a link, and everything else goes live, in a full and an incremental build.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISH_STATUS_SLUG } from '../../cms/src/publish'
import { startBuildRunner, type BuildRunner } from '../../scripts/build-runner'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

const SECRET = 'bad-dates-secret-0123456789abcdef'
let cms: TestCms
let runner: BuildRunner
let token: string
let root: string
const runnerLog: string[] = []
const day = 86_400_000

const bad = [
  {
    name: 'year 1 to 9999',
    start: '0001-01-01T00:00:00.000Z',
    end: '9999-01-01T00:00:00.000Z',
    field: 'Beginn',
    shown: '01.01.0001',
  },
  {
    name: 'typo year +020266',
    start: '+020266-05-01T00:00:00.000Z',
    field: 'Beginn',
    shown: '01.05.+020266',
  },
  {
    name: 'end in 9999',
    start: new Date(Date.now() + 5 * day).toISOString(),
    end: '9999-01-01T00:00:00.000Z',
    field: 'Ende',
    shown: '01.01.9999',
  },
  {
    name: 'end two years after start',
    start: new Date(Date.now() + 5 * day).toISOString(),
    end: new Date(Date.now() + 800 * day).toISOString(),
    field: 'Ende',
    shown: 'mehr als ein Jahr',
  },
]

const rest = (p: string, init: RequestInit = {}) =>
  fetch(`${cms.api!.url}${p}`, {
    ...init,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
  })

async function status() {
  return await cms.payload.findGlobal({ slug: PUBLISH_STATUS_SLUG, overrideAccess: true })
}

async function nextBuild(since: string | undefined, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const s = await runner.status()
    const done = [s.lastSuccess, s.lastFailure].some((b) => b && b.id !== since && b.id > (since ?? ''))
    if (s.state === 'idle' && done) return s
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Kein neuer Build innerhalb von ${timeoutMs} ms.\n${runnerLog.slice(-30).join('\n')}`)
}

/** Publishes a valid event, then writes bad dates past validation, as the Local API's database layer does. */
async function storedPastValidation(title: string, dates: { start: string; end?: string }) {
  const doc = await cms.payload.create({
    collection: 'events',
    data: {
      title,
      start: new Date(Date.now() + 3 * day).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Marktplatz' },
      _status: 'published',
    } as never,
    context: { skipPublishTrigger: true },
  })
  await cms.payload.db.updateOne({
    collection: 'events',
    where: { id: { equals: doc.id } },
    data: { start: dates.start, end: dates.end ?? null },
  })
  const stored = await cms.payload.findByID({ collection: 'events', id: doc.id, depth: 0 })
  expect(stored.start).toBe(dates.start)
  return stored
}

let badIds: (string | number)[] = []
let goodSlug = ''

beforeAll(async () => {
  process.env.PUBLISH_AUTORUN = 'true'
  process.env.PUBLISH_DEBOUNCE_MS = '300'
  process.env.BUILD_WEBHOOK_SECRET = SECRET
  delete process.env.NETLIFY_BUILD_HOOK_URL
  cms = await startTestCms({ api: true, name: 'bad-dates' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Test-Passwort-123', role: 'editor' },
  })
  token = await login(cms.api!, 'redaktion@example.org', 'Test-Passwort-123')
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9', showTeaser: false, teaserCount: 3 } },
  })
  const good = await cms.payload.create({
    collection: 'events',
    data: {
      title: 'Sommerfest im Kulturpark',
      start: new Date(Date.now() + 4 * day).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Kulturpark' },
      _status: 'published',
    } as never,
    context: { skipPublishTrigger: true },
  })
  goodSlug = good.slug!
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bad-dates-'))
}, budgets.slowTest)

afterAll(async () => {
  await runner?.close()
  await cms?.close()
  if (root) await fs.rm(root, { recursive: true, force: true })
})

describe('bad event dates through REST', () => {
  for (const value of bad) {
    it(`refuses ${value.name} with a German reason naming the field and the value, and stores nothing`, async () => {
      const before = (await cms.payload.count({ collection: 'events' })).totalDocs
      const res = await rest('/api/events', {
        method: 'POST',
        body: JSON.stringify({
          title: `Falsches Datum ${value.name}`,
          start: value.start,
          end: value.end,
          venue: { name: 'Rathaus' },
          _status: 'published',
        }),
      })
      expect(res.status).toBe(400)
      const body = (await res.json()) as {
        errors: { data?: { errors?: { path: string; message: string }[] } }[]
      }
      const messages = body.errors.flatMap((e) => e.data?.errors ?? [])
      const message = messages.map((m) => m.message).join('\n')
      expect(message).toContain(`${value.field}:`)
      expect(message).toContain(value.shown)
      expect(message).toMatch(/Bitte prüfen Sie die Jahreszahl/)
      expect((await cms.payload.count({ collection: 'events' })).totalDocs).toBe(before)
    })
  }

  it('keeps accepting ordinary dates, and a long imported series instance is not held to the one-year rule', async () => {
    const res = await rest('/api/events', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Lesung',
        start: new Date(Date.now() + 9 * day).toISOString(),
        end: new Date(Date.now() + 9 * day + 7200_000).toISOString(),
        venue: { name: 'Stadtbibliothek' },
      }),
    })
    expect(res.status).toBe(201)
    const series = await cms.payload.create({
      collection: 'events',
      data: {
        title: 'Chorprobe',
        start: bad[3].start,
        end: bad[3].end,
        attendance: 'onsite',
        venue: { name: 'Konzertkirche' },
        imported: true,
        calendarImport: { key: 'probe@chor#2026-12-07' },
        _status: 'published',
      } as never,
      context: { skipPublishTrigger: true },
    })
    expect(series.end).toBe(bad[3].end)
    await cms.payload.delete({ collection: 'events', id: series.id, context: { skipPublishTrigger: true } })
  })
})

describe('bad event dates stored past validation', () => {
  it(
    'the next site build succeeds, leaves out only the bad documents, logs and reports them',
    async () => {
      const one = await storedPastValidation('Jahrtausendfeier', { start: bad[0].start, end: bad[0].end })
      const typo = await storedPastValidation('Tippfehler-Konzert', { start: bad[1].start })
      badIds = [one.id, typo.id]
      runner = await startBuildRunner({
        secret: SECRET,
        port: 0,
        sitePort: 0,
        rootDir: root,
        cmsUrl: cms.api!.url,
        buildOnStart: true,
        log: (m) => runnerLog.push(m),
      })
      process.env.BUILD_WEBHOOK_URL = `${runner.url}/webhook`
      await runner.whenIdle()
      const s = await runner.status()
      expect(s.lastFailure?.error ?? null, runnerLog.slice(-30).join('\n')).toBeNull()
      expect(s.live).toBeTruthy()
      expect(s.lastSuccess!.skipped!.map((d) => d.id).sort()).toEqual([...badIds].sort())
      expect(s.lastSuccess!.skipped!.find((d) => d.id === typo.id)!.reason).toContain(
        'Beginn: Das Datum 01.05.+020266',
      )
      // Named in the build log.
      expect(runnerLog.join('\n')).toMatch(
        /Ausgelassen.*Veranstaltung \d+ „Jahrtausendfeier“: Beginn: Das Datum 01\.01\.0001/,
      )

      // The rest of the site is there, the bad documents are not; calendars never saw their years.
      expect((await fetch(`${runner.siteUrl}/veranstaltungen/${goodSlug}/`)).status).toBe(200)
      expect((await fetch(`${runner.siteUrl}/veranstaltungen/${one.slug}/`)).status).toBe(404)
      const ics = await (await fetch(`${runner.siteUrl}/kalender/veranstaltungen.ics`)).text()
      expect(ics).toContain('Sommerfest im Kulturpark')
      expect(ics).not.toMatch(/Jahrtausendfeier|Tippfehler/)

      // Reported to editors, with the document to open.
      await expect.poll(async () => (await status()).siteBuild, { timeout: 20_000 }).toBe(s.lastSuccess!.id)
      const published = await status()
      expect(published.siteState).toBe('partial')
      expect((published.siteSkipped ?? []).map((r) => `${r.collection}/${r.docId}`).sort()).toEqual(
        badIds.map((id) => `events/${id}`).sort(),
      )
    },
    budgets.slowTest,
  )

  it(
    'a later publish goes live through the incremental build while the bad documents stay reported',
    async () => {
      const since = (await runner.status()).lastSuccess?.id
      const res = await rest('/api/events', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Hafenkonzert am Oberbach',
          start: new Date(Date.now() + 6 * day).toISOString(),
          venue: { name: 'Oberbachhafen' },
          _status: 'published',
        }),
      })
      expect(res.status).toBe(201)
      const { doc } = (await res.json()) as { doc: { slug: string } }
      const s = await nextBuild(since)
      expect(s.lastFailure?.error ?? null, runnerLog.slice(-30).join('\n')).toBeNull()
      expect(s.lastSuccess!.read).toBe('changes')
      expect((await fetch(`${runner.siteUrl}/veranstaltungen/${doc.slug}/`)).status).toBe(200)
      const list = await (await fetch(`${runner.siteUrl}/veranstaltungen/`)).text()
      expect(list).toContain('Hafenkonzert am Oberbach')
      expect(list).toContain('Sommerfest im Kulturpark')
      expect(
        s
          .lastSuccess!.skipped!.filter((d) => d.collection === 'events')
          .map((d) => d.id)
          .sort(),
      ).toEqual([...badIds].sort())
      await expect.poll(async () => (await status()).siteBuild, { timeout: 20_000 }).toBe(s.lastSuccess!.id)
      expect((await status()).siteState).toBe('partial')
    },
    budgets.slowTest,
  )

  it(
    'once corrected, the document is published and the report is cleared',
    async () => {
      const since = (await runner.status()).lastSuccess?.id
      for (const id of badIds) {
        const res = await rest(`/api/events/${id}`, {
          method: 'PATCH',
          body: JSON.stringify({ start: new Date(Date.now() + 7 * day).toISOString(), end: null }),
        })
        expect(res.status, await res.clone().text()).toBe(200)
      }
      let s = await nextBuild(since)
      // Two saves may arrive as one or two builds; wait until both are in.
      while (s.lastSuccess?.skipped?.length) s = await nextBuild(s.lastSuccess.id)
      expect((await fetch(`${runner.siteUrl}/veranstaltungen/`)).ok).toBe(true)
      expect(await (await fetch(`${runner.siteUrl}/veranstaltungen/`)).text()).toContain('Jahrtausendfeier')
      await expect.poll(async () => (await status()).siteState, { timeout: 20_000 }).toBe('live')
      expect((await status()).siteSkipped).toEqual([])
    },
    budgets.slowTest,
  )
})

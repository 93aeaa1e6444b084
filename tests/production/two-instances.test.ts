import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'
import { startCmsProcess, type CmsProcess } from './processes'

// Two CMS processes on one PostgreSQL database: this test process and a second one it starts.
const admin = { email: 'admin@example.org', password: 'Zwei-Instanzen-2026' }
let cms: TestCms
let second: CmsProcess

describe.runIf(testDatabase() === 'postgres')('two CMS instances on one database', () => {
  beforeAll(async () => {
    process.env.PAYLOAD_SECRET = 'two-instances-shared-secret'
    cms = await startTestCms({ api: true, name: 'two-instances' })
    await cms.payload.create({
      collection: 'users',
      data: { ...admin, role: 'admin', name: 'Administration' },
    })
    second = await startCmsProcess({
      ...process.env,
      DATA_DIR: cms.dataDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    })
  }, 300_000)
  afterAll(async () => {
    await second?.stop()
    await cms?.close()
  })

  it('accepts a login made on one instance on the other', async () => {
    const token = await login(cms.api!, admin.email, admin.password)
    const me = await fetch(`${second.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    expect(((await me.json()) as { user?: { email: string } }).user?.email).toBe(admin.email)
    const back = await login({ url: second.url } as never, admin.email, admin.password)
    const mine = await fetch(`${cms.api!.url}/api/users/me`, { headers: { authorization: `JWT ${back}` } })
    expect(((await mine.json()) as { user?: { email: string } }).user?.email).toBe(admin.email)
  })

  it('queues and runs every scheduled task exactly once when both instances handle the schedules at the same moment', async () => {
    const { payload } = cms
    const token = await login(cms.api!, admin.email, admin.password)
    const headers = { authorization: `JWT ${token}` }
    const scheduled = (payload.config.jobs.tasks ?? [])
      .filter((task) => task.schedule?.length)
      .map((task) => task.slug)
    expect(scheduled).toEqual(expect.arrayContaining(['importCalendarFeeds', 'enquiry-escalations']))
    // Pending scheduled jobs per task (completed ones are deleted, failed ones keep their error).
    const pending = async () => {
      const found = await payload.find({
        collection: 'payload-jobs',
        where: { 'meta.scheduled': { equals: true } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const counts = Object.fromEntries(scheduled.map((slug) => [slug, 0]))
      for (const job of found.docs) if (job.taskSlug) counts[job.taskSlug] = (counts[job.taskSlug] ?? 0) + 1
      return { counts, jobs: found.docs }
    }
    const once = Object.fromEntries(scheduled.map((slug) => [slug, 1]))
    // A cron tick on each instance, several at once, as both crons fire on the same minute.
    const tick = (run: boolean) =>
      Promise.all([
        ...[1, 2, 3].map(() =>
          payload.jobs.handleSchedules().then(() => (run ? payload.jobs.run({ silent: true }) : undefined)),
        ),
        ...[1, 2, 3].map(() =>
          fetch(`${second.url}/api/payload-jobs/${run ? 'run?silent=true' : 'handle-schedules'}`, {
            headers,
          }).then(async (r) => expect(r.status, await r.text()).toBe(200)),
        ),
      ])

    await tick(false)
    const first = await pending()
    expect(first.counts).toEqual(once)

    // The clock moves on to the tasks' next cron time (the jobs wait for it; here it is moved
    // onto them), and both instances run the queue, each scheduling again first, like their crons.
    await Promise.all(
      first.jobs.map((job) =>
        payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
          overrideAccess: true,
        }),
      ),
    )
    await tick(true)
    await tick(false)
    const next = await pending()
    // Each due job ran (completed jobs are deleted; a failed one would stay with its error), and
    // each task waits again with exactly one job for its next cron time.
    expect(next.jobs.filter((job) => first.jobs.some((old) => old.id === job.id))).toEqual([])
    expect(next.counts).toEqual(once)
    expect(next.jobs.every((job) => Date.parse(job.waitUntil!) > Date.now())).toBe(true)
  })

  it('runs every due job exactly once while both instances work the queue at the same moment', async () => {
    const { payload } = cms
    const drafts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        payload.create({
          collection: 'news',
          data: {
            title: `Zeitgesteuerte Meldung ${i + 1}`,
            excerpt: 'Erscheint zur geplanten Zeit.',
            publishedDate: new Date().toISOString(),
            _status: 'draft',
          },
          draft: true,
        }),
      ),
    )
    const jobs = await Promise.all(
      drafts.map((doc) =>
        payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'news', value: doc.id } },
          waitUntil: new Date(Date.now() - 1000),
        }),
      ),
    )
    const token = await login(cms.api!, admin.email, admin.password)
    // Both instances claim from the queue in several overlapping rounds, as their crons would.
    await Promise.all([
      ...[1, 2, 3].map(() => payload.jobs.run({ limit: 4, silent: true })),
      ...[1, 2, 3].map(() =>
        fetch(`${second.url}/api/payload-jobs/run?limit=4`, {
          headers: { authorization: `JWT ${token}` },
        }).then((r) => expect(r.status).toBe(200)),
      ),
    ])
    await payload.jobs.run({ limit: 50, silent: true })

    // Completed jobs are deleted (Payload's default); none may be left over or have failed.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    expect(jobs).toHaveLength(12)
    for (const doc of drafts) {
      const versions = await payload.findVersions({
        collection: 'news',
        where: { parent: { equals: doc.id }, 'version._status': { equals: 'published' } },
        overrideAccess: true,
      })
      expect(versions.totalDocs, `news ${doc.id} published once`).toBe(1)
      expect((await payload.findByID({ collection: 'news', id: doc.id, depth: 0 }))._status).toBe('published')
    }
  })

  it('counts abusive requests split across both instances against one limit', async () => {
    // The account form allows 5 posts per client and hour (ACCOUNT_REQUEST_LIMIT); every post
    // counts, refused ones too. Alternating instances, each sees only 3 of the 6 posts.
    const urls = [cms.api!.url, second.url]
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 6; i++) {
      last = await fetch(`${urls[i % 2]}/api/account-requests/apply`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: 'name=&email=',
      })
      statuses.push(last.status)
      if (i < 5) await last.arrayBuffer()
    }
    expect(statuses.slice(0, 5)).not.toContain(429)
    expect(statuses[5]).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last!.text()).toContain('zu viele Anträge')
  })
})

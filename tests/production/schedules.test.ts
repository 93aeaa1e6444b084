import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'

// One CMS process on each database (SQLite, PostgreSQL): the cron, the run endpoint and the
// handle-schedules endpoint may handle the schedules at the same moment; each task is queued once.
// Two processes on one PostgreSQL database: tests/production/two-instances.test.ts.
const admin = { email: 'admin@example.org', password: 'Zeitplan-einmal-2026' }
let cms: TestCms

describe('scheduled jobs in one CMS process', () => {
  beforeAll(async () => {
    cms = await startTestCms({ api: true, name: 'schedules' })
    await cms.payload.create({
      collection: 'users',
      data: { ...admin, role: 'admin', name: 'Administration' },
    })
  }, 300_000)
  afterAll(async () => {
    await cms?.close()
  })

  it('queues each scheduled task once when schedules are handled several times at once', async () => {
    const { payload } = cms
    const headers = { authorization: `JWT ${await login(cms.api!, admin.email, admin.password)}` }
    expect((await fetch(`${cms.api!.url}/api/payload-jobs/handle-schedules`)).status).toBe(401)
    await Promise.all([
      payload.jobs.handleSchedules(),
      payload.jobs.handleSchedules({ queue: 'default' }),
      ...['handle-schedules', 'handle-schedules', 'run?silent=true'].map((path) =>
        fetch(`${cms.api!.url}/api/payload-jobs/${path}`, { headers }).then(async (r) =>
          expect(r.status, await r.text()).toBe(200),
        ),
      ),
    ])
    const scheduled = (payload.config.jobs.tasks ?? [])
      .filter((task) => task.schedule?.length)
      .map((task) => task.slug)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'meta.scheduled': { equals: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(jobs.docs.map((job) => job.taskSlug).sort()).toEqual([...scheduled].sort())
  })
})

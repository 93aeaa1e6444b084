import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { call, createPeople, makeEntry, type People } from './fixtures'

/**
 * Payload's job queue must stay out of club accounts' reach: a queued "schedulePublish" job
 * without a user runs with full rights and would publish any draft past the review. Payload closes
 * the jobs collection over REST; the run endpoint is open to every logged-in account by default,
 * which the config narrows to staff.
 */

let cms: TestCms
let people: People
beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'jobs-access' })
  people = await createPeople(cms)
})
afterAll(async () => cms?.close())

const publishJob = (id: number) => ({
  taskSlug: 'schedulePublish',
  queue: 'default',
  input: { type: 'publish', doc: { relationTo: 'events', value: String(id) } },
})

describe('job queue over REST', () => {
  it('refuses club accounts and anonymous visitors: no queueing, reading or running jobs', async () => {
    const draft = await makeEntry(cms.payload, 'events', people.associationB, 'Entwurf von B', 'draft')
    for (const token of [undefined, people.tokens.memberA]) {
      expect((await call(cms, 'POST', '/api/payload-jobs', token, publishJob(draft.id))).status).toBe(403)
      expect((await call(cms, 'GET', '/api/payload-jobs', token)).status).toBe(403)
      expect((await call(cms, 'GET', '/api/payload-jobs/run?queue=default', token)).status).toBe(401)
    }
    // Whatever the cron picks up now, B's draft stays offline.
    await cms.payload.jobs.run({ queue: 'default' })
    expect((await call(cms, 'GET', `/api/events/${draft.id}`)).status).toBe(404)
  })

  it('lets staff trigger a run, but nobody edit jobs over REST', async () => {
    expect((await call(cms, 'GET', '/api/payload-jobs/run?queue=default', people.tokens.editor)).status).toBe(
      200,
    )
    expect((await call(cms, 'POST', '/api/payload-jobs', people.tokens.admin, publishJob(1))).status).toBe(
      403,
    )
  })
})

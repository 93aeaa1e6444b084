import type { RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { PUBLISH_QUEUE, PUBLISH_STATUS_SLUG, startPump } from '../../cms/src/publish'
import { DeliveryPump } from '../../cms/src/publish/pump'
import type { DeliveryInput } from '../../cms/src/publish/changes'
import { debounceMs } from '../../cms/src/publish/settings'
import { webhookBodySchema } from '../../cms/src/publish/webhook'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { startReceiver } from './helpers/receiver'

const SECRET = 'test-secret-for-trigger-0123456789'
let cms: TestCms
let receiver: Awaited<ReturnType<typeof startReceiver>>
let editorToken: string

beforeAll(async () => {
  receiver = await startReceiver(SECRET)
  process.env.BUILD_WEBHOOK_URL = `${receiver.url}/webhook`
  process.env.BUILD_WEBHOOK_SECRET = SECRET
  process.env.NETLIFY_BUILD_HOOK_URL = `${receiver.url}/netlify/hook-id`
  process.env.PUBLISH_DEBOUNCE_MS = '300'
  process.env.PUBLISH_RETRY_DELAY_MS = '200'
  process.env.PUBLISH_RETRY_ATTEMPTS = '1'
  cms = await startTestCms({ api: true, name: 'publish-trigger' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Test-Passwort-1', role: 'editor' },
  })
  editorToken = await login(cms.api!, 'redaktion@example.org', 'Test-Passwort-1')
})
afterAll(async () => {
  await cms?.close()
  await receiver?.close()
})

type Job = {
  id: number
  input: DeliveryInput
  waitUntil?: string | null
  totalTried?: number
  hasError?: boolean
}

async function pendingJobs(): Promise<Job[]> {
  const { docs } = await cms.payload.find({
    collection: 'payload-jobs' as never,
    where: {
      and: [
        { queue: { equals: PUBLISH_QUEUE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Job[]
}

/** Waits until every pending delivery is due, then runs the queue the way the CMS process would. */
async function runDue() {
  const jobs = await pendingJobs()
  const latest = Math.max(0, ...jobs.map((j) => (j.waitUntil ? new Date(j.waitUntil).getTime() : 0)))
  const wait = latest - Date.now() + 20
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  // silent: failed deliveries are expected in some tests; their effects are asserted instead.
  await cms.payload.jobs.run({ queue: PUBLISH_QUEUE, silent: true })
}

// Each body read through the contract's schema: a body the runner would refuse fails here.
const webhookCalls = () =>
  receiver.received
    .filter((r) => r.path === '/webhook')
    .map((r) => ({ ...r, json: webhookBodySchema.parse(r.json) }))

type EventData = RequiredDataFromCollectionSlug<'events'>
const event = (title: string, extra: Pick<EventData, '_status' | 'image'> = {}): EventData => ({
  title,
  start: new Date(Date.now() + 86_400_000).toISOString(),
  // The fields' defaults, which Payload's generated type requires.
  start_tz: 'Europe/Berlin',
  attendance: 'onsite',
  venue: { name: 'Stadthalle' },
  ...extra,
})

async function status() {
  return await cms.payload.findGlobal({ slug: PUBLISH_STATUS_SLUG, overrideAccess: true })
}

beforeEach(async () => {
  await runDue()
  receiver.received.length = 0
  receiver.setStatus(200)
})

describe('what triggers a rebuild', () => {
  it('publishing through REST as an editor sends one signed webhook and one Netlify build hook call', async () => {
    const res = await fetch(`${cms.api!.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify(event('Stadtteilfest Oststadt', { _status: 'published' })),
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    expect(await pendingJobs()).toHaveLength(1)
    expect(receiver.received).toHaveLength(0) // the queue delivers, not the save (and it is off in this file)

    await runDue()
    const [call] = webhookCalls()
    expect(call.validSignature).toBe(true)
    expect(call.json.event).toBe('site.rebuild')
    expect(call.json.collections).toEqual([{ collection: 'events', ids: [doc.id], actions: ['published'] }])
    expect(Date.parse(call.json.lastChangeAt)).toBeGreaterThan(Date.now() - 60_000)
    const netlify = receiver.received.filter((r) => r.path.startsWith('/netlify/hook-id'))
    expect(netlify).toHaveLength(1)
    expect(new URL(netlify[0].path, 'http://x').searchParams.get('trigger_title')).toContain('events')

    const s = await status()
    expect(s.state).toBe('success')
    expect(s.message).toContain('Neubau der Website angefordert')
    expect(s.message).not.toContain('hook-id') // the Netlify hook URL is a secret
    expect(Date.parse(s.lastSuccessAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('saving drafts (also autosave-style updates of a published document) triggers nothing', async () => {
    const draft = await cms.payload.create({
      collection: 'events',
      data: event('Entwurf Lesung'),
      draft: true,
    })
    await cms.payload.update({
      collection: 'events',
      id: draft.id,
      data: { title: 'Entwurf Lesung 2' },
      draft: true,
    })
    expect(await pendingJobs()).toHaveLength(0)

    const published = await cms.payload.create({
      collection: 'events',
      data: event('Konzert im Park', { _status: 'published' }),
    })
    await runDue()
    receiver.received.length = 0
    await cms.payload.update({
      collection: 'events',
      id: published.id,
      data: { title: 'Konzert im Park (Entwurf)' },
      draft: true,
    })
    await cms.payload.update({
      collection: 'events',
      id: published.id,
      data: { title: 'Konzert im Park (Entwurf 2)' },
      draft: true,
      autosave: true,
    })
    expect(await pendingJobs()).toHaveLength(0)
    await runDue()
    expect(receiver.received).toHaveLength(0)
  })

  it('unpublishing and deleting a published document trigger, deleting a draft does not', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      data: { title: 'Neue Öffnungszeiten', _status: 'published' },
    })
    await runDue()
    receiver.received.length = 0

    // What the admin's "Veröffentlichung aufheben" does: a non-draft save with status draft.
    const res = await fetch(`${cms.api!.url}/api/news/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(res.status).toBe(200)
    await runDue()
    expect(webhookCalls().map((c) => c.json.changes[0].action)).toEqual(['unpublished'])

    receiver.received.length = 0
    await cms.payload.delete({ collection: 'news', id: doc.id }) // now a draft: invisible, nothing to rebuild
    expect(await pendingJobs()).toHaveLength(0)

    const live = await cms.payload.create({
      collection: 'news',
      data: { title: 'Baustelle Ringstraße', _status: 'published' },
    })
    await cms.payload.delete({ collection: 'news', id: live.id })
    await runDue()
    expect(webhookCalls()).toHaveLength(1)
    expect(webhookCalls()[0].json.changes.map((c) => c.action)).toEqual(['deleted'])
  })

  it('changes to the settings global and to collections without drafts trigger', async () => {
    await cms.payload.updateGlobal({ slug: 'settings', data: { intro: 'Willkommen in Neubrandenburg' } })
    await cms.payload.create({ collection: 'topics', data: { name: 'Sport' } as never })
    await runDue()
    const body = webhookCalls()[0].json
    expect(body.globals).toEqual([{ global: 'settings', actions: ['updated'] }])
    expect(body.collections.map((c) => c.collection)).toEqual(['topics'])
  })

  it('collections the site does not show (account requests from the public form) trigger nothing', async () => {
    const request = await cms.payload.create({
      collection: 'account-requests' as never,
      data: {
        associationName: 'Skatclub Lindetal',
        name: 'Erika Muster',
        email: 'erika@example.org',
        status: 'pending',
      } as never,
    })
    await cms.payload.update({
      collection: 'account-requests' as never,
      id: (request as { id: number }).id,
      data: { note: 'Rückruf vereinbart' } as never,
    })
    await cms.payload.update({
      collection: 'users',
      where: { email: { equals: 'redaktion@example.org' } },
      data: { name: 'Redaktion' } as never,
    })
    expect(await pendingJobs()).toHaveLength(0)
  })

  it('20 publishes before the queue runs become one delivery listing all 20 documents', async () => {
    const ids: number[] = []
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${cms.api!.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: JSON.stringify(event(`Sprechstunde ${i + 1}`, { _status: 'published' })),
      })
      expect(res.status).toBe(201)
      ids.push(((await res.json()) as { doc: { id: number } }).doc.id)
    }
    // Whether the first one was due at once or not, the later ones joined its still pending job.
    expect(await pendingJobs()).toHaveLength(1)
    await runDue()
    expect(webhookCalls()).toHaveLength(1)
    expect([...webhookCalls()[0].json.collections[0].ids].sort()).toEqual([...ids].sort())
  })

  it('a change saved while another save is queueing its delivery is not lost', async () => {
    const early = await cms.payload.create({ collection: 'topics', data: { name: 'Kultur' } as never })
    // Two saves overlap (two editors, or any database without transactions): the settings save has
    // read the pending delivery and is about to replace it when the topic save queues its own.
    const queue = cms.payload.jobs.queue
    let concurrent: { id: number } | undefined
    cms.payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
      if (!concurrent) {
        cms.payload.jobs.queue = queue
        concurrent = (await cms.payload.create({
          collection: 'topics',
          data: { name: 'Umwelt' } as never,
        })) as { id: number }
      }
      return queue(args)
    }) as typeof queue
    try {
      await cms.payload.updateGlobal({ slug: 'settings', data: { intro: 'Willkommen, auch gleichzeitig' } })
    } finally {
      cms.payload.jobs.queue = queue
    }
    expect(concurrent).toBeDefined()
    expect((await pendingJobs()).length).toBeLessThanOrEqual(2)
    await runDue()
    await runDue()
    const delivered = webhookCalls().flatMap((c) => c.json.changes.map((x) => `${x.slug}:${x.id ?? ''}`))
    expect(new Set(delivered)).toEqual(
      new Set([`topics:${early.id}`, `topics:${concurrent!.id}`, 'settings:']),
    )
    expect(webhookCalls().length).toBeLessThanOrEqual(2)
  })
})

describe('scheduled publishing', () => {
  it('a scheduled publish firing triggers a rebuild like a manual publish', async () => {
    const draft = await cms.payload.create({
      collection: 'events',
      data: event('Lange Nacht der Museen'),
      draft: true,
    })
    expect(await pendingJobs()).toHaveLength(0)
    // What the admin's "Veröffentlichung planen" queues; due now.
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'events', value: String(draft.id) } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await cms.payload.jobs.run({ queue: 'default' })
    const live = await cms.payload.findByID({ collection: 'events', id: draft.id })
    expect(live._status).toBe('published')
    await runDue()
    expect(webhookCalls()).toHaveLength(1)
    expect(webhookCalls()[0].json.changes).toEqual([
      expect.objectContaining({ slug: 'events', id: draft.id, action: 'published' }),
    ])
  })
})

describe('delivery failures', () => {
  it('never fails the save, records the error for editors and retries with backoff', async () => {
    receiver.setStatus(503)
    const res = await fetch(`${cms.api!.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify(event('Seniorentanz', { _status: 'published' })),
    })
    expect(res.status).toBe(201)
    await runDue()
    const failed = await status()
    expect(failed.state).toBe('retrying')
    expect(failed.lastError).toContain('HTTP 503')
    expect(failed.message).toContain('Ihre Änderungen sind gespeichert')
    const [job] = await pendingJobs()
    expect(job.totalTried).toBe(1)
    expect(Date.parse(job.waitUntil!)).toBeGreaterThan(Date.now() - 1000)

    receiver.setStatus(202)
    await runDue()
    expect(await pendingJobs()).toHaveLength(0)
    const ok = await status()
    expect(ok.state).toBe('success')
    expect(ok.lastError).toContain('HTTP 503') // the last failure stays visible next to the success
    expect(webhookCalls().filter((c) => c.json.attempt === 2)).toHaveLength(1)
  })

  it('gives up after the last retry, tells editors, and the next change starts afresh', async () => {
    receiver.setStatus(500)
    const first = await cms.payload.create({
      collection: 'news',
      data: { title: 'Wahllokale geändert', _status: 'published' },
    })
    await runDue() // first attempt
    await runDue() // the one retry (PUBLISH_RETRY_ATTEMPTS=1 in this file)
    const failed = await status()
    expect(failed.state).toBe('failed')
    expect(failed.message).toContain('technische Betreuung')
    expect(failed.nextAttemptAt).toBeNull()
    expect(await pendingJobs()).toHaveLength(0)

    receiver.setStatus(200)
    receiver.received.length = 0
    const correction = await cms.payload.create({
      collection: 'news',
      data: { title: 'Wahllokale: Korrektur', _status: 'published' },
    })
    await runDue()
    expect((await status()).state).toBe('success')
    expect(webhookCalls()).toHaveLength(1)
    expect(webhookCalls()[0].json.attempt).toBe(1)
    // The change whose delivery gave up is not dropped: the next delivery lists it as well.
    expect(webhookCalls()[0].json.collections).toEqual([
      { collection: 'news', ids: [first.id, correction.id], actions: ['published'] },
    ])
    const { totalDocs } = await cms.payload.count({
      collection: 'payload-jobs' as never,
      where: { queue: { equals: PUBLISH_QUEUE } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0) // the failed job was folded into the new one, not left behind
  })

  it('delivers jobs left from before a restart as soon as the delivery pump starts', async () => {
    const doc = await cms.payload.create({
      collection: 'events',
      data: event('Nach dem Neustart', { _status: 'published' }),
    })
    const [job] = await pendingJobs()
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(job.waitUntil!) - Date.now() + 20)))
    // What a freshly started CMS process does in onInit; no hook told this pump about the job.
    const pump = new DeliveryPump(cms.payload)
    pump.start()
    try {
      await expect.poll(() => webhookCalls().length, { timeout: 10_000 }).toBe(1)
      expect(webhookCalls()[0].json.changes).toEqual([
        expect.objectContaining({ id: doc.id, action: 'published' }),
      ])
    } finally {
      pump.stop()
      await pump.idle()
    }
  })

  it('takes build reports only when signed with the shared secret', async () => {
    const { signedHeaders } = await import('../../cms/src/publish/signature')
    const url = `${cms.api!.url}/api/globals/${PUBLISH_STATUS_SLUG}/report`
    const ok = JSON.stringify({
      event: 'site.build-failed',
      buildId: 'b-17',
      finishedAt: new Date().toISOString(),
      error: 'Astro: Seite /vereine/ fehlerhaft',
    })
    const post = (body: string, headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
    expect((await post(ok, {})).status).toBe(401)
    expect((await post(ok, signedHeaders('ein-anderes-geheimnis-123', ok))).status).toBe(401)
    expect((await post(ok, signedHeaders(SECRET, ok, Date.now() - 10 * 60_000))).status).toBe(401)
    expect((await post('x'.repeat(70_000), signedHeaders(SECRET, 'x'.repeat(70_000)))).status).toBe(413)
    expect((await status()).siteError).toBeFalsy()
    expect((await post(ok, signedHeaders(SECRET, ok))).status).toBe(200)
    const s = await status()
    expect(s.siteState).toBe('failed')
    expect(s.siteError).toContain('/vereine/')
  })

  it("takes Netlify's deploy notifications when their JWS matches the body and NETLIFY_WEBHOOK_SECRET", async () => {
    const crypto = await import('node:crypto')
    const netlifySecret = 'netlify-jws-secret-for-tests'
    process.env.NETLIFY_WEBHOOK_SECRET = netlifySecret
    const jws = (body: string, secret = netlifySecret, claims: object = {}) => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
      const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'netlify', sha256: crypto.createHash('sha256').update(body).digest('hex'), ...claims })}`
      return `${head}.${crypto.createHmac('sha256', secret).update(head).digest('base64url')}`
    }
    const url = `${cms.api!.url}/api/globals/${PUBLISH_STATUS_SLUG}/report`
    const post = (body: string, signature: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-webhook-signature': signature },
        body,
      })
    try {
      const ready = JSON.stringify({
        id: '6750a1',
        state: 'ready',
        published_at: '2026-11-27T17:00:00.000Z',
        error_message: null,
      })
      expect((await post(ready, jws(ready, 'falsches-geheimnis'))).status).toBe(401)
      expect((await post(ready, jws('{"state":"ready"}'))).status).toBe(401) // signature for another body
      expect((await post(ready, jws(ready, netlifySecret, { iss: 'someone-else' }))).status).toBe(401)
      expect((await post(ready, jws(ready))).status).toBe(200)
      let s = await status()
      expect(s.siteState).toBe('live')
      expect(s.siteBuild).toBe('netlify:6750a1')
      const failed = JSON.stringify({
        id: '6750a2',
        state: 'error',
        updated_at: '2026-11-27T17:05:00.000Z',
        error_message: 'Build script returned non-zero exit code: 2',
      })
      expect((await post(failed, jws(failed))).status).toBe(200)
      s = await status()
      expect(s.siteState).toBe('failed')
      expect(s.siteError).toContain('non-zero exit code')
    } finally {
      delete process.env.NETLIFY_WEBHOOK_SECRET
    }
  })

  it('keeps the status global read-only for everybody and hidden from the public', async () => {
    const anon = await fetch(`${cms.api!.url}/api/globals/${PUBLISH_STATUS_SLUG}`)
    expect(anon.status).toBe(403)
    const read = await fetch(`${cms.api!.url}/api/globals/${PUBLISH_STATUS_SLUG}`, {
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(read.status).toBe(200)
    const write = await fetch(`${cms.api!.url}/api/globals/${PUBLISH_STATUS_SLUG}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ state: 'success', message: 'manipuliert' }),
    })
    expect(write.status).toBe(403)
    expect((await status()).message).not.toBe('manipuliert')
  })
})

describe('media', () => {
  it('a changed file triggers only when a published document uses it', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const upload = (name: string) =>
      cms.payload.create({
        collection: 'media',
        data: { alt: `Foto ${name}` },
        file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
      })
    const used = await upload('used')
    const unused = await upload('unused')
    await cms.payload.create({
      collection: 'events',
      data: event('Mit Bild', { image: used.id, _status: 'published' }),
    })
    await runDue()
    receiver.received.length = 0

    await cms.payload.update({ collection: 'media', id: unused.id, data: { alt: 'Neuer Text' } })
    expect(await pendingJobs()).toHaveLength(0)
    await cms.payload.update({ collection: 'media', id: used.id, data: { alt: 'Neuer Alternativtext' } })
    await runDue()
    expect(webhookCalls()[0].json.changes).toEqual([
      expect.objectContaining({ slug: 'media', id: used.id, action: 'updated' }),
    ])

    receiver.received.length = 0
    await cms.payload.delete({ collection: 'media', id: used.id })
    await runDue()
    expect(webhookCalls()[0].json.changes).toEqual([
      expect.objectContaining({ slug: 'media', id: used.id, action: 'deleted' }),
    ])
  })
})

/** Lets the collecting window pass, so the next change is the first after a quiet period. */
const quietPeriod = () => new Promise((r) => setTimeout(r, debounceMs() + 50))

const topic = async (name: string) =>
  (await cms.payload.create({ collection: 'topics', data: { name } as never })) as { id: number }

const deliveredIds = (calls: ReturnType<typeof webhookCalls>) =>
  calls.flatMap((c) => c.json.changes.map((x) => x.id))

describe('leading edge: the first change goes out at once, the ones after it are collected', () => {
  // Long enough that "within the window" never depends on how fast this machine is.
  beforeAll(() => {
    process.env.PUBLISH_DEBOUNCE_MS = '1000'
  })
  afterAll(() => {
    process.env.PUBLISH_DEBOUNCE_MS = '300'
  })

  it('a first change after a quiet period is due at once; a change right after it joins it and keeps its due time', async () => {
    await quietPeriod()
    const first = await topic('Ehrenamt')
    const afterFirst = Date.now()
    const [leading] = await pendingJobs()
    expect(Date.parse(leading.waitUntil!)).toBeLessThanOrEqual(afterFirst)

    const second = await topic('Nachbarschaft')
    const jobs = await pendingJobs()
    expect(jobs).toHaveLength(1)
    expect(Date.parse(jobs[0].waitUntil!)).toBe(Date.parse(leading.waitUntil!))
    expect(jobs[0].input.changes.map((c) => c.id)).toEqual([first.id, second.id])

    await runDue()
    expect(webhookCalls()).toHaveLength(1)
    expect(deliveredIds(webhookCalls())).toEqual([first.id, second.id])
  })

  it('a change within the window after a delivery waits for the window; after the window has passed, a change is due at once again', async () => {
    await quietPeriod()
    const first = await topic('Seniorenarbeit')
    await runDue() // the leading delivery, due at once
    expect(webhookCalls()).toHaveLength(1)

    const beforeFollower = Date.now()
    const follower = await topic('Jugendarbeit')
    const [collected] = await pendingJobs()
    expect(Date.parse(collected.waitUntil!)).toBeGreaterThanOrEqual(beforeFollower + debounceMs())
    await runDue()
    expect(webhookCalls()).toHaveLength(2)

    await quietPeriod()
    const late = await topic('Integration')
    const afterLate = Date.now()
    const [again] = await pendingJobs()
    expect(Date.parse(again.waitUntil!)).toBeLessThanOrEqual(afterLate)
    await runDue()
    expect(webhookCalls().map((c) => deliveredIds([c]))).toEqual([[first.id], [follower.id], [late.id]])
  })

  it('a change joining a due delivery that the runner claims at that moment waits for the window instead of going out right after it', async () => {
    await quietPeriod()
    const first = await topic('Sport im Park')
    const [leading] = await pendingJobs()
    // The runner claims the due job while the next save is queueing its own (between its read and
    // its delete), as the delivery pump does when its timer fires.
    const queue = cms.payload.jobs.queue
    cms.payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
      cms.payload.jobs.queue = queue
      await cms.payload.db.updateMany({
        collection: 'payload-jobs' as never,
        where: { id: { equals: leading.id } },
        data: { processing: true },
        returning: false,
      })
      return queue(args)
    }) as typeof queue
    const beforeSecond = Date.now()
    let second: { id: number }
    try {
      second = await topic('Tanz am Tollensesee')
    } finally {
      cms.payload.jobs.queue = queue
    }
    const follower = (await pendingJobs()).find((job) => job.id !== leading.id)!
    expect(Date.parse(follower.waitUntil!)).toBeGreaterThanOrEqual(beforeSecond + debounceMs())
    expect(follower.input.changes.map((c) => c.id)).toEqual([first.id, second.id])

    // The claimed delivery goes out, the collected one after its window: nothing is lost.
    await cms.payload.db.updateMany({
      collection: 'payload-jobs' as never,
      where: { id: { equals: leading.id } },
      data: { processing: false },
      returning: false,
    })
    await runDue()
    await runDue()
    expect(webhookCalls().map((c) => deliveredIds([c]))).toEqual([[first.id], [first.id, second.id]])
  })
})

describe('leading edge with the delivery pump running', () => {
  beforeAll(() => {
    process.env.PUBLISH_DEBOUNCE_MS = '2000'
  })
  afterAll(() => {
    process.env.PUBLISH_DEBOUNCE_MS = '300'
  })

  it('20 REST publishes in a burst give at most 2 deliveries, the first before the window has passed, together listing all 20', async () => {
    await quietPeriod()
    const pump = startPump(cms.payload)
    try {
      const firstSaveAt = Date.now()
      const ids: number[] = []
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${cms.api!.url}/api/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
          body: JSON.stringify(event(`Bürgersprechstunde Welle ${i + 1}`, { _status: 'published' })),
        })
        expect(res.status).toBe(201)
        ids.push(((await res.json()) as { doc: { id: number } }).doc.id)
      }
      await expect
        .poll(() => new Set(deliveredIds(webhookCalls())).size, { timeout: 20_000, interval: 50 })
        .toBe(20)
      await expect.poll(async () => (await pendingJobs()).length, { timeout: 10_000 }).toBe(0)
      await pump.idle()

      const calls = webhookCalls()
      expect(calls.length).toBeLessThanOrEqual(2)
      expect(new Set(deliveredIds(calls))).toEqual(new Set(ids))
      // The first publish did not wait for the burst to end.
      expect(calls[0].json.changes[0].id).toBe(ids[0])
      expect(Date.parse(calls[0].json.sentAt)).toBeLessThan(firstSaveAt + debounceMs())
      // The rest waited until the window after the last change had passed.
      const last = calls[calls.length - 1].json
      if (calls.length === 2)
        expect(Date.parse(last.sentAt)).toBeGreaterThanOrEqual(Date.parse(last.lastChangeAt) + debounceMs())
    } finally {
      pump.stop()
      await pump.idle()
    }
  })
})

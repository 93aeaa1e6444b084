import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { call, createPeople, type People } from '../selfservice/fixtures'
import { type BrowserKeys, browserKeys, startPushService } from './push-service'

/**
 * Web Push from the publish pipeline: browsers subscribe on our origin's endpoint, an editor
 * publishes, the delivery job requests the site build and queues the push task, and a local push
 * service stand-in gets one VAPID-signed, aes128gcm-encrypted message per matching browser, which
 * it decrypts with that browser's keys; a 410 deletes the subscription.
 */

let cms: TestCms
let people: People
let builder: http.Server
let push: Awaited<ReturnType<typeof startPushService>>
const browsers = new Map<string, BrowserKeys>([
  ['sport', browserKeys()],
  ['weg', browserKeys()],
  ['kultur', browserKeys()],
])
const builds: string[] = []
let sport: number
let culture: number

beforeAll(async () => {
  push = await startPushService(browsers, new Set(['weg']))
  builder = http.createServer((req, res) => {
    req.on('data', (chunk: Buffer) => builds.push(chunk.toString()))
    req.on('end', () => res.writeHead(202).end())
  })
  await new Promise<void>((resolve) => builder.listen(0, '127.0.0.1', resolve))
  process.env.BUILD_WEBHOOK_URL = `http://127.0.0.1:${(builder.address() as AddressInfo).port}/webhook`
  process.env.BUILD_WEBHOOK_SECRET = 'push-test-secret-0123456789'
  process.env.PUBLISH_DEBOUNCE_MS = '0'
  process.env.PUSH_SERVICE_HOSTS = '127.0.0.1'
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  cms = await startTestCms({ api: true, name: 'subscription-push' })
  people = await createPeople(cms)
  const topic = async (name: string) =>
    (await cms.payload.create({ collection: 'topics', data: { name } as never })).id
  sport = await topic('Sport')
  culture = await topic('Kultur')
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await push?.close()
  await new Promise((resolve) => builder?.close(resolve))
})

let client = 0
async function subscribe(body: Record<string, unknown>) {
  const res = await fetch(`${cms.api!.url}/api/push-subscriptions/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${++client}` },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as { message: string } }
}
const forBrowser = (name: string, topics: number[]) => ({
  endpoint: push.endpoint(name),
  p256dh: browsers.get(name)!.p256dh,
  auth: browsers.get(name)!.auth,
  topics,
  lang: 'de',
})
const stored = async () =>
  (
    await cms.payload.find({
      collection: 'push-subscriptions',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

it('keeps one VAPID key pair in the database and serves only its public half', async () => {
  const first = await (await fetch(`${cms.api!.url}/api/push-subscriptions/key`)).json()
  const again = await (await fetch(`${cms.api!.url}/api/push-subscriptions/key`)).json()
  expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/)
  expect(again.publicKey).toBe(first.publicKey)
  const keys = await cms.payload.find({ collection: 'push-keys', overrideAccess: true })
  expect(keys.docs).toHaveLength(1)
  expect(keys.docs[0]!.publicKey).toBe(first.publicKey)
  expect(JSON.stringify(first)).not.toContain(keys.docs[0]!.privateKey)
  for (const path of ['/api/push-keys', '/api/push-subscriptions'])
    expect((await call(cms, 'GET', path, people.tokens.editor)).status, path).toBe(403)
})

it('refuses an endpoint that is no known push service and a subscription without a choice', async () => {
  const foreign = await subscribe({
    ...forBrowser('sport', [sport]),
    endpoint: 'https://intranet.example/push/x',
  })
  expect(foreign.status).toBe(400)
  expect(foreign.body.message).toMatch(/keine gültige Push-Anmeldung/)
  const nothing = await subscribe(forBrowser('sport', []))
  expect(nothing.status).toBe(400)
  expect(nothing.body.message).toMatch(/Bitte wählen Sie mindestens ein Thema/)
  expect(await stored()).toHaveLength(0)
})

it('an editor publishes: matching browsers get a signed, encrypted message; 410 removes the subscription', async () => {
  for (const [name, topics] of [
    ['sport', [sport]],
    ['weg', [sport]],
    ['kultur', [culture]],
  ] as const)
    expect((await subscribe(forBrowser(name, [...topics]))).status).toBe(201)
  expect(await stored()).toHaveLength(3)

  const created = await call<{ doc: { id: number; slug: string } }>(
    cms,
    'POST',
    '/api/events',
    people.tokens.editor,
    {
      title: 'Stadtlauf am Tollensesee',
      start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Kulturpark' },
      organizers: [people.associationA],
      topics: [sport],
      _status: 'published',
    },
  )
  expect(created.status).toBe(201)
  // The publish pipeline as it runs: the delivery job requests the build, then the push task runs.
  await expect
    .poll(
      async () => {
        await cms.payload.jobs.run({ queue: 'publish', silent: true })
        return builds.length
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0)
  await cms.payload.jobs.run({ queue: 'default', silent: true })

  expect(push.received.map((r) => r.path).sort()).toEqual(['/push/sport', '/push/weg'])
  for (const message of push.received) {
    expect(message.vapid).toMatchObject({ ok: true, sub: expect.stringMatching(/^(mailto:|https:)/) })
    expect(message.encoding).toBe('aes128gcm')
    expect(Number(message.ttl)).toBeGreaterThan(0)
  }
  const toSport = push.received.find((r) => r.path === '/push/sport')!
  expect(toSport.message).toEqual({
    title: 'Stadtlauf am Tollensesee',
    body: 'Veranstaltungen – Unser Neubrandenburg',
    url: expect.stringMatching(new RegExp(`/veranstaltungen/${created.body.doc.slug}/$`)),
    lang: 'de',
  })
  expect((await stored()).map((s) => s.endpoint).sort()).toEqual([
    push.endpoint('kultur'),
    push.endpoint('sport'),
  ])
})

it('unsubscribe on our origin deletes the browser’s subscription', async () => {
  const res = await fetch(`${cms.api!.url}/api/push-subscriptions/unsubscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: push.endpoint('sport') }),
  })
  expect(res.status).toBe(200)
  expect((await stored()).map((s) => s.endpoint)).toEqual([push.endpoint('kultur')])
})

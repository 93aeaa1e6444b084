import { createLocalReq } from 'payload'
import ical from 'node-ical'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { runDigest } from '../../cms/src/subscriptions/jobs'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { call, createPeople, makeEntry, type People } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * Subscriptions through the real endpoints and a real SMTP server: the form's checks, double
 * opt-in and its 48 hours, who may see what, the digest (matching only, nothing when nothing is
 * new, the RFC 8058 headers and one-click POST), no second digest from overlapping or broken-off
 * runs, and the personal calendar.
 */

let cms: TestCms
let trap: MailTrap
let people: People
let sport: number
let culture: number
let nature: number
const hour = 3_600_000

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'subscriptions' })
  people = await createPeople(cms)
  const topic = async (name: string) =>
    (await cms.payload.create({ collection: 'topics', data: { name } as never })).id
  sport = await topic('Sport')
  culture = await topic('Kultur')
  nature = await topic('Natur')
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})
afterEach(() => vi.useRealTimers())

let client = 0
let serial = 0
const citizen = () => `abo-${++serial}@example.org`

async function subscribe(fields: Record<string, string | string[]>, json = true) {
  const form = new URLSearchParams({
    startedAt: String(Date.now() - 10_000),
    website: '',
    consent: 'on',
    lang: 'de',
  })
  for (const [key, value] of Object.entries(fields)) {
    form.delete(key)
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v)
  }
  const res = await fetch(`${cms.api!.url}/api/subscriptions/subscribe`, {
    method: 'POST',
    headers: {
      accept: json ? 'application/json' : 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `198.51.100.${++client}`,
    },
    body: form.toString(),
    redirect: 'manual',
  })
  const text = await res.text()
  return { status: res.status, location: res.headers.get('location'), body: json ? JSON.parse(text) : text }
}

const stored = async (email: string) =>
  (
    await cms.payload.find({
      collection: 'subscriptions',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const linkIn = (text: string | undefined, kind: string) => {
  const match = (text ?? '').match(new RegExp(`https?://\\S+/api/subscriptions/${kind}/[A-Za-z0-9_-]+`))
  if (!match) throw new Error(`Kein ${kind}-Link in der E-Mail`)
  return match[0]
}

/** Subscribes, confirms through the mail's link (GET asks, POST confirms), returns the confirm link. */
async function confirmed(email: string, fields: Record<string, string | string[]>) {
  expect((await subscribe({ email, ...fields })).status).toBe(201)
  const link = linkIn((await trap.waitFor(email)).text, 'confirm')
  expect(await (await fetch(link)).text()).toContain('Jetzt bestätigen')
  expect((await stored(email))[0]!.confirmedAt).toBeFalsy()
  const done = await fetch(link, { method: 'POST' })
  expect(await done.text()).toContain('Benachrichtigungen bestätigt')
  expect((await stored(email))[0]!.confirmedAt).toBeTruthy()
  return link
}

const mailsTo = (email: string, subject = /Neuigkeit/) =>
  trap.mails.filter((m) => subject.test(m.subject ?? '') && JSON.stringify(m.to).includes(email))

const runTask = async (task: 'subscription-digest' | 'subscription-cleanup') => {
  await cms.payload.jobs.queue({ task, input: {} })
  await cms.payload.jobs.run({ queue: 'default', silent: true })
}

describe('the form', () => {
  it('refuses bad input with German messages and stores nothing', async () => {
    const email = citizen()
    const bad = await subscribe({ email: 'kein-at-zeichen', consent: '' })
    expect(bad.status).toBe(400)
    const messages = bad.body.errors.map((e: { message: string }) => e.message).join(' | ')
    expect(messages).toContain('„kein-at-zeichen“ ist keine gültige E-Mail-Adresse')
    expect(messages).toContain('Bitte wählen Sie mindestens ein Thema')
    expect(messages).toContain('Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben')
    const fast = await subscribe({ email, topics: String(sport), startedAt: String(Date.now()) })
    expect(fast.status).toBe(400)
    expect(fast.body.message).toMatch(/sehr schnell abgeschickt/)
    const unknown = await subscribe({ email, topics: '999999' })
    expect(unknown.status).toBe(400)
    const trapField = await subscribe({ email, topics: String(sport), website: 'http://spam.example' })
    expect(trapField.status).toBe(400)
    expect(await stored(email)).toHaveLength(0)
  })

  it('without JavaScript answers 303 to the site page; anonymous and club accounts read nothing, editors counts only', async () => {
    const email = citizen()
    const res = await subscribe({ email, topics: [String(sport), String(culture)], kinds: 'news' }, false)
    expect(res.status).toBe(303)
    expect(res.location).toBe('/benachrichtigungen/bestellt/')
    expect(await stored(email)).toHaveLength(1)
    for (const token of [undefined, people.tokens.memberA]) {
      const list = await call(cms, 'GET', '/api/subscriptions', token)
      expect(list.status).toBe(403)
      expect((await call(cms, 'GET', '/api/subscriptions/stats', token)).status).toBe(403)
    }
    const stats = await call(cms, 'GET', '/api/subscriptions/stats', people.tokens.editor)
    expect(stats.status).toBe(200)
    expect(stats.body.pending).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(stats.body)).not.toContain('@')
    expect((await call(cms, 'GET', '/api/subscriptions', people.tokens.editor)).status).toBe(403)
  })
})

describe('double opt-in', () => {
  it('confirms on POST within 48 hours; after that the link is dead and the cleanup task deletes the address', async () => {
    await confirmed(citizen(), { topics: String(sport) })
    const late = citizen()
    expect((await subscribe({ email: late, topics: String(sport) })).status).toBe(201)
    const link = linkIn((await trap.waitFor(late)).text, 'confirm')
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 47 * hour })
    await runTask('subscription-cleanup')
    expect(await stored(late)).toHaveLength(1)
    vi.setSystemTime(Date.now() + 2 * hour)
    await runTask('subscription-cleanup')
    expect(await stored(late)).toHaveLength(0)
    expect((await fetch(link, { method: 'POST' })).status).toBe(404)
  })
})

describe('the digest', () => {
  it('sends what matches the choice, with the manage link and RFC 8058 headers; nothing for no match, nothing twice; one-click POST unsubscribes', async () => {
    const sporty = citizen()
    const nothingNew = citizen()
    await confirmed(sporty, { topics: String(sport), frequency: 'daily' })
    await confirmed(nothingNew, { topics: String(nature), frequency: 'daily' })
    const news = await makeEntry(
      cms.payload,
      'news',
      people.associationA,
      'Neue Sporthalle eröffnet',
      'published',
    )
    await cms.payload.update({ collection: 'news', id: news.id, data: { topics: [sport] } as never })
    const event = await makeEntry(
      cms.payload,
      'events',
      people.associationB,
      'Lesung im Kulturhaus',
      'published',
    )
    await cms.payload.update({ collection: 'events', id: event.id, data: { topics: [culture] } as never })

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 21 * hour })
    await runTask('subscription-digest')
    await vi.waitFor(() => expect(mailsTo(sporty)).toHaveLength(1), { timeout: 10_000 })
    const [digest] = mailsTo(sporty)
    expect(digest!.text).toContain('Neue Sporthalle eröffnet')
    expect(digest!.text).not.toContain('Lesung im Kulturhaus')
    expect(digest!.html).toContain('<h2 style="font-size:18px">Neuigkeiten</h2>')
    expect(digest!.text).toMatch(/Auswahl ändern oder Benachrichtigungen abbestellen:\nhttp\S+\/manage\//)
    // The raw header lines (mailparser folds List-* headers into one parsed object).
    const header = (name: string) => digest!.headerLines.find((h) => h.key === name)?.line ?? ''
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    const unsubscribe = header('list-unsubscribe')
      .replace(/\r?\n[ \t]+/g, '')
      .match(/^List-Unsubscribe: ?<([^>]+)>$/)![1]!
      // A job has no request: its links use the configured server URL (unset here), so point
      // the path at the test server.
      .replace(/^https?:\/\/[^/]+/, cms.api!.url)
    expect(unsubscribe).toMatch(/\/api\/subscriptions\/unsubscribe\//)
    expect(mailsTo(nothingNew)).toHaveLength(0)

    vi.setSystemTime(Date.now() + 21 * hour)
    await runTask('subscription-digest')
    expect(mailsTo(sporty)).toHaveLength(1)

    // RFC 8058: the mail program POSTs the form body to the List-Unsubscribe URL.
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    expect(await stored(sporty)).toHaveLength(0)
  })

  it('overlapping runs and a run after a broken-off one send each digest once', async () => {
    const first = citizen()
    const second = citizen()
    await confirmed(first, { topics: String(culture), frequency: 'daily' })
    await confirmed(second, { topics: String(culture), frequency: 'daily' })
    const news = await makeEntry(cms.payload, 'news', people.associationB, 'Theaterfest im Park', 'published')
    await cms.payload.update({ collection: 'news', id: news.id, data: { topics: [culture] } as never })
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 21 * hour })

    // The first run stops at the first mail (the SMTP server holds its transaction open), like a
    // process that is killed while sending; two more runs start meanwhile, the last one two hours later.
    const hold = trap.holdNext()
    const stalled = runDigest(await createLocalReq({}, cms.payload))
    await hold.holding
    const overlapping = await runDigest(await createLocalReq({}, cms.payload))
    vi.setSystemTime(Date.now() + 2 * hour)
    const afterRestart = await runDigest(await createLocalReq({}, cms.payload))
    hold.release()
    // Each subscriber's digest counted once over all three runs (the stalled one included).
    expect((await stalled).sent + overlapping.sent + afterRestart.sent).toBe(2)
    await vi.waitFor(() => {
      expect(mailsTo(first)).toHaveLength(1)
      expect(mailsTo(second)).toHaveLength(1)
    })
  })
})

describe('the personal calendar and the manage page', () => {
  it('serves the chosen events as iCal with an ETag, and the manage page revokes the link', async () => {
    const email = citizen()
    const event = await makeEntry(cms.payload, 'events', people.associationA, 'Vereinsregatta', 'published')
    await makeEntry(cms.payload, 'events', people.associationB, 'Chorprobe offen', 'published')
    const confirmLink = await confirmed(email, { associations: String(people.associationA) })
    const manage = confirmLink.replace('/confirm/', '/manage/')
    const page = await (await fetch(manage)).text()
    expect(page).toContain(`Benachrichtigungen für ${email}`)
    const url = page.match(/<code>(\S+\.ics)<\/code>/)![1]!
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, max-age=3600')
    const body = await res.text()
    const events = Object.values(ical.sync.parseICS(body)).filter((c) => c?.type === 'VEVENT')
    expect(events.map((e) => (e as { summary: string }).summary)).toEqual(['Vereinsregatta'])
    expect((events[0] as { uid: string }).uid).toBe(`event-${event.id}@unser-nb.de`)
    const again = await fetch(url, { headers: { 'if-none-match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)

    const revoked = await fetch(manage, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=calendar',
    })
    expect(await revoked.text()).toContain('Der alte Kalender-Link funktioniert nicht mehr')
    expect((await fetch(url)).status).toBe(404)

    const saved = await fetch(manage, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `action=save&topics=${nature}&kinds=events&frequency=daily`,
    })
    expect(await saved.text()).toContain('Ihre Auswahl ist gespeichert')
    expect((await stored(email))[0]).toMatchObject({
      topics: [nature],
      kinds: ['events'],
      frequency: 'daily',
    })
  })
})

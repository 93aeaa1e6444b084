import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { EnquiryStats } from '../../cms/src/enquiries/stats'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { call, createPeople, makeEntry, type People } from '../selfservice/fixtures'
import { adminLink, type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * Enquiries ("Ich möchte helfen" / "Kontakt aufnehmen") through the real REST endpoint, with a
 * real SMTP server: what is stored, which mailbox gets what, what each kind of bad input answers,
 * the withdrawal link, and the reminder, escalation and retention tasks with a moved clock.
 */

let cms: TestCms
let trap: MailTrap
let people: People
let offerA: number
let offerB: number
const editorsBox = 'redaktion-postfach@stadt.example'
const clubA = 'vorstand@sv-lindenberg.example'

beforeAll(async () => {
  // The test posts as a proxy on loopback would: X-Forwarded-For counts only from trusted proxies.
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  trap = await startMailTrap({ refuse: (address) => address.startsWith('kaputt@') })
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'enquiries' })
  people = await createPeople(cms)
  await cms.payload.updateGlobal({ slug: 'settings', data: { contact: { email: editorsBox } } as never })
  await cms.payload.update({
    collection: 'associations',
    id: people.associationA,
    data: { contact: { email: clubA } } as never,
  })
  offerA = (
    await makeEntry(
      cms.payload,
      'opportunities',
      people.associationA,
      'Trainerin für die Kinderturngruppe',
      'published',
    )
  ).id
  offerB = (
    await makeEntry(cms.payload, 'opportunities', people.associationB, 'Notenwart im Chor', 'published')
  ).id
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})
afterEach(() => vi.useRealTimers())

let client = 0
const nextIp = () => `198.51.100.${++client}`
let serial = 0
const citizen = () => `buerger-${++serial}@example.org`

async function send(
  fields: Record<string, string>,
  options: { ip?: string; json?: boolean; body?: string } = {},
) {
  const form = new URLSearchParams({
    startedAt: String(Date.now() - 10_000),
    website: '',
    consent: 'on',
    lang: 'de',
    name: 'Jana Schulz',
    message: 'Ich hätte dienstags Zeit.',
    ...fields,
  })
  const started = performance.now()
  const res = await fetch(`${cms.api!.url}/api/enquiries/send`, {
    method: 'POST',
    headers: {
      accept: options.json === false ? 'text/html' : 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': options.ip ?? nextIp(),
    },
    body: options.body ?? form.toString(),
    redirect: 'manual',
  })
  const ms = performance.now() - started
  const text = await res.text()
  return {
    status: res.status,
    ms,
    location: res.headers.get('location'),
    body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  }
}

const stored = async (email: string) =>
  (
    await cms.payload.find({
      collection: 'enquiries',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const settled = async (email: string) => {
  await vi.waitFor(async () => expect((await stored(email))[0]?.delivery?.confirmation).toBeTruthy(), {
    timeout: 15_000,
    interval: 50,
  })
  return (await stored(email))[0]!
}

describe('sending an enquiry', () => {
  it('stores it, mails the club with the citizen as Reply-To and an admin link, and confirms to the citizen with a withdrawal link', async () => {
    const email = citizen()
    const res = await send({
      opportunity: String(offerA),
      email,
      name: 'Jana Schulz',
      phone: '0395 123456',
      availability: 'dienstags ab 17 Uhr',
      message: 'Guten Tag,\nich turne seit Jahren.\n\nViele Grüße',
    })
    console.log(`Anfrage über REST: ${res.ms.toFixed(0)} ms`)
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(/^Vielen Dank! Ihre Nachricht ist bei Sportverein Lindenberg angekommen/)
    const doc = await settled(email)
    expect(doc).toMatchObject({
      status: 'new',
      association: people.associationA,
      opportunity: offerA,
      phone: '0395 123456',
      availability: 'dienstags ab 17 Uhr',
    })
    expect(doc.message).toBe('Guten Tag,\nich turne seit Jahren.\n\nViele Grüße')
    expect(doc.delivery).toMatchObject({ status: 'sent', recipient: 'club', to: clubA, confirmation: 'sent' })

    const club = await trap.waitFor(clubA)
    expect(club.subject).toBe('Ich möchte helfen: Trainerin für die Kinderturngruppe')
    expect(club.replyTo?.value).toEqual([{ name: 'Jana Schulz', address: email }])
    expect(club.text).toContain('ich turne seit Jahren.')
    expect(club.text).toContain('Wann es passt: dienstags ab 17 Uhr')
    expect(adminLink(club).pathname).toBe(`/admin/collections/enquiries/${doc.id}`)

    const confirmation = await trap.waitFor(email)
    expect(confirmation.subject).toBe('Ihre Anfrage an Sportverein Lindenberg')
    expect(confirmation.text).toContain('Das haben Sie geschrieben:\nGuten Tag,\nich turne seit Jahren.')
    expect(confirmation.text).toMatch(/Jemand von Sportverein Lindenberg antwortet Ihnen per E-Mail/)
    expect(confirmation.replyTo).toBeUndefined()
  })

  it('sends to the city editors when the club has no contact address, and answers in English for the English form', async () => {
    const email = citizen()
    const res = await send({
      association: String(people.associationB),
      email,
      lang: 'en',
      message: 'I would like to sing with you.',
    })
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(/^Thank you! Your message has reached Chor am Tollensesee/)
    const doc = await settled(email)
    expect(doc.delivery).toMatchObject({ status: 'sent', recipient: 'editors', to: editorsBox })
    const mail = trap.mails.find((m) => m.subject === 'Kontaktanfrage an Chor am Tollensesee')!
    expect(mail.text).toContain('Für Chor am Tollensesee ist keine E-Mail-Adresse hinterlegt')
    expect((await trap.waitFor(email)).subject).toBe('Your enquiry to Chor am Tollensesee')
  })

  it('keeps the enquiry and shows the failure when the club’s mailbox refuses it', async () => {
    const broken = await makeEntry(
      cms.payload,
      'opportunities',
      people.associationB,
      'Kuchenbasar',
      'published',
    )
    await cms.payload.update({
      collection: 'opportunities',
      id: broken.id,
      data: { contact: { email: 'kaputt@chor.example' } } as never,
    })
    const email = citizen()
    expect((await send({ opportunity: String(broken.id), email })).status).toBe(201)
    const doc = await settled(email)
    expect(doc.delivery!.status).toBe('failed')
    expect(doc.delivery!.error).toMatch(/550|Mailbox unavailable/)
    expect(doc.message).toBe('Ich hätte dienstags Zeit.')
  })

  it('without JavaScript answers with a redirect to the site’s confirmation page', async () => {
    const res = await send({ opportunity: String(offerA), email: citizen() }, { json: false })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/anfrage-gesendet/')
    const en = await send({ opportunity: String(offerA), email: citizen(), lang: 'en' }, { json: false })
    expect(en.location).toBe('/en/anfrage-gesendet/')
  })
})

describe('bad input gets a clear German message and stores nothing', () => {
  const cases: [string, Record<string, string>, number, string, RegExp][] = [
    [
      'missing consent',
      { consent: '' },
      400,
      'consent',
      /Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben/,
    ],
    [
      'invalid address',
      { email: 'jana(at)example' },
      400,
      'email',
      /„jana\(at\)example“ ist keine gültige E-Mail-Adresse/,
    ],
    ['CRLF in the name', { name: 'Jana\r\nBcc: alle@example.org' }, 400, 'name', /keine Zeilenumbrüche/],
    [
      'CRLF in the address',
      { email: 'jana@example.org\r\nBcc: x@example.org' },
      400,
      'email',
      /keine gültige E-Mail-Adresse/,
    ],
    ['empty message', { message: ' ' }, 400, 'message', /Bitte schreiben Sie eine kurze Nachricht/],
    [
      'message over 4,000 characters',
      { message: 'a'.repeat(4_001) },
      400,
      'message',
      /4\.001 Zeichen lang, erlaubt sind höchstens 4\.000/,
    ],
    ['spam trap filled', { website: 'https://spam.example' }, 400, 'form', /konnte nicht verarbeitet werden/],
    ['sent too fast', { startedAt: 'now' }, 400, 'form', /sehr schnell abgeschickt/],
    ['unknown target', { opportunity: '999999' }, 400, 'form', /nicht mehr online/],
  ]
  it.each(cases)('%s', async (_label, fields, status, field, message) => {
    const email = fields.email ?? citizen()
    const res = await send({
      opportunity: String(offerA),
      email,
      ...fields,
      ...(fields.startedAt === 'now' ? { startedAt: String(Date.now() - 500) } : {}),
    })
    expect(res.status).toBe(status)
    expect(res.body.errors.find((e: { field: string }) => e.field === field)?.message).toMatch(message)
    expect(
      await cms.payload.count({
        collection: 'enquiries',
        where: { email: { equals: email.trim().toLowerCase() } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('a 100 KB message: refused unread with 413, next to the message field', async () => {
    const email = citizen()
    const res = await send({ opportunity: String(offerA), email, message: 'x'.repeat(100_000) })
    expect(res.status).toBe(413)
    expect(res.body.errors[0]).toEqual({
      field: 'message',
      message: expect.stringMatching(/^Ihre Nachricht ist zu lang/),
    })
    expect((await stored(email)).length).toBe(0)
  })

  it('over the rate limit: the sixth attempt within an hour from one address is refused', async () => {
    const ip = nextIp()
    const statuses: number[] = []
    for (let n = 0; n < 6; n++)
      statuses.push((await send({ opportunity: String(offerA), email: citizen() }, { ip })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const refused = await send({ opportunity: String(offerA), email: citizen() }, { ip, json: false })
    expect(refused.status).toBe(429)
    expect(refused.body).toMatch(/Von Ihrem Anschluss kamen in kurzer Zeit zu viele Nachrichten/)
  })

  it('a plain form post with errors gets a German page listing them', async () => {
    const res = await send({ opportunity: String(offerA), email: 'falsch', consent: '' }, { json: false })
    expect(res.status).toBe(400)
    expect(res.body).toContain('<html lang="de" dir="ltr">')
    expect(res.body).toContain('„falsch“ ist keine gültige E-Mail-Adresse')
    expect(res.body).toContain('Zurück-Taste')
  })
})

describe('withdrawal', () => {
  it('the link in the confirmation asks once, then deletes the enquiry at once; the link is dead afterwards', async () => {
    const email = citizen()
    await send({ opportunity: String(offerB), email })
    await settled(email)
    const mail = await trap.waitFor(email)
    const link = String(mail.text).match(/https?:\/\/\S+\/api\/enquiries\/withdraw\/\S+/)![0]
    const ask = await fetch(link)
    expect(ask.status).toBe(200)
    expect(await ask.text()).toContain('Anfrage jetzt löschen')
    expect((await stored(email)).length).toBe(1)
    const done = await fetch(link, { method: 'POST' })
    expect(await done.text()).toContain('Ihre Anfrage und alle Ihre Angaben sind gelöscht')
    expect((await stored(email)).length).toBe(0)
    expect((await fetch(link)).status).toBe(404)
    expect((await fetch(link.replace(/.{4}$/, 'abcd'))).status).toBe(404)
  })
})

describe('jobs with a moved clock', () => {
  const runTask = async (task: 'enquiry-reminders' | 'enquiry-escalations' | 'enquiry-retention') => {
    await cms.payload.jobs.queue({ task, input: {} })
    await cms.payload.jobs.run({ queue: 'default', silent: true })
  }
  const mailsTo = (address: string, subject: RegExp) =>
    trap.mails.filter((m) => subject.test(m.subject ?? '') && JSON.stringify(m.to).includes(address)).length

  it('reminds the club after 7 days without an answer, once; tells the editors after 14; answered enquiries are left alone', async () => {
    const open = citizen()
    const answered = citizen()
    await send({ opportunity: String(offerA), email: open, name: 'Offene Anfrage' })
    await send({ opportunity: String(offerA), email: answered, name: 'Beantwortete Anfrage' })
    await settled(open)
    const done = await settled(answered)
    const res = await call(cms, 'PATCH', `/api/enquiries/${done.id}`, people.tokens.memberA, {
      status: 'answered',
    })
    expect(res.status).toBe(200)
    const reminder = /^Erinnerung: Anfrage von (Offene|Beantwortete) Anfrage/
    const escalation = /^Unbeantwortet seit \d+ Tagen/

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 86_400_000 })
    await runTask('enquiry-reminders')
    expect(mailsTo(clubA, reminder)).toBe(0)

    vi.setSystemTime(Date.now() + 2 * 86_400_000)
    await runTask('enquiry-reminders')
    await runTask('enquiry-reminders')
    await vi.waitFor(() => expect(mailsTo(clubA, reminder)).toBeGreaterThan(0), { timeout: 10_000 })
    expect(
      trap.mails.filter((m) =>
        /^Erinnerung: Anfrage von Offene Anfrage wartet seit 8 Tagen/.test(m.subject ?? ''),
      ),
    ).toHaveLength(1)
    expect(trap.mails.some((m) => /Beantwortete Anfrage/.test(m.subject ?? ''))).toBe(false)
    await runTask('enquiry-escalations')
    expect(mailsTo(editorsBox, escalation)).toBe(0)

    vi.setSystemTime(Date.now() + 7 * 86_400_000)
    await runTask('enquiry-escalations')
    await vi.waitFor(() => expect(mailsTo(editorsBox, escalation)).toBeGreaterThan(0), { timeout: 10_000 })
    const [doc] = await stored(open)
    expect(doc!.delivery!.reminderSentAt).toBeTruthy()
    expect(doc!.delivery!.escalatedAt).toBeTruthy()
  })

  it('deletes closed enquiries after the retention period of the settings, keeps open and recently closed ones', async () => {
    await cms.payload.updateGlobal({ slug: 'settings', data: { enquiries: { retentionDays: 30 } } as never })
    const [oldClosed, recentClosed, stillOpen] = [citizen(), citizen(), citizen()]
    for (const email of [oldClosed, recentClosed, stillOpen])
      await send({ opportunity: String(offerA), email })
    // Through the Local API: a login token would have expired on the moved clock.
    const close = async (email: string) =>
      cms.payload.update({ collection: 'enquiries', id: (await settled(email)).id, data: { status: 'done' } })
    await settled(stillOpen)
    await close(oldClosed)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 20 * 86_400_000 })
    await close(recentClosed)
    vi.setSystemTime(Date.now() + 11 * 86_400_000)
    await runTask('enquiry-retention')
    expect((await stored(oldClosed)).length).toBe(0)
    expect((await stored(recentClosed)).length).toBe(1)
    expect((await stored(stillOpen)).length).toBe(1)
    await cms.payload.updateGlobal({ slug: 'settings', data: { enquiries: { retentionDays: 180 } } as never })
  })
})

describe('aggregate numbers', () => {
  it('the public statistics endpoint gives counts per association and offer, no personal data', async () => {
    const res = await call<EnquiryStats>(cms, 'GET', '/api/enquiries/stats')
    expect(res.status).toBe(200)
    const a = res.body.associations.find((r) => r.id === people.associationA)!
    expect(a.enquiries).toBeGreaterThan(3)
    expect(a.answeredWithin7Days).toBeGreaterThan(0)
    const o = res.body.opportunities.find((r) => r.id === offerA)!
    expect(o).toMatchObject({
      name: 'Trainerin für die Kinderturngruppe',
      association: 'Sportverein Lindenberg',
    })
    expect(JSON.stringify(res.body)).not.toMatch(/@|Jana|Schulz|dienstags/)
  })
})

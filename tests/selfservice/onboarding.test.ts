import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { call, password } from './fixtures'
import { adminLink, type MailTrap, startMailTrap, useMailTrap } from './smtp'

/**
 * The public "Konto beantragen" form end to end: the endpoint's checks, the rate limit, and the
 * editor's approval that creates the account and sends the invitation through a real SMTP server.
 */

let cms: TestCms
let trap: MailTrap
let editorToken: string
const site = 'https://unser-nb.example'

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  process.env.SITE_URL = site
  // The test posts as a proxy on loopback would: X-Forwarded-For counts only from trusted proxies.
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  cms = await startTestCms({ api: true, name: 'onboarding' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password, role: 'admin' },
  })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password, role: 'editor' },
  })
  editorToken = await login(cms.api!, 'redaktion@example.org', password)
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { contact: { email: 'redaktion-postfach@example.org' } },
  })
})
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

let client = 0
/** Each test posts from its own client address, so the rate limit of one does not touch another. */
const newClient = () => `198.51.100.${++client}`

const valid = (overrides: Record<string, unknown> = {}) => ({
  name: 'Petra Schulz',
  associationName: 'Kleingartenverein Am Oberbach',
  email: `petra.schulz.${client}@example.org`,
  consent: true,
  website: '',
  startedAt: Date.now() - 20_000,
  ...overrides,
})

async function apply(body: Record<string, unknown>, from: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${cms.api!.url}/api/account-requests/apply`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': from,
      ...headers,
    },
    body: JSON.stringify(body),
  })
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { message: string; errors?: { field: string; message: string }[] },
  }
}

const storedRequests = async () => (await cms.payload.count({ collection: 'account-requests' })).totalDocs

describe('public account request form', () => {
  it('stores a valid request as pending, with the time of consent, and thanks in German', async () => {
    const from = newClient()
    const data = valid()
    const res = await apply(data, from)
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(/^Vielen Dank! Ihr Antrag ist bei der Redaktion angekommen/)
    const found = await cms.payload.find({
      collection: 'account-requests',
      where: { email: { equals: data.email } },
    })
    expect(found.totalDocs).toBe(1)
    expect(found.docs[0]).toMatchObject({
      name: 'Petra Schulz',
      associationName: 'Kleingartenverein Am Oberbach',
      status: 'pending',
    })
    expect(Date.now() - new Date(found.docs[0]!.consentAt!).getTime()).toBeLessThan(60_000)
    // No account exists before an editor approves; the editors are told, the applicant is not mailed.
    expect(
      (await cms.payload.find({ collection: 'users', where: { email: { equals: data.email } } })).totalDocs,
    ).toBe(0)
    const notice = await trap.waitFor('redaktion-postfach@example.org')
    expect(notice.subject).toBe('Neuer Antrag auf ein Vereinskonto: Kleingartenverein Am Oberbach')
    expect(notice.text).toContain(`Petra Schulz (${data.email}) beantragt ein Konto`)
    expect(adminLink(notice).pathname).toBe(`/admin/collections/account-requests/${found.docs[0]!.id}`)
    expect(trap.mails.some((mail) => mail.to && JSON.stringify(mail.to).includes(data.email))).toBe(false)
  })

  it('keeps the time of consent as the form set it: an editor cannot rewrite it', async () => {
    const data = valid()
    expect((await apply(data, newClient())).status).toBe(201)
    const [stored] = (
      await cms.payload.find({ collection: 'account-requests', where: { email: { equals: data.email } } })
    ).docs
    const res = await fetch(`${cms.api!.url}/api/account-requests/${stored!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ consentAt: '2020-01-01T00:00:00.000Z', note: 'Telefonisch bestätigt' }),
    })
    expect(res.status).toBe(200)
    const after = await cms.payload.findByID({ collection: 'account-requests', id: stored!.id })
    expect(after).toMatchObject({ consentAt: stored!.consentAt, note: 'Telefonisch bestätigt' })
  })

  const badInput: [string, Record<string, unknown>, string, RegExp][] = [
    ['missing name', { name: ' ' }, 'name', /^Bitte geben Sie Ihren Namen an\.$/],
    [
      'missing association',
      { associationName: '' },
      'associationName',
      /Namen Ihres Vereins oder Ihrer Initiative/,
    ],
    ['missing email', { email: '' }, 'email', /^Bitte geben Sie Ihre E-Mail-Adresse an/],
    [
      'broken email',
      { email: 'petra.schulz(at)example' },
      'email',
      /„petra\.schulz\(at\)example“ ist keine gültige E-Mail-Adresse/,
    ],
    ['no consent', { consent: false }, 'consent', /Datenschutzhinweise/],
    ['overlong name', { name: 'x'.repeat(101) }, 'name', /höchstens 100 Zeichen/],
  ]
  it.each(badInput)(
    'rejects %s with a specific German message and stores nothing',
    async (_label, change, field, message) => {
      const before = await storedRequests()
      const res = await apply(valid(change), newClient())
      expect(res.status).toBe(400)
      expect(res.body.message).toBe('Bitte prüfen Sie Ihre Angaben.')
      expect(res.body.errors).toEqual([{ field, message: expect.stringMatching(message) }])
      expect(await storedRequests()).toBe(before)
    },
  )

  it('reports every wrong field at once', async () => {
    const res = await apply(valid({ name: '', email: 'kaputt', consent: undefined }), newClient())
    expect(res.status).toBe(400)
    expect(res.body.errors!.map((e) => e.field).sort()).toEqual(['consent', 'email', 'name'])
  })

  it('rejects a filled honeypot and stores nothing', async () => {
    const before = await storedRequests()
    const res = await apply(valid({ website: 'https://spam.example' }), newClient())
    expect(res.status).toBe(400)
    expect(res.body.errors![0]!.message).toMatch(/konnte nicht verarbeitet werden/)
    expect(await storedRequests()).toBe(before)
  })

  it('rejects a form sent faster than a person can fill it, and one without start time', async () => {
    const before = await storedRequests()
    const fast = await apply(valid({ startedAt: Date.now() - 500 }), newClient())
    expect(fast.status).toBe(400)
    expect(fast.body.errors![0]!.message).toMatch(/sehr schnell abgeschickt/)
    const missing = await apply(valid({ startedAt: undefined }), newClient())
    expect(missing.status).toBe(400)
    expect(missing.body.errors![0]!.message).toMatch(/Seite neu/)
    expect(await storedRequests()).toBe(before)
  })

  it('limits attempts per client address: the sixth within an hour is refused, others still get through', async () => {
    const from = newClient()
    for (let i = 0; i < 5; i++) {
      // Wrong attempts count as well, or a bot could probe for free.
      const res = await apply(i % 2 ? valid({ email: `serie-${i}@example.org` }) : valid({ name: '' }), from)
      expect(res.status).toBe(i % 2 ? 201 : 400)
    }
    const before = await storedRequests()
    const blocked = await apply(valid({ email: 'sechster@example.org' }), from)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(blocked.body.errors![0]!.message).toMatch(
      /zu viele Anträge\. Bitte versuchen Sie es in \d+ Minuten? noch einmal/,
    )
    expect(await storedRequests()).toBe(before)

    const other = await apply(valid({ email: 'andere-adresse@example.org' }), newClient())
    expect(other.status).toBe(201)
  })

  it('does not store a second pending request for the same address, and says the same', async () => {
    const data = valid({ email: 'doppelt@example.org' })
    expect((await apply(data, newClient())).status).toBe(201)
    const again = await apply(data, newClient())
    expect(again.status).toBe(201)
    const found = await cms.payload.count({
      collection: 'account-requests',
      where: { email: { equals: 'doppelt@example.org' } },
    })
    expect(found.totalDocs).toBe(1)
  })

  it('deletes decided requests after the retention period, keeps open ones', async () => {
    const old = (status: 'approved' | 'rejected' | 'pending', email: string) =>
      cms.payload
        .create({
          collection: 'account-requests',
          data: { name: 'Alt', email, associationName: 'Alter Verein', status: 'pending' },
        })
        .then(async (doc) => {
          const longAgo = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000).toISOString()
          await cms.payload.db.updateOne({
            collection: 'account-requests',
            id: doc.id,
            data: { status, updatedAt: longAgo },
          })
          return doc.id
        })
    const rejected = await old('rejected', 'abgelehnt-alt@example.org')
    const waiting = await old('pending', 'offen-alt@example.org')
    const recent = await cms.payload.create({
      collection: 'account-requests',
      data: {
        name: 'Neu',
        email: 'abgelehnt-neu@example.org',
        associationName: 'Neuer Verein',
        status: 'rejected',
      },
    })
    expect((await apply(valid({ email: 'ausloeser@example.org' }), newClient())).status).toBe(201)
    const left = await cms.payload.find({
      collection: 'account-requests',
      where: { id: { in: [rejected, waiting, recent.id] } },
      depth: 0,
    })
    expect(left.docs.map((d) => d.id).sort()).toEqual([waiting, recent.id].sort())
  })

  it('works without JavaScript: a plain form post gets a German HTML page', async () => {
    const form = new URLSearchParams({
      name: 'Olga Petrenko',
      associationName: 'Ukrainischer Kulturverein',
      email: 'olga@example.org',
      consent: 'on',
      website: '',
      startedAt: String(Date.now() - 60_000),
    })
    const res = await fetch(`${cms.api!.url}/api/account-requests/apply`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        'x-forwarded-for': newClient(),
      },
      body: form,
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="de" dir="ltr">')
    expect(html).toContain('<h1>Antrag gesendet</h1>')
    expect(html).toContain(`href="${site}/konto-beantragen/"`)

    const bad = await fetch(`${cms.api!.url}/api/account-requests/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': newClient() },
      body: new URLSearchParams({ name: 'Olga', startedAt: String(Date.now() - 60_000) }),
    })
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('<li>Bitte geben Sie Ihre E-Mail-Adresse an.')
  })

  it('allows the site origin (and only it) to call the form endpoint from the browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.api!.url}/api/account-requests/apply`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      })
    const ok = await preflight(site)
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(site)
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST')
    const foreign = await preflight('https://fremde-seite.example')
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()

    const post = await apply(valid({ email: 'cors@example.org' }), newClient(), { origin: site })
    expect(post.headers.get('access-control-allow-origin')).toBe(site)
  })

  it('keeps requests closed: nobody creates them over the normal API, only staff read them', async () => {
    const direct = await call(cms, 'POST', '/api/account-requests', undefined, {
      name: 'X',
      email: 'x@example.org',
      associationName: 'X',
    })
    expect(direct.status).toBe(403)
    const directAsEditor = await call(cms, 'POST', '/api/account-requests', editorToken, {
      name: 'X',
      email: 'x@example.org',
      associationName: 'X',
    })
    expect(directAsEditor.status).toBe(403)
    expect((await call(cms, 'GET', '/api/account-requests')).status).toBe(403)
    expect((await call(cms, 'GET', '/api/account-requests', editorToken)).status).toBe(200)
  })
})

describe('approval and invitation', () => {
  it('creates the club account on approval, sends the invitation mail, and the link sets a working password', async () => {
    const email = 'vorstand@kleingarten.example'
    expect(
      (
        await apply(
          valid({ email, name: 'Jens Krüger', associationName: 'Gartenfreunde Datzeberg' }),
          newClient(),
        )
      ).status,
    ).toBe(201)
    const request = (
      await cms.payload.find({ collection: 'account-requests', where: { email: { equals: email } } })
    ).docs[0]!

    const approved = await call(cms, 'PATCH', `/api/account-requests/${request.id}`, editorToken, {
      status: 'approved',
    })
    expect(approved.status).toBe(200)

    // The account: a club account linked to a new draft profile named as in the request.
    const user = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    ).docs[0]!
    expect(user.role).toBe('association')
    expect(user.name).toBe('Jens Krüger')
    const associationId = user.associations![0] as number
    const profile = await cms.payload.findByID({ collection: 'associations', id: associationId, draft: true })
    expect(profile.name).toBe('Gartenfreunde Datzeberg')
    expect(profile._status).toBe('draft')
    const stored = await cms.payload.findByID({ collection: 'account-requests', id: request.id, depth: 0 })
    expect(stored.user).toBe(user.id)
    expect(stored.invitedAt).toBeTruthy()

    // The mail, as the SMTP server received it.
    const mail = await trap.waitFor(email)
    expect(mail.subject).toBe('Ihr Zugang zu Unser Neubrandenburg')
    expect(mail.from?.value[0]?.address).toBe('redaktion@unser-nb.example')
    expect(mail.text).toContain('Guten Tag Jens Krüger,')
    expect(mail.text).toContain('„Gartenfreunde Datzeberg“')
    expect(mail.text).toContain('7 Tage gültig')
    expect(mail.html).toContain('lang="de"')
    const link = adminLink(mail)
    expect(link.pathname).toMatch(/^\/admin\/reset\/[0-9a-f]{40}$/)

    // Following the link: the admin's reset page posts the token with the new password.
    const token = link.pathname.split('/').pop()!
    const tooShort = await call(cms, 'POST', '/api/users/reset-password', undefined, {
      token,
      password: 'kurz',
    })
    expect(tooShort.status).toBe(400)
    expect(JSON.stringify(tooShort.body)).toContain('mindestens 12 Zeichen')
    const reset = await call(cms, 'POST', '/api/users/reset-password', undefined, {
      token,
      password: 'Gurken-und-Tomaten-2027',
    })
    expect(reset.status).toBe(200)
    const memberToken = await login(cms.api!, email, 'Gurken-und-Tomaten-2027')

    // The new member works on the own profile right away (as a draft for review) and sees nothing else.
    const own = await call(cms, 'PATCH', `/api/associations/${associationId}?draft=true`, memberToken, {
      meetingTimes: 'Samstags ab 10 Uhr',
    })
    expect(own.status).toBe(200)
    const users = await call(cms, 'GET', '/api/users', memberToken)
    expect(users.body.docs.map((u) => u.email)).toEqual([email])

    // The token is used up.
    const again = await call(cms, 'POST', '/api/users/reset-password', undefined, {
      token,
      password: 'Noch-ein-Passwort-2027',
    })
    expect(again.status).toBe(403)
  })

  it('links an approved request to an existing association when the editor picks one', async () => {
    const existing = await cms.payload.create({
      collection: 'associations',
      data: {
        name: 'Tafel Neubrandenburg',
        shortDescription: 'Lebensmittel für Bedürftige',
        kind: 'club',
        _status: 'published',
      },
    })
    const email = 'tafel@example.org'
    await apply(valid({ email, associationName: 'Tafel NB' }), newClient())
    const request = (
      await cms.payload.find({ collection: 'account-requests', where: { email: { equals: email } } })
    ).docs[0]!
    const res = await call(cms, 'PATCH', `/api/account-requests/${request.id}`, editorToken, {
      status: 'approved',
      association: existing.id,
    })
    expect(res.status).toBe(200)
    const user = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    ).docs[0]!
    expect(user.associations).toEqual([existing.id])
    expect(
      (await cms.payload.count({ collection: 'associations', where: { name: { equals: 'Tafel NB' } } }))
        .totalDocs,
    ).toBe(0)
    await trap.waitFor(email)
  })

  it('keeps nothing and explains why when the invitation cannot be sent', async () => {
    const email = 'ohne-post@example.org'
    await apply(valid({ email }), newClient())
    const request = (
      await cms.payload.find({ collection: 'account-requests', where: { email: { equals: email } } })
    ).docs[0]!
    await trap.close()
    const res = await call(cms, 'PATCH', `/api/account-requests/${request.id}`, editorToken, {
      status: 'approved',
    })
    expect(res.status).toBe(502)
    expect(res.body.errors[0].message).toMatch(
      /Einladungs-E-Mail konnte nicht gesendet werden, deshalb wurde nichts gespeichert/,
    )
    expect(
      (await cms.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs,
    ).toBe(0)
    const profiles = await cms.payload.count({
      collection: 'associations',
      where: { name: { equals: 'Kleingartenverein Am Oberbach' } },
    })
    expect(profiles.totalDocs).toBe(0)
    const stored = await cms.payload.findByID({ collection: 'account-requests', id: request.id })
    expect(stored.status).toBe('pending')
  })
})

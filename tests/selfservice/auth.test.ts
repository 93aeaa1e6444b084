import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { call, password } from './fixtures'
import { adminLink, type MailTrap, startMailTrap, useMailTrap } from './smtp'

/** Password rules, lockout after repeated failures, and the password reset by mail. */

let cms: TestCms
let trap: MailTrap
let adminToken: string

beforeAll(async () => {
  // The lockout test below locks the whole account after 5 failures (default: 20 from all clients).
  process.env.LOGIN_ACCOUNT_LOCK_AFTER = '5'
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'auth' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password, role: 'admin' },
  })
  adminToken = await login(cms.api!, 'admin@example.org', password)
})
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

const tryLogin = (email: string, pw: string) =>
  call(cms, 'POST', '/api/users/login', undefined, { email, password: pw })

describe('password rules', () => {
  const weak: [string, string, RegExp][] = [
    ['too short', 'Kurz-123', /mindestens 12 Zeichen lang sein \(jetzt: 8\)/],
    ['too few different characters', 'aaaaaaaaaaaaaaaa', /zu wenigen verschiedenen Zeichen/],
    ['containing the email', 'ingrid.meier-2026!', /E-Mail-Adresse nicht enthalten/],
  ]
  it.each(weak)(
    'refuses a password that is %s, with a German message, and creates nothing',
    async (_label, pw, message) => {
      const res = await call(cms, 'POST', '/api/users', adminToken, {
        email: 'ingrid.meier@example.org',
        password: pw,
        role: 'association',
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0]).toMatchObject({
        path: 'password',
        message: expect.stringMatching(message),
      })
      expect(
        (
          await cms.payload.count({
            collection: 'users',
            where: { email: { equals: 'ingrid.meier@example.org' } },
          })
        ).totalDocs,
      ).toBe(0)
    },
  )

  it('accepts a long passphrase, and checks a changed password too', async () => {
    const res = await call(cms, 'POST', '/api/users', adminToken, {
      email: 'ingrid.meier@example.org',
      password: 'Vier Tore und ein See',
      role: 'association',
    })
    expect(res.status).toBe(201)
    const token = await login(cms.api!, 'ingrid.meier@example.org', 'Vier Tore und ein See')
    const change = await call(cms, 'PATCH', `/api/users/${res.body.doc.id}`, token, { password: 'zu-kurz' })
    expect(change.status).toBe(400)
    expect(JSON.stringify(change.body)).toContain('mindestens 12 Zeichen')
    // The old password still works: nothing was saved.
    expect((await tryLogin('ingrid.meier@example.org', 'Vier Tore und ein See')).status).toBe(200)
  })
})

describe('login lockout', () => {
  it('locks an account after 5 wrong passwords, even for the right one, without touching other accounts', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'sperre@example.org', password, role: 'association' },
    })
    await cms.payload.create({
      collection: 'users',
      data: { email: 'nachbar@example.org', password, role: 'association' },
    })
    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await tryLogin('sperre@example.org', `Falsches-Passwort-${attempt}`)
      expect(res.status).toBe(401)
    }
    const locked = await tryLogin('sperre@example.org', password)
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/gesperrt/i)
    const stored = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'sperre@example.org' } },
      showHiddenFields: true,
    })
    const lockUntil = new Date(String(stored.docs[0]!.lockUntil)).getTime()
    // Locked for 15 minutes from the last failure.
    expect(lockUntil - Date.now()).toBeGreaterThan(14 * 60_000)
    expect(lockUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000)

    expect((await tryLogin('nachbar@example.org', password)).status).toBe(200)

    // An admin can lift the lock early.
    const unlock = await call(cms, 'POST', '/api/users/unlock', adminToken, { email: 'sperre@example.org' })
    expect(unlock.status).toBe(200)
    expect((await tryLogin('sperre@example.org', password)).status).toBe(200)
  })

  it('does not let a club member unlock accounts', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'verein-x@example.org', password, role: 'association' },
    })
    const token = await login(cms.api!, 'verein-x@example.org', password)
    expect(
      (await call(cms, 'POST', '/api/users/unlock', token, { email: 'sperre@example.org' })).status,
    ).toBe(403)
  })
})

describe('password reset', () => {
  it('sends a German reset mail whose link sets a new password', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'vergesslich@example.org', password, role: 'association' },
    })
    const res = await call(cms, 'POST', '/api/users/forgot-password', undefined, {
      email: 'vergesslich@example.org',
    })
    expect(res.status).toBe(200)
    const mail = await trap.waitFor('vergesslich@example.org')
    expect(mail.subject).toBe('Passwort zurücksetzen – Unser Neubrandenburg')
    expect(mail.html).toContain('Sie (oder jemand anderes) haben ein neues Passwort')
    const link = adminLink(mail)
    expect(link.pathname).toMatch(/^\/admin\/reset\/[0-9a-f]{40}$/)
    const token = link.pathname.split('/').pop()!

    const weak = await call(cms, 'POST', '/api/users/reset-password', undefined, { token, password: 'abc' })
    expect(weak.status).toBe(400)
    const ok = await call(cms, 'POST', '/api/users/reset-password', undefined, {
      token,
      password: 'Neues-Passwort-fuer-2027',
    })
    expect(ok.status).toBe(200)
    expect((await tryLogin('vergesslich@example.org', password)).status).toBe(401)
    expect((await tryLogin('vergesslich@example.org', 'Neues-Passwort-fuer-2027')).status).toBe(200)
  })

  it('limits reset mails per address: the fourth request within 15 minutes is refused in German', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'ungeduldig@example.org', password, role: 'association' },
    })
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await call(cms, 'POST', '/api/users/forgot-password', undefined, {
            email: 'ungeduldig@example.org',
          })
        ).status,
      ).toBe(200)
    }
    const fourth = await call(cms, 'POST', '/api/users/forgot-password', undefined, {
      email: 'Ungeduldig@example.org',
    })
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors[0].message).toMatch(/gerade mehrere Links angefordert/)
  })

  it('answers the same for unknown addresses and sends nothing', async () => {
    const before = trap.mails.length
    const res = await call(cms, 'POST', '/api/users/forgot-password', undefined, {
      email: 'niemand@example.org',
    })
    expect(res.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(trap.mails.length).toBe(before)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { password } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * Finding 4, lock-out as a weapon: five wrong passwords from one client refuse that client, not
 * the owner; failures from many clients lock the account for everyone, and the owner lifts the
 * lock with the mailed link. No answer tells whether the account exists.
 */
let cms: TestCms
let trap: MailTrap

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  // The account lock after 7 failures from all clients (default 20), to keep the test short.
  process.env.LOGIN_ACCOUNT_LOCK_AFTER = '7'
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'login-lockout' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password, role: 'editor' },
  })
})
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

async function tryLogin(email: string, pw: string, from: string) {
  const res = await fetch(`${cms.api!.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password: pw }),
  })
  const body = (await res.json()) as { token?: string; errors?: { message: string }[] }
  return { status: res.status, token: body.token, message: body.errors?.[0]?.message ?? '' }
}

describe('login lock-out', () => {
  it(
    'refuses the guessing client after 5 failures but lets the owner in from elsewhere',
    async () => {
      const attacker = '198.51.100.66'
      for (let i = 0; i < 5; i++)
        expect((await tryLogin('redaktion@example.org', `Geraten-${i}-Passwort`, attacker)).status).toBe(401)
      const refused = await tryLogin('redaktion@example.org', password, attacker)
      expect(refused.status).toBe(401)
      expect(refused.message).toMatch(/vorübergehend gesperrt/)
      const owner = await tryLogin('redaktion@example.org', password, '203.0.113.10')
      expect(owner.status).toBe(200)
      expect(owner.token).toBeTruthy()
    },
    budgets.slowTest,
  )

  it(
    'answers a missing account exactly like an existing one when throttled',
    async () => {
      const attacker = '198.51.100.67'
      for (let i = 0; i < 5; i++) await tryLogin('niemand@example.org', `Geraten-${i}-Passwort`, attacker)
      const refused = await tryLogin('niemand@example.org', password, attacker)
      expect(refused.status).toBe(401)
      expect(refused.message).toMatch(/vorübergehend gesperrt/)
    },
    budgets.slowTest,
  )

  it(
    'locks the account after failures from many clients; the mailed link lifts the lock',
    async () => {
      // The owner's success above refunded its try: 5 failures stand; two more clients reach 7.
      expect((await tryLogin('redaktion@example.org', 'Noch-ein-Versuch-1', '198.51.100.70')).status).toBe(
        401,
      )
      expect((await tryLogin('redaktion@example.org', 'Noch-ein-Versuch-2', '198.51.100.71')).status).toBe(
        401,
      )
      const locked = await tryLogin('redaktion@example.org', password, '203.0.113.11')
      expect(locked.status).toBe(401)
      expect(locked.message).toMatch(/vorübergehend gesperrt/)

      const mail = await trap.waitFor('redaktion@example.org')
      expect(mail.subject).toBe('Anmeldung vorübergehend gesperrt – Unser Neubrandenburg')
      const link = new URL(/https?:\/\/\S+lift-lock\S+/.exec(mail.text ?? '')![0])
      const local = `${cms.api!.url}${link.pathname}${link.search}`
      // Opening the link (as a mail scanner would) lifts nothing; the button does.
      const page = await fetch(local)
      expect(await page.text()).toContain('Sperre jetzt aufheben')
      expect((await tryLogin('redaktion@example.org', password, '203.0.113.12')).status).toBe(401)
      const lift = await fetch(local, { method: 'POST' })
      expect(await lift.text()).toContain('Sperre aufgehoben')
      const owner = await tryLogin('redaktion@example.org', password, '203.0.113.12')
      expect(owner.status).toBe(200)
      // The link is used up with the lock.
      expect((await fetch(local, { method: 'POST' })).status).toBe(410)
    },
    budgets.slowTest,
  )
})

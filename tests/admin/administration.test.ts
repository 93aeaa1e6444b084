import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { startMailTrap, type MailTrap } from '../selfservice/smtp'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { choose, toast, waitEditable } from './steps'

// The admin answers in seconds on a busy machine: polls wait for the state, up to a safety net.
vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// The administration's tasks in the real admin: an account request from the website becomes a
// club account with an invitation mail; an account is created by hand; a locked account is unlocked.
const accounts = demoAccounts()
let admin: AdminServer
let trap: MailTrap
let browser: Browser
let page: Page

beforeAll(async () => {
  trap = await startMailTrap()
  // The account lock needs 20 failures from all clients in production; 3 here, so one test
  // client can lock it (each client is refused for an account after 5 of its own).
  admin = await startAdmin('administration', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(trap.port),
    SMTP_IGNORE_TLS: 'true',
    LOGIN_ACCOUNT_LOCK_AFTER: '3',
  })
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.admin.email, accounts.admin.password)
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await trap?.close()
})

describe('administration in the admin', { timeout: 300_000 }, () => {
  it('approves an account request from the website, and the applicant gets the invitation', async () => {
    const res = await fetch(`${admin.url}/api/account-requests/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        name: 'Petra Schulz',
        associationName: 'Kleingartenverein Am Oberbach',
        email: 'petra.schulz@example.org',
        consent: true,
        website: '',
        startedAt: Date.now() - 20_000,
      }),
    })
    expect(res.status).toBe(201)

    await page.goto(`${admin.url}/admin/collections/account-requests`)
    await page.getByRole('link', { name: 'Kleingartenverein Am Oberbach' }).click()
    await waitEditable(page)
    await choose(page, 'status', 'Freigegeben (Konto angelegt)')
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich aktualisiert.')
    const mail = await trap.waitFor('petra.schulz@example.org', 60_000)
    expect(mail.subject).toBe('Ihr Zugang zu Unser Neubrandenburg')
    expect(mail.text).toContain('Für „Kleingartenverein Am Oberbach“ gibt es jetzt ein Konto')
    expect(mail.text).toMatch(/Passwort fest/)
    // The new account exists as a club account of a new draft profile named as in the request.
    await page.goto(`${admin.url}/admin/collections/users`)
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'petra.schulz@example.org' }).innerText())
      .toMatch(/Petra Schulz[\s\S]*Verein/)
    await snap(page, 'admin-request-approved')
  })

  it('creates a club account by hand', async () => {
    await page.goto(`${admin.url}/admin/collections/users/create`)
    await waitEditable(page)
    await page.locator('#field-email').fill('jugendwart@example.org')
    await page.locator('#field-name').fill('Jugendwart Ruderclub')
    await page.locator('#field-password').fill('Steg-und-Skull-am-Oberbach-7')
    await page.locator('#field-confirm-password').fill('Steg-und-Skull-am-Oberbach-7')
    await choose(page, 'role', 'Verein (Vereinskonto)')
    await page.locator('#field-associations .rs__control').click()
    await page.keyboard.type('Ruderclub')
    await page.locator('.rs__option', { hasText: 'Ruderclub Tollensesee' }).first().click()
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
    await page.waitForURL(/\/collections\/users\/\d+/)
    const login = await fetch(`${admin.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'jugendwart@example.org', password: 'Steg-und-Skull-am-Oberbach-7' }),
    })
    expect(login.status).toBe(200)
    const { user } = (await login.json()) as { user: { role: string; associations: unknown[] } }
    expect(user.role).toBe('association')
    expect(user.associations).toHaveLength(1)
  })

  it('unlocks an account that was locked by failed logins', async () => {
    const tryLogin = (password: string) =>
      fetch(`${admin.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'jugendwart@example.org', password }),
      })
    for (let i = 0; i < 3; i++) await tryLogin('falsch-geraten')
    const refused = await tryLogin('Steg-und-Skull-am-Oberbach-7')
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /vorübergehend gesperrt/,
    )
    // The owner is told by mail, with a link to lift the lock.
    const lockMail = await trap.waitFor('jugendwart@example.org', 60_000)
    expect(lockMail.text).toMatch(/gesperrt/)

    await page.goto(`${admin.url}/admin/collections/users`)
    await page
      .getByRole('row')
      .filter({ hasText: 'jugendwart@example.org' })
      .getByRole('link')
      .first()
      .click()
    await waitEditable(page)
    await snap(page, 'admin-locked-account')
    await page.getByRole('button', { name: 'Anmeldesperre aufheben' }).click()
    await expect.poll(() => toast(page)).toContain('Die Anmeldesperre ist aufgehoben.')
    expect((await tryLogin('Steg-und-Skull-am-Oberbach-7')).status).toBe(200)
  })
})

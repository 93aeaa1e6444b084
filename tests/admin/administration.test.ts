import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { startMailTrap, type MailTrap } from '../selfservice/smtp'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { waitEditable } from './steps'

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
  admin = await startAdmin('administration', { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(trap.port), SMTP_IGNORE_TLS: 'true' })
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.admin.email, accounts.admin.password)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await trap?.close()
})

/** Selects an option of a Payload select field by its visible label. */
async function choose(field: string, option: string) {
  await page.locator(`#field-${field}`).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

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
    await choose('status', 'Freigegeben (Konto angelegt)')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect.poll(() => page.getByText(/erfolgreich/i).count()).toBeGreaterThan(0)
    const mail = await trap.waitFor('petra.schulz@example.org', 60_000)
    expect(mail.subject).toMatch(/Einladung|Konto/)
    expect(mail.text).toMatch(/Passwort/)
    await snap(page, 'admin-request-approved')
  })

  it('creates a club account by hand', async () => {
    await page.goto(`${admin.url}/admin/collections/users/create`)
    await waitEditable(page)
    await page.locator('#field-email').fill('jugendwart@example.org')
    await page.locator('#field-name').fill('Jugendwart Ruderclub')
    await page.locator('#field-password').fill('Steg-und-Skull-am-Oberbach-7')
    await page.locator('#field-confirm-password').fill('Steg-und-Skull-am-Oberbach-7')
    await choose('role', 'Verein')
    await page.locator('#field-associations').click()
    await page.keyboard.type('Ruderclub')
    await page.getByRole('option', { name: /Ruderclub Tollensesee/ }).first().click()
    await page.getByRole('button', { name: 'Speichern' }).click()
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
    for (let i = 0; i < 5; i++) await tryLogin('falsch-geraten')
    expect((await tryLogin('Steg-und-Skull-am-Oberbach-7')).status).not.toBe(200)

    await page.goto(`${admin.url}/admin/collections/users`)
    await page.getByRole('link', { name: 'jugendwart@example.org' }).click()
    await waitEditable(page)
    await page.getByRole('button', { name: 'Entsperren' }).click()
    await expect.poll(() => page.getByText('Erfolgreich entsperrt', { exact: false }).count()).toBeGreaterThan(0)
    expect((await tryLogin('Steg-und-Skull-am-Oberbach-7')).status).toBe(200)
  })
})

import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { repoRoot } from '../../cms/src/lib/paths'
import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { oldSite } from '../humhub/fixture'
import { startHumHubStandIn, TOKEN, type StandIn } from '../humhub/humhub-server'
import { startMailTrap, type MailTrap } from '../selfservice/smtp'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { apiLogin, axeViolations, toast } from './steps'

vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// Issue 21 in the real admin: after `npm run import:humhub` (the command, against the HumHub
// stand-in, into the admin's database) an editor finds the imported entries in the review queue
// and in the lists, marked "importiert", and hands an imported club to its club account: the
// space's former admins are read from HumHub and invited only after the editor confirms.
const accounts = demoAccounts()
let admin: AdminServer
let humhub: StandIn
let trap: MailTrap
let browser: Browser
let page: Page

function importCommand(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/import-humhub.ts', ...args], {
      cwd: repoRoot,
      env: { ...admin.env, NODE_ENV: 'test' },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`Import endete mit ${code}:\n${out}`)),
    )
  })
}

beforeAll(async () => {
  humhub = await startHumHubStandIn(oldSite)
  trap = await startMailTrap()
  admin = await startAdmin('humhub', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(trap.port),
    SMTP_IGNORE_TLS: 'true',
    HUMHUB_URL: humhub.url,
    HUMHUB_TOKEN: TOKEN,
  })
  const report = await importCommand([
    '--url',
    humhub.url,
    '--token',
    TOKEN,
    '--news-space',
    '6',
    '--topics',
    'scripts/humhub/topics.example.json',
  ])
  expect(report).toContain('Import abgeschlossen:')
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.editor.email, accounts.editor.password)
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await humhub?.close()
  await trap?.close()
})

const row = (name: string) => page.locator('tbody tr', { hasText: name })

describe('imported entries in the admin', { timeout: 300_000 }, () => {
  it('wait in the review queue on the dashboard, marked "importiert"', async () => {
    await page.goto(`${admin.url}/admin`)
    const queue = page.locator('section[aria-labelledby="review-queue-heading"]')
    await expect.poll(() => queue.getByRole('link', { name: /^Vereinsprofile: \d+$/ }).count()).toBe(1)
    const entry = queue.locator('li li', { has: page.getByRole('link', { name: 'Stadtteiltreff Oststadt' }) })
    await expect.poll(() => entry.innerText()).toBe('Stadtteiltreff Oststadt importiert')
    expect(await axeViolations(page)).toEqual([])
    await snap(page, 'humhub-dashboard-importiert-1280')
  })

  it('show "importiert" in the lists beside the review state, and only on imported entries', async () => {
    await page.goto(`${admin.url}/admin/collections/associations?limit=100&sort=name`)
    await expect
      .poll(() => row('Chor Neubrandenburg').innerText())
      .toMatch(/Zur Prüfung eingereicht\s*importiert/)
    // A club that has been on the new platform all along.
    const seeded = row('Ruderclub')
    await expect.poll(() => seeded.count()).toBeGreaterThan(0)
    expect(await seeded.first().innerText()).not.toContain('importiert')
    await snap(page, 'humhub-associations-importiert-1280')

    await page.goto(`${admin.url}/admin/collections/events?where[reviewStatus][equals]=submitted`)
    await expect.poll(() => row('Nachbarschaftscafé').innerText()).toContain('importiert')
    await page.goto(`${admin.url}/admin/collections/news?where[reviewStatus][equals]=submitted`)
    await expect.poll(() => row('Neue Bänke am Tollensesee').innerText()).toContain('importiert')
  })
})

describe('handing an imported club over', { timeout: 300_000 }, () => {
  // The REST reads check what the editor's clicks did; they are not what is tested.
  const staff = () => apiLogin(admin, accounts.editor.email, accounts.editor.password)
  const get = async (path: string) =>
    (await fetch(`${admin.url}/api/${path}`, { headers: { authorization: `JWT ${await staff()}` } })).json()
  const membershipReads = () => humhub.requests.filter((r) => /\/space\/2\/membership|\/user\/50/.test(r))
  const pick = async (field: string, search: string, option: string) => {
    await page.locator(`#field-${field} .rs__control`).click()
    await page.keyboard.type(search)
    await page.locator('.rs__option', { hasText: option }).first().click()
  }

  it('links the club account and invites the former space admins only after the editor confirms', async () => {
    await page.goto(`${admin.url}/admin/collections/handovers/create`)
    await page.locator('#field-association .rs__control').waitFor()
    // Only imported associations are offered: the seeded "Chor am Datzeberg e. V." is not.
    await page.locator('#field-association .rs__control').click()
    await page.keyboard.type('Chor')
    await expect.poll(() => page.locator('.rs__option').allInnerTexts()).toEqual(['Chor Neubrandenburg'])
    await page.locator('.rs__option', { hasText: 'Chor Neubrandenburg' }).click()
    await pick('account', 'verein@', accounts.club.email)
    await page.getByLabel('Ehemalige Space-Admins aus HumHub einladen').check()
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect.poll(() => toast(page)).toMatch(/erfolgreich/i)
    await page.waitForURL(/\/handovers\/\d+$/)

    // Prepared, not confirmed: HumHub was not asked about people, nobody was mailed or linked.
    expect(membershipReads()).toEqual([])
    expect(trap.mails).toHaveLength(0)
    const chor = (await get('associations?where[source.externalId][equals]=space:2&draft=true&depth=0'))
      .docs[0]
    const club = (await get(`users?where[email][equals]=${accounts.club.email}&depth=0`)).docs[0]
    expect(club.associations).not.toContain(chor.id)

    await page.getByLabel('Übergabe bestätigen').check()
    await page.getByRole('button', { name: 'Speichern' }).click()

    // Ute is an admin: invited. Jens is an ordinary member and Karla only invited to the space: not.
    const mail = await trap.waitFor('ute.saenger@example.org', 60_000)
    expect(mail.subject).toBe('Ihr Zugang zu Unser Neubrandenburg')
    expect(mail.text).toContain('Chor Neubrandenburg')
    expect(trap.mails).toHaveLength(1)
    expect(membershipReads().some((r) => r.startsWith('/api/v1/user/502'))).toBe(false)
    // The form shows whom the hand-over invited (read-only fields, so their values).
    const invited = () =>
      page
        .locator('#field-invited input:not([type="hidden"])')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    await expect.poll(invited).toEqual(['Ute Sänger', 'ute.saenger@example.org', 'eingeladen'])

    expect((await get(`users/${club.id}?depth=0`)).associations).toContain(chor.id)
    const ute = (await get('users?where[email][equals]=ute.saenger@example.org&depth=0')).docs[0]
    expect(ute).toMatchObject({ role: 'association', associations: [chor.id], name: 'Ute Sänger' })

    expect(await axeViolations(page)).toEqual([])
    await snap(page, 'humhub-handover-1280')
    await page.setViewportSize({ width: 390, height: 844 })
    await snap(page, 'humhub-handover-390')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('a confirmed hand-over is final', async () => {
    await page.getByLabel('Übergabe bestätigen').uncheck()
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect
      .poll(() => toast(page))
      .toContain('Diese Übergabe ist bestätigt und abgeschlossen; sie lässt sich nicht mehr ändern.')
  })
})

import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { repoRoot } from '../../cms/src/lib/paths'
import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { oldSite } from '../humhub/fixture'
import { startHumHubStandIn, TOKEN, type StandIn } from '../humhub/humhub-server'
import { type AdminServer, germanContext, launchBrowser, logIn, startAdmin } from './harness'
import { axeViolations } from './steps'

vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// Issue 21 in the real admin: after `npm run import:humhub` (the command, against the HumHub
// stand-in, into the admin's database) an editor finds the imported entries in the review queue
// and in the lists, marked "importiert".
const accounts = demoAccounts()
let admin: AdminServer
let humhub: StandIn
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
  admin = await startAdmin('humhub')
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
})

const row = (name: string) => page.locator('tbody tr', { hasText: name })

describe('imported entries in the admin', { timeout: 300_000 }, () => {
  it('wait in the review queue on the dashboard, marked "importiert"', async () => {
    await page.goto(`${admin.url}/admin`)
    const queue = page.locator('section[aria-labelledby="review-queue-heading"]')
    await expect.poll(() => queue.getByRole('link', { name: /^Vereinsprofile: \d+$/ }).count()).toBe(1)
    const entry = queue.locator('li li', { has: page.getByRole('link', { name: 'Stadtteiltreff Oststadt' }) })
    await expect.poll(() => entry.innerText()).toMatch(/^Stadtteiltreff Oststadt\s*importiert$/)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({
      path: '/work/screens/takeover/admin-dashboard-importiert-1280.png',
      fullPage: true,
    })
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
    await page.screenshot({ path: '/work/screens/takeover/admin-associations-importiert-1280.png' })

    await page.goto(`${admin.url}/admin/collections/events?where[reviewStatus][equals]=submitted`)
    await expect.poll(() => row('Nachbarschaftscafé').innerText()).toContain('importiert')
    await page.goto(`${admin.url}/admin/collections/news?where[reviewStatus][equals]=submitted`)
    await expect.poll(() => row('Neue Bänke am Tollensesee').innerText()).toContain('importiert')
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { password } from '../selfservice/fixtures'
import { type AdminServer, ensureAdminBuild, startAdminServer } from './admin-server'

/**
 * Finding 6 in the real admin (next start, production): the admin works under its CSP without a
 * single violation, cannot be framed, the auth cookie is Secure. Also the production API path:
 * the Next route handlers run the request guard with the real peer address (finding 2/3).
 */
let cms: TestCms
let admin: AdminServer
let browser: Browser
const screens = path.join(os.tmpdir(), 'nb-screens', 'api-security')
fs.mkdirSync(screens, { recursive: true })

beforeAll(async () => {
  cms = await startTestCms({ name: 'admin-csp' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password, role: 'editor', name: 'Redaktion' },
  })
  // Loopback is the trusted proxy: X-Forwarded-For names the client, if the peer stamp works.
  const env = {
    ...process.env,
    DATA_DIR: cms.dataDir,
    PAYLOAD_SECRET: cms.payload.secret,
    TRUSTED_PROXIES: '127.0.0.1, ::1',
  }
  await ensureAdminBuild(env)
  admin = await startAdminServer(env)
  browser = await launchBrowser()
}, budgets.setup)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await cms?.close()
})

describe('admin under its security headers', () => {
  it(
    'logs in and shows the dashboard and an edit view without CSP violations',
    async () => {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.addInitScript(() => {
        ;(window as unknown as { __csp: string[] }).__csp = []
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        )
      })
      const consoleCsp: string[] = []
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && consoleCsp.push(m.text()))
      const response = await page.goto(`${admin.url}/admin/login`, { waitUntil: 'networkidle' })
      const headers = response!.headers()
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['strict-transport-security']).toContain('max-age=')

      await page.fill('#field-email', 'redaktion@example.org')
      await page.fill('#field-password', password)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `${screens}/admin-dashboard.png` })
      const cookie = (await context.cookies()).find((c) => c.name === 'payload-token')
      expect(cookie?.secure).toBe(true)

      await page.goto(`${admin.url}/admin/collections/events/create`, { waitUntil: 'networkidle' })
      await page.waitForSelector('#field-title', { timeout: 60_000 })
      await page.screenshot({ path: `${screens}/admin-event-create.png` })
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
      expect([...violations, ...consoleCsp]).toEqual([])
      await context.close()
    },
    budgets.slowTest,
  )

  it(
    'cannot be framed by another page',
    async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.route('http://fremd.example/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<iframe id="f" src="${admin.url}/admin/login"></iframe>`,
        }),
      )
      await page.goto('http://fremd.example/')
      const frame = await (await page.waitForSelector('#f')).contentFrame()
      // A refused frame stays empty (chrome-error page), the admin's login form never renders.
      await page.waitForTimeout(0)
      await expect.poll(async () => (await frame?.$('#field-email')) === null, { timeout: 10_000 }).toBe(true)
      await context.close()
    },
    budgets.test,
  )

  it(
    'serves the API through the Next route handlers with the request guard and the real peer',
    async () => {
      const paging = await fetch(`${admin.url}/api/events?page=99999999999999999999`)
      expect(paging.status).toBe(400)
      expect(JSON.stringify(await paging.json())).toMatch(/Ungültige Seitenzahl/)
      const big = await fetch(`${admin.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(3 * 1024 * 1024) }),
      })
      expect(big.status).toBe(413)
      const anonymous = await fetch(`${admin.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Events { docs { id } } }' }),
      })
      expect(JSON.stringify(await anonymous.json())).toMatch(/nur angemeldeten Konten/)
      // The account form's limit (5 per hour) per client, told apart through the trusted proxy's
      // X-Forwarded-For: only possible when the Next server stamped the real peer (without the
      // stamp every request would share one bucket and the second client would be refused too).
      const post = (from: string) =>
        fetch(`${admin.url}/api/account-requests/apply`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-forwarded-for': from,
          },
          body: JSON.stringify({ name: '' }),
        })
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await post('198.51.100.1')).status)
      expect(statuses.filter((s) => s === 429)).toHaveLength(1)
      expect((await post('198.51.100.2')).status).toBe(400)
    },
    budgets.slowTest,
  )
})

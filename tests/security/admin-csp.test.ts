import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
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
const screens = '/work/screens/api-security'

beforeAll(async () => {
  cms = await startTestCms({ name: 'admin-csp' })
  await cms.payload.create({ collection: 'users', data: { email: 'redaktion@example.org', password, role: 'editor', name: 'Redaktion' } })
  const env = { ...process.env, DATA_DIR: cms.dataDir, PAYLOAD_SECRET: cms.payload.secret }
  await ensureAdminBuild(env)
  admin = await startAdminServer(env)
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await cms?.close()
})

describe('admin under its security headers', () => {
  it('logs in and shows the dashboard and an edit view without CSP violations', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript(() => {
      ;(window as unknown as { __csp: string[] }).__csp = []
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
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
  }, 300_000)

  it('cannot be framed by another page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.route('http://fremd.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe id="f" src="${admin.url}/admin/login"></iframe>` }),
    )
    await page.goto('http://fremd.example/')
    const frame = await (await page.waitForSelector('#f')).contentFrame()
    // A refused frame stays empty (chrome-error page), the admin's login form never renders.
    await page.waitForTimeout(0)
    await expect.poll(async () => (await frame?.$('#field-email')) === null, { timeout: 10_000 }).toBe(true)
    await context.close()
  }, 60_000)

  it('serves the API through the Next route handlers with the request guard and the real peer', async () => {
    const paging = await fetch(`${admin.url}/api/events?page=99999999999999999999`)
    expect(paging.status).toBe(400)
    expect(JSON.stringify(await paging.json())).toMatch(/Ungültige Seitenzahl/)
    const big = await fetch(`${admin.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(big.status).toBe(413)
    const anonymous = await fetch(`${admin.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Events { docs { id } } }' }) })
    expect(JSON.stringify(await anonymous.json())).toMatch(/nur angemeldeten Konten/)
    // A forged X-Forwarded-For from a direct client does not make it someone else: the account
    // form's limit (5 per hour) holds for this peer.
    let refused = 0
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${admin.url}/api/account-requests/apply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
        body: JSON.stringify({ name: '' }),
      })
      if (res.status === 429) refused++
    }
    expect(refused).toBe(2)
  }, 120_000)
})

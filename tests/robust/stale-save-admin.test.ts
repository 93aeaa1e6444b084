// Finding 12 of issue 12 in the real admin: two pages edit the same event; the second save gets
// the German conflict message and keeps what the user typed. Needs the built admin
// (built once per test run and shared with the admin browser tests, tests/admin/harness.ts).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openPayload } from '../../scripts/lib/payload'
import { waitFor } from '../../scripts/lib/processes'
import { ensureAdminBuild } from '../admin/harness'
import { freePort, launchBrowser } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
// Screenshots of the conflict, for looking at it by hand.
const screens = path.join(os.tmpdir(), 'nb-screens', 'robust-build')

let dataDir: string
let cms: ChildProcess
let url: string
let browser: Browser
let eventId: number | string
const output: string[] = []

describe('two admin pages save the same event', () => {
  beforeAll(async () => {
    await ensureAdminBuild()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-stale-admin-'))
    process.env.DATA_DIR = dataDir
    delete process.env.DATABASE_URI
    process.env.PAYLOAD_JOBS_AUTORUN = 'false'
    const payload = await openPayload()
    await payload.create({
      collection: 'users',
      data: { email: 'redaktion@example.org', password: 'Test-Passwort-123', role: 'editor' } as never,
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Tollensesee-Lauf',
        start: new Date(Date.now() + 9 * 86_400_000).toISOString(),
        attendance: 'onsite',
        venue: { name: 'Strandbad' },
        _status: 'published',
      } as never,
      context: { skipPublishTrigger: true },
    })
    eventId = event.id
    await payload.destroy?.()

    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    // As scripts/start.ts starts it (scripts/lib/platform.ts), minus the webhook.
    cms = spawn(
      path.join(repoRoot, 'node_modules/.bin/next'),
      ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PAYLOAD_PUBLIC_SERVER_URL: url,
          PAYLOAD_JOBS_AUTORUN: 'false',
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_OPTIONS: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    cms.stdout!.on('data', (d) => output.push(String(d)))
    cms.stderr!.on('data', (d) => output.push(String(d)))
    await waitFor(`${url}/api/globals/settings`, 300_000).catch((error) => {
      throw new Error(`${error.message}\n${output.join('').slice(-3000)}`)
    })
    browser = await launchBrowser()
    fs.mkdirSync(screens, { recursive: true })
  }, budgets.setup)

  afterAll(async () => {
    await browser?.close()
    if (cms && cms.exitCode === null) {
      const exited = new Promise((r) => cms.once('exit', r))
      cms.kill('SIGTERM')
      await exited
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  async function editPage(context: Awaited<ReturnType<Browser['newContext']>>): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`${url}/admin/collections/events/${eventId}`, { waitUntil: 'load', timeout: 120_000 })
    await page.locator('#field-title').waitFor({ timeout: 120_000 })
    return page
  }

  const publish = (page: Page) => page.locator('#action-save').click()

  it(
    'the second save shows the German conflict message and keeps the input; the first editor can save again',
    async () => {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
      const login = await context.request.post(`${url}/api/users/login`, {
        data: { email: 'redaktion@example.org', password: 'Test-Passwort-123' },
      })
      expect(login.ok()).toBe(true)
      const first = await editPage(context)
      const second = await editPage(context)

      await first.fill('#field-title', 'Tollensesee-Lauf 2027')
      await publish(first)
      await first
        .locator('.toast-success, [data-sonner-toast][data-type="success"]')
        .first()
        .waitFor({ timeout: 60_000 })

      await second.fill('#field-title', 'Tollensesee-Lauf (zweite Seite)')
      await publish(second)
      const toast = second.locator('[data-sonner-toast][data-type="error"], .toast-error').first()
      await toast.waitFor({ timeout: 60_000 })
      expect(await toast.textContent()).toContain(
        'Dieses Dokument wurde inzwischen von anderer Seite geändert',
      )
      expect(await second.inputValue('#field-title')).toBe('Tollensesee-Lauf (zweite Seite)')
      await second.screenshot({ path: path.join(screens, 'stale-save-conflict-1280.png') })

      const stored = (await (await context.request.get(`${url}/api/events/${eventId}?depth=0`)).json()) as {
        title: string
      }
      expect(stored.title).toBe('Tollensesee-Lauf 2027')

      // The page that saved has the new version: its next save is no conflict.
      await first.fill('#field-title', 'Tollensesee-Lauf 2027 (korrigiert)')
      await publish(first)
      await first
        .locator('[data-sonner-toast][data-type="success"]')
        .nth(1)
        .waitFor({ timeout: 60_000 })
        .catch(async () => {
          await first.screenshot({ path: path.join(screens, 'stale-save-first-again.png') })
        })
      await expect
        .poll(
          async () =>
            (
              (await (await context.request.get(`${url}/api/events/${eventId}?depth=0`)).json()) as {
                title: string
              }
            ).title,
          { timeout: 30_000 },
        )
        .toBe('Tollensesee-Lauf 2027 (korrigiert)')
      await context.close()
    },
    budgets.setup,
  )
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { startBuildRunner, type BuildRunner } from '../../scripts/build-runner/index'
import { budgets } from '../helpers/timeouts'
import { type AdminServer, freePort, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { apiLogin, choose, restCreate, toast, waitEditable } from './steps'

// The admin answers in seconds on a busy machine: polls wait for the state, up to a safety net.
vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// An editor's main tasks in the real admin, with the real publish pipeline behind it: what the
// editor publishes reaches the served site and its search.
const accounts = demoAccounts()
const secret = 'admin-browser-tests-webhook-secret-0123456789'
let admin: AdminServer
let runner: BuildRunner
let runnerDir: string
let browser: Browser
let page: Page
let clubToken: string
let staffToken: string
const submitted: Record<string, number | string> = {}

async function submitAsClub(title: string) {
  const doc = await restCreate(admin, clubToken, 'events', {
    title,
    start: '2027-06-12T08:00:00.000Z',
    venue: { name: 'Bootshaus am Oberbach' },
    _status: 'published',
  })
  submitted[title] = doc.id
  return doc.id
}

beforeAll(async () => {
  const runnerPort = await freePort()
  admin = await startAdmin('editor', {
    BUILD_WEBHOOK_URL: `http://127.0.0.1:${runnerPort}/webhook`,
    BUILD_WEBHOOK_SECRET: secret,
    PUBLISH_DEBOUNCE_MS: '200',
    PAYLOAD_JOBS_AUTORUN: 'true',
  })
  runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-admin-site-'))
  runner = await startBuildRunner({
    secret,
    port: runnerPort,
    sitePort: await freePort(),
    cmsUrl: admin.url,
    rootDir: runnerDir,
    log: () => {},
  })
  await runner.whenIdle()
  clubToken = await apiLogin(admin, accounts.club.email, accounts.club.password)
  staffToken = await apiLogin(admin, accounts.editor.email, accounts.editor.password)
  await submitAsClub('Sommerregatta der Jugend')
  await submitAsClub('Bootstaufe mit Kaffee und Kuchen')
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.editor.email, accounts.editor.password)
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await runner?.close()
  await admin?.close()
  if (runnerDir) fs.rmSync(runnerDir, { recursive: true, force: true })
})

async function liveBuildAfter(startedBefore: number) {
  await expect
    .poll(
      async () => {
        const status = await runner.status()
        return (
          status.state === 'idle' &&
          status.lastSuccess &&
          Date.parse(status.lastSuccess.startedAt) >= startedBefore
        )
      },
      { timeout: 180_000, interval: 500 },
    )
    .toBeTruthy()
}

describe('editor in the admin', { timeout: 300_000 }, () => {
  it('finds the submissions in the review queue first on the dashboard', async () => {
    await page.goto(`${admin.url}/admin`)
    await expect.poll(() => page.getByRole('heading', { name: 'Zur Prüfung eingereicht' }).count()).toBe(1)
    for (const title of Object.keys(submitted))
      expect(await page.getByRole('link', { name: title }).count(), title).toBe(1)
    await snap(page, 'editor-dashboard')
  })

  it('publishes a submission, which appears on the served site and in its search', async () => {
    await page.getByRole('link', { name: 'Sommerregatta der Jugend' }).click()
    await waitEditable(page)
    await expect.poll(() => page.locator('.nb-review-banner').textContent()).toMatch(/In Prüfung seit/)
    const before = Date.now()
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich aktualisiert.')
    await liveBuildAfter(before)

    const id = submitted['Sommerregatta der Jugend']
    const doc = await fetch(`${admin.url}/api/events/${id}`, {
      headers: { authorization: `JWT ${staffToken}` },
    }).then((r) => r.json())
    expect(doc._status).toBe('published')
    expect(doc.reviewStatus).toBe('approved')
    const site = await browser.newPage()
    await site.goto(`${runner.siteUrl}/veranstaltungen/${doc.slug}/`)
    await expect
      .poll(() => site.getByRole('heading', { level: 1 }).textContent())
      .toContain('Sommerregatta der Jugend')
    await site.goto(`${runner.siteUrl}/suche/?q=Sommerregatta`)
    await expect
      .poll(() => site.getByRole('link', { name: /Sommerregatta der Jugend/ }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await site.close()
  })

  it('sends another submission back with a note for the club', async () => {
    const id = submitted['Bootstaufe mit Kaffee und Kuchen']
    await page.goto(`${admin.url}/admin/collections/events/${id}`)
    await waitEditable(page)
    await choose(page, 'reviewStatus', 'Zurückgegeben – bitte überarbeiten')
    await page.locator('#field-reviewComment').fill('Bitte nennen Sie die Uhrzeit des Kaffeetrinkens.')
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await expect.poll(() => toast(page)).toContain('Entwurf erfolgreich gespeichert.')
    const stored = await fetch(`${admin.url}/api/events/${id}?draft=true`, {
      headers: { authorization: `JWT ${clubToken}` },
    }).then((r) => r.json())
    expect(stored.reviewStatus).toBe('changesRequested')
    expect(stored.reviewComment).toBe('Bitte nennen Sie die Uhrzeit des Kaffeetrinkens.')
    await snap(page, 'editor-returned')
  })

  it('unpublishes a published event, which leaves the site', async () => {
    const events = await fetch(
      `${admin.url}/api/events?limit=1&sort=start&depth=0&where[start][greater_than]=${new Date().toISOString()}`,
    ).then((r) => r.json())
    const event = events.docs[0]
    await page.goto(`${admin.url}/admin/collections/events/${event.id}`)
    await waitEditable(page)
    const before = Date.now()
    await page.locator('.doc-controls__popup .popup-button').click()
    await page.getByRole('button', { name: 'Veröffentlichung aufheben' }).click()
    const confirm = page.locator('dialog[open]').last()
    await expect
      .poll(() => confirm.innerText())
      .toContain('Sie sind dabei, die Veröffentlichung dieses Dokuments aufzuheben.')
    await confirm.getByRole('button', { name: 'Bestätigen' }).click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich unveröffentlicht.')
    await expect.poll(async () => (await fetch(`${admin.url}/api/events/${event.id}`)).status).toBe(404)
    await liveBuildAfter(before)
    expect((await fetch(`${runner.siteUrl}/veranstaltungen/${event.slug}/`)).status).toBe(404)
  })

  it('schedules a draft for publication', async () => {
    const draft = await restCreate(admin, staffToken, 'news', {
      title: 'Neujahrsempfang der Vereine',
      _status: 'draft',
    })
    await page.goto(`${admin.url}/admin/collections/news/${draft.id}`)
    await waitEditable(page)
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Veröffentlichungsplanung' }).click()
    const drawer = page.locator('dialog.schedule-publish[open]')
    await expect
      .poll(() => drawer.getByRole('heading', { level: 2 }).textContent())
      .toBe('Veröffentlichung für Neujahrsempfang der Vereine planen')
    await drawer.getByText('Veröffentlichen', { exact: true }).click()
    const when = drawer.locator('.react-datepicker__input-container input')
    await when.fill('01.01.2030 10:00')
    await when.press('Enter')
    await drawer.locator('#scheduled-publish-save').click()
    await expect.poll(() => toast(page)).toContain('Erfolgreich geplant.')
    // The drawer lists what is planned, as the editor sees it afterwards.
    await expect
      .poll(() => drawer.locator('.schedule-publish__upcoming').innerText())
      .toMatch(/Veröffentlichen\s+01\.01\.2030 10:00\s+Berlin/)
    await snap(page, 'editor-scheduled')
    // The plan is stored in the CMS, not only in the page: after a reload the drawer still lists it,
    // and the news stays unpublished until then.
    await page.reload()
    await waitEditable(page)
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Veröffentlichungsplanung' }).click()
    await expect
      .poll(() => drawer.locator('.schedule-publish__upcoming').innerText())
      .toMatch(/Veröffentlichen\s+01\.01\.2030 10:00\s+Berlin/)
    expect((await fetch(`${admin.url}/api/news/${draft.id}`)).status).toBe(404)
  })
})

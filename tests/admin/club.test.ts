import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import {
  apiLogin,
  axeViolations,
  fillDate,
  openCreateView,
  restCreate,
  uploadImage,
  waitEditable,
} from './steps'

// The admin answers in seconds on a busy machine: polls wait for the state, up to a safety net.
vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// A club volunteer's main tasks, done in the real admin the way the volunteer does them.
const accounts = demoAccounts()
let admin: AdminServer
let browser: Browser
let page: Page
let staffToken: string

beforeAll(async () => {
  admin = await startAdmin('club')
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  staffToken = await apiLogin(admin, accounts.editor.email, accounts.editor.password)
  await logIn(page, admin, accounts.club.email, accounts.club.password)
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

/** Axe on the page as the club member sees it. */
async function expectAccessible(name: string) {
  expect((await axeViolations(page)).map((line) => `${name}: ${line}`)).toEqual([])
}

describe('club member in the admin', { timeout: 300_000 }, () => {
  it('is greeted with their association and the three things they come to do', async () => {
    await page.goto(`${admin.url}/admin`)
    await expect.poll(() => page.getByRole('heading', { name: /^Willkommen/ }).count()).toBe(1)
    await expect(
      page.getByText('Ruderclub Tollensesee 1921', { exact: false }).first().isVisible(),
    ).resolves.toBe(true)
    for (const action of ['Termin eintragen', 'Ehrenamtsangebot eintragen', 'Profil bearbeiten']) {
      expect(await page.getByRole('link', { name: action }).count(), action).toBe(1)
    }
    await snap(page, 'club-dashboard')
    await expectAccessible('dashboard')
  })

  it('creates an event with an uploaded image and submits it for review', async () => {
    await page.getByRole('link', { name: 'Termin eintragen' }).click()
    await openCreateView(page, 'Veranstaltung')
    // Fields only staff can change are not shown to club members.
    expect(await page.locator('#field-slug').count()).toBe(0)
    expect(await page.locator('#field-trusted').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'API' }).count()).toBe(0)
    await page.locator('#field-title').fill('Anrudern für alle am Oberbach')
    await fillDate(page, 'start', '02.05.2027 10:00')
    await page.locator('#field-venue__name').fill('Bootshaus am Oberbach')
    await uploadImage(page, 'image', 'Ruderboote am Steg des Bootshauses')
    await snap(page, 'club-event-filled')
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect
      .poll(() => page.getByText(/Zur Prüfung eingereicht\. Die Redaktion prüft/).count())
      .toBeGreaterThan(0)
    await page.waitForURL(/\/collections\/events\/\d+/)
    await expect
      .poll(() => page.locator('.nb-review-chip').first().textContent())
      .toMatch(/^In Prüfung seit \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr$/)
    expect(await page.getByText('Status: Veröffentlicht').count()).toBe(0)
    await snap(page, 'club-event-submitted')
    await expectAccessible('event edit view')

    const id = page.url().split('/').pop()
    const stored = await fetch(`${admin.url}/api/events/${id}?draft=true&depth=1`, {
      headers: { authorization: `JWT ${staffToken}` },
    }).then((r) => r.json())
    expect(stored.reviewStatus).toBe('submitted')
    expect(stored._status).toBe('draft')
    expect(stored.image?.alt).toBe('Ruderboote am Steg des Bootshauses')
    // Not public until an editor approves it.
    expect((await fetch(`${admin.url}/api/events/${id}`)).status).toBe(404)
  })

  it('creates a volunteer offer and a news item', async () => {
    await page.goto(`${admin.url}/admin`)
    await page.getByRole('link', { name: 'Ehrenamtsangebot eintragen' }).click()
    await openCreateView(page, 'Ehrenamtsangebot')
    await page.locator('#field-title').fill('Helfende Hände beim Drachenbootfest')
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect.poll(() => page.getByText(/Zur Prüfung eingereicht\./).count()).toBeGreaterThan(0)
    await page.waitForURL(/\/collections\/opportunities\/\d+/)

    await page.goto(`${admin.url}/admin/collections/news/create`)
    await openCreateView(page, 'Meldung')
    await page.locator('#field-title').fill('Neue Boote für die Jugendabteilung')
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect.poll(() => page.getByText(/Zur Prüfung eingereicht\./).count()).toBeGreaterThan(0)
    await page.waitForURL(/\/collections\/news\/\d+/)

    await page.goto(`${admin.url}/admin`)
    for (const title of [
      'Anrudern für alle am Oberbach',
      'Helfende Hände beim Drachenbootfest',
      'Neue Boote für die Jugendabteilung',
    ]) {
      await expect.poll(() => page.getByRole('link', { name: title }).count(), { message: title }).toBe(1)
    }
    expect(await page.getByText(/in Prüfung seit/).count()).toBeGreaterThanOrEqual(3)
  })

  it('edits the association profile and submits the change', async () => {
    await page.goto(`${admin.url}/admin`)
    await page.getByRole('link', { name: 'Profil bearbeiten' }).click()
    await waitEditable(page)
    const field = page.locator('#field-shortDescription')
    await field.fill('Rudern für alle Generationen auf dem Tollensesee – Gäste sind herzlich willkommen.')
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect.poll(() => page.getByText(/Zur Prüfung eingereicht\./).count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.nb-review-chip').first().textContent()).toMatch(/^In Prüfung seit/)
    await expectAccessible('association edit view')
  })

  it('sees the editors’ note after an entry was sent back', async () => {
    const list = await fetch(
      `${admin.url}/api/news?draft=true&where[title][equals]=Neue%20Boote%20f%C3%BCr%20die%20Jugendabteilung`,
      {
        headers: { authorization: `JWT ${staffToken}` },
      },
    ).then((r) => r.json())
    const id = list.docs[0].id
    const res = await fetch(`${admin.url}/api/news/${id}?draft=true`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${staffToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        reviewStatus: 'changesRequested',
        reviewComment: 'Bitte ergänzen Sie, ab wann die Boote genutzt werden können.',
      }),
    })
    expect(res.status).toBe(200)
    await page.goto(`${admin.url}/admin`)
    await expect
      .poll(() =>
        page
          .getByText('Hinweis der Redaktion: „Bitte ergänzen Sie, ab wann die Boote genutzt werden können.“')
          .count(),
      )
      .toBe(1)
    await page.getByRole('link', { name: 'Neue Boote für die Jugendabteilung' }).first().click()
    await waitEditable(page)
    await expect
      .poll(() => page.locator('.nb-review-banner--returned').textContent())
      .toContain('ab wann die Boote genutzt werden können')
    await snap(page, 'club-news-returned')
  })

  it('never sees another club’s drafts, and is told so in German', async () => {
    const other = await restCreate(admin, staffToken, 'events', {
      title: 'Interner Entwurf eines anderen Vereins',
      start: '2027-03-01T17:00:00.000Z',
      venue: { name: 'Vereinsheim' },
      organizers: [
        (
          await fetch(
            `${admin.url}/api/associations?where[slug][not_equals]=${accounts.club.association}&limit=1`,
          ).then((r) => r.json())
        ).docs[0].id,
      ],
      _status: 'draft',
    })
    await page.goto(`${admin.url}/admin/collections/events/${other.id}`)
    await expect
      .poll(() => page.locator('body').innerText())
      .toMatch(/nicht gefunden|keine Berechtigung|nicht berechtigt/i)
    expect(await page.getByText('Interner Entwurf eines anderen Vereins').count()).toBe(0)
    await snap(page, 'club-foreign-draft')
  })
})

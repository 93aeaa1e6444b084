import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { budgets } from '../helpers/timeouts'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { apiLogin, axeViolations, choose, toast } from './steps'

// The admin answers in seconds on a busy machine: polls wait for the state, up to a safety net.
vi.setConfig({ expect: { poll: { timeout: 120_000, interval: 250 } } })

// A club volunteer answers the enquiries citizens sent from the site, in the real admin: the
// dashboard lists them, the volunteer records the answer and closes them; another club's
// enquiry stays out of reach, and the editors' dashboard report counts what was answered.
const accounts = demoAccounts()
let admin: AdminServer
let browser: Browser
let page: Page
let staffToken: string
let own: Doc
let foreign: Doc

type Doc = {
  id: number
  title: string
  status: string
  answeredAt?: string | null
  closedAt?: string | null
  note?: string | null
  message: string
}

async function association(where: string): Promise<{ id: number; name: string }> {
  const res = await fetch(`${admin.url}/api/associations?${where}&limit=1&depth=0`).then((r) => r.json())
  return res.docs[0]
}

/** What the site's form posts (the citizen side has its own browser tests in tests/enquiries). */
async function sendEnquiry(associationId: number, name: string, email: string, message: string, ip: string) {
  const res = await fetch(`${admin.url}/api/enquiries/send`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
    },
    body: new URLSearchParams({
      association: String(associationId),
      name,
      email,
      message,
      consent: 'on',
      lang: 'de',
      website: '',
      startedAt: String(Date.now() - 10_000),
    }).toString(),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  const stored = await fetch(
    `${admin.url}/api/enquiries?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
    {
      headers: { authorization: `JWT ${staffToken}` },
    },
  ).then((r) => r.json())
  return stored.docs[0] as Doc
}

const read = async (id: number): Promise<Doc> =>
  fetch(`${admin.url}/api/enquiries/${id}?depth=0`, { headers: { authorization: `JWT ${staffToken}` } }).then(
    (r) => r.json(),
  )

async function expectAccessible(name: string) {
  expect((await axeViolations(page)).map((line) => `${name}: ${line}`)).toEqual([])
}

beforeAll(async () => {
  admin = await startAdmin('enquiries')
  staffToken = await apiLogin(admin, accounts.editor.email, accounts.editor.password)
  const club = await association(`where[slug][equals]=${accounts.club.association}`)
  const other = await association(`where[slug][not_equals]=${accounts.club.association}`)
  own = await sendEnquiry(
    club.id,
    'Jana Schulz',
    'jana.schulz@example.org',
    'Guten Tag, ich möchte gern Mitglied werden. Kann ich vorher einmal mitrudern?',
    '198.51.100.21',
  )
  foreign = await sendEnquiry(
    other.id,
    'Omar Haddad',
    'omar.haddad@example.org',
    'Ich interessiere mich für Ihre Angebote.',
    '198.51.100.22',
  )
  browser = await launchBrowser()
  page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, accounts.club.email, accounts.club.password)
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

describe('club member answers enquiries in the admin', { timeout: budgets.slowTest }, () => {
  it('finds the new enquiry on the dashboard, and only their own', async () => {
    await page.goto(`${admin.url}/admin`)
    await expect.poll(() => page.getByRole('heading', { name: 'Offene Anfragen (1)' }).count()).toBe(1)
    const entry = page.locator('section[aria-labelledby="open-enquiries-heading"] li')
    await expect.poll(() => entry.innerText()).toMatch(/– Neu, heute$/)
    expect(await page.getByRole('link', { name: own.title }).count()).toBe(1)
    expect(await page.getByText(foreign.title).count()).toBe(0)
    // The report with every club's numbers is for the editors.
    expect(await page.getByRole('heading', { name: 'Anfragen je Verein und Angebot' }).count()).toBe(0)
    await snap(page, 'club-enquiries-dashboard')
    await expectAccessible('dashboard')
  })

  it('opens it, reads the citizen’s message unchangeable, records the answer with a note', async () => {
    await page.getByRole('link', { name: own.title }).click()
    await page.waitForURL(new RegExp(`/collections/enquiries/${own.id}$`))
    await expect.poll(() => page.locator('#field-message').inputValue()).toBe(own.message)
    // What the citizen wrote is theirs: the club can read it, not change it.
    expect(await page.locator('#field-message').isEditable()).toBe(false)
    expect(await page.locator('#field-contact__email, #field-email').first().isEditable()).toBe(false)
    await choose(page, 'status', 'Beantwortet')
    await page.locator('#field-note').fill('Probetraining am Samstag um 10 Uhr per E-Mail vereinbart.')
    await page.getByRole('button', { name: 'Speichern' }).first().click()
    await expect.poll(() => toast(page)).toMatch(/erfolgreich|gespeichert/i)
    await expect.poll(async () => (await read(own.id)).status).toBe('answered')
    const stored = await read(own.id)
    expect(stored.note).toBe('Probetraining am Samstag um 10 Uhr per E-Mail vereinbart.')
    expect(Date.parse(stored.answeredAt ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000)
    expect(stored.message).toBe(own.message)
    // Dates read the German way (Payload's fallback pattern showed "12/02/2026").
    await expect
      .poll(() => page.locator('#field-answeredAt input').first().inputValue())
      .toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/)
    await snap(page, 'club-enquiry-answered')
    await expectAccessible('enquiry edit view')
  })

  it('closes it: the dashboard says nothing is waiting', async () => {
    await page.goto(`${admin.url}/admin`)
    await expect
      .poll(() => page.locator('section[aria-labelledby="open-enquiries-heading"] li').innerText())
      .toMatch(/– Beantwortet, heute$/)
    await page.getByRole('link', { name: own.title }).click()
    await page.waitForURL(new RegExp(`/collections/enquiries/${own.id}$`))
    await expect.poll(() => page.locator('#field-message').inputValue()).toBe(own.message)
    await choose(page, 'status', 'Erledigt')
    await page.getByRole('button', { name: 'Speichern' }).first().click()
    await expect.poll(async () => (await read(own.id)).status).toBe('done')
    expect((await read(own.id)).closedAt).toBeTruthy()
    await page.goto(`${admin.url}/admin`)
    await expect.poll(() => page.getByRole('heading', { name: 'Offene Anfragen (0)' }).count()).toBe(1)
    expect(await page.getByText('Zurzeit wartet keine Anfrage auf Sie.').count()).toBe(1)
  })

  it('cannot open another club’s enquiry, and nothing of it shows', async () => {
    await page.goto(`${admin.url}/admin/collections/enquiries/${foreign.id}`)
    await expect
      .poll(() => page.locator('body').innerText())
      .toMatch(/nicht gefunden|nicht freigegeben|keine Berechtigung|nicht berechtigt/i)
    expect(await page.getByText('Omar Haddad').count()).toBe(0)
    expect(await page.getByText(foreign.message).count()).toBe(0)
    await page.goto(`${admin.url}/admin/collections/enquiries`)
    await expect.poll(() => page.getByRole('link', { name: own.title }).count()).toBeGreaterThan(0)
    expect(await page.getByText(foreign.title).count()).toBe(0)
  })

  it('the editors’ dashboard counts the club’s enquiry as answered within 7 days', async () => {
    const editor = await (await germanContext(browser)).newPage()
    await logIn(editor, admin, accounts.editor.email, accounts.editor.password)
    await editor.goto(`${admin.url}/admin`)
    await expect
      .poll(() => editor.getByRole('heading', { name: 'Anfragen je Verein und Angebot' }).count())
      .toBe(1)
    const club = await association(`where[slug][equals]=${accounts.club.association}`)
    const row = editor
      .locator('tr', { has: editor.locator('th[scope="row"]', { hasText: club.name }) })
      .first()
    await expect.poll(() => row.locator('td').allInnerTexts()).toEqual(['1', '1'])
    await snap(editor, 'editor-enquiries-report')
    // The other club's enquiry is still open and listed for the editors.
    expect(await editor.getByRole('link', { name: foreign.title }).count()).toBe(1)
    await editor.context().close()
  })
})

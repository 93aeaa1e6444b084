import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { demoAccounts } from '../../cms/src/seed/index'
import { type MailTrap, startMailTrap } from '../selfservice/smtp'
import { type AdminServer, germanContext, launchBrowser, logIn, snap, startAdmin } from './harness'
import { apiLogin, axeViolations } from './steps'

// The editors' view of the citizens' subscriptions in the real admin: the dashboard counts how
// many follow which topic and association, by name, and shows no address; a club account sees
// nothing of it, and the collection is in nobody's navigation.
const accounts = demoAccounts()
let admin: AdminServer
let trap: MailTrap
let browser: Browser
const citizens = ['abo-eins@example.org', 'abo-zwei@example.org', 'abo-drei@example.org']
let topicName: string
let clubName: string

type Named = { id: number; name: string }
const first = async (path: string): Promise<Named> =>
  (await fetch(`${admin.url}/api/${path}&limit=1&depth=0`).then((r) => r.json())).docs[0]

/** Through the public form and the confirmation link, as citizens do (tests/subscriptions has the site side). */
async function subscribe(email: string, fields: Record<string, string>, n: number) {
  const res = await fetch(`${admin.url}/api/subscriptions/subscribe`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `203.0.113.${n}`,
    },
    body: new URLSearchParams({
      email,
      ...fields,
      consent: 'on',
      lang: 'de',
      website: '',
      startedAt: String(Date.now() - 10_000),
    }).toString(),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  const link = ((await trap.waitFor(email)).text ?? '').match(
    /https?:\/\/\S+\/api\/subscriptions\/confirm\/\S+/,
  )![0]
  expect((await fetch(link, { method: 'POST' })).status).toBe(200)
}

beforeAll(async () => {
  trap = await startMailTrap()
  admin = await startAdmin('subscriptions', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(trap.port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'redaktion@unser-nb.example',
  })
  const topic = await first('topics?sort=name')
  const club = await first(`associations?where[slug][equals]=${accounts.club.association}`)
  topicName = topic.name
  clubName = club.name
  await subscribe(citizens[0]!, { topics: String(topic.id) }, 1)
  await subscribe(citizens[1]!, { topics: String(topic.id), associations: String(club.id) }, 2)
  await subscribe(citizens[2]!, { associations: String(club.id), kinds: 'events' }, 3)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await admin?.close()
  await trap?.close()
})

async function dashboard(email: string, password: string): Promise<Page> {
  const page = await (await germanContext(browser)).newPage()
  await logIn(page, admin, email, password)
  await page.goto(`${admin.url}/admin`)
  await page.getByRole('heading', { level: 2 }).first().waitFor()
  return page
}

it('editors see counts by name on the dashboard, never an address', async () => {
  const page = await dashboard(accounts.editor.email, accounts.editor.password)
  const panel = page.locator('section[aria-labelledby="subscription-counts-heading"]')
  await panel.waitFor()
  expect(await panel.locator('h2').textContent()).toBe('Abonnements')
  expect(await panel.textContent()).toContain('3 bestätigte Abonnements, 0 noch nicht bestätigt')
  const row = (caption: string, name: string) =>
    panel.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tr', {
      has: page.getByRole('rowheader', { name, exact: true }),
    })
  expect(await row('Nach Thema', topicName).locator('td').textContent()).toBe('2')
  expect(await row('Nach Verein', clubName).locator('td').textContent()).toBe('2')
  expect(await row('Nach Art der Beiträge', 'Veranstaltungen').locator('td').textContent()).toBe('1')
  const text = (await page.textContent('body')) ?? ''
  for (const email of citizens) expect(text).not.toContain(email)
  expect(await page.getByRole('link', { name: 'Abonnements' }).count()).toBe(0)
  await panel.scrollIntoViewIfNeeded()
  await snap(page, 'subscriptions-dashboard')
  if (process.env.SCREENS_DIR)
    await page.screenshot({ path: `${process.env.SCREENS_DIR}/admin-abonnements.png`, fullPage: true })
  expect(await axeViolations(page)).toEqual([])
  // The admin's own list view of the collection is closed too.
  const list = await fetch(`${admin.url}/api/subscriptions`, {
    headers: {
      authorization: `JWT ${await apiLogin(admin, accounts.editor.email, accounts.editor.password)}`,
    },
  })
  expect(list.status).toBe(403)
  await page.context().close()
})

it('a club account sees nothing of the subscriptions', async () => {
  const page = await dashboard(accounts.club.email, accounts.club.password)
  expect(await page.locator('#subscription-counts-heading').count()).toBe(0)
  expect(await page.getByRole('link', { name: 'Abonnements' }).count()).toBe(0)
  const token = await apiLogin(admin, accounts.club.email, accounts.club.password)
  for (const path of ['/api/subscriptions', '/api/subscriptions/stats']) {
    const res = await fetch(`${admin.url}${path}`, { headers: { authorization: `JWT ${token}` } })
    expect(res.status, path).toBe(403)
  }
  expect(await axeViolations(page)).toEqual([])
  await page.context().close()
})

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { loadHeaderRules, loadProxyRules } from '../../scripts/lib/netlify-rules'
import { type SiteServer, startSiteServer } from '../../scripts/build-runner/site-server'
import { launchBrowser } from '../helpers/browser'
import { buildInChild, openSitePage, type PageWatch, privateWorkDir } from '../helpers/site-build'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * The citizen's path in a real site build, served by the real site server with netlify.toml's
 * headers (CSP) and proxy rule (/api/anfrage -> the CMS), in Chromium with and without
 * JavaScript, down to the club's mailbox on a local SMTP server.
 */

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screens = path.join(os.tmpdir(), 'nb-screens', 'enquiries')
const clubBox = 'vorstand@ruderclub.example'

let cms: TestCms
let trap: MailTrap
let server: SiteServer
let browser: Browser
let dir: string
let workDir: string
let offerSlug: string
let clubSlug: string
const watch: PageWatch = { pageErrors: [], foreignRequests: [] }
const timings: Record<string, number> = {}
const openedAt = new WeakMap<Page, number>()

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  // Every browser context reaches the CMS through the one site server: one client address.
  process.env.ENQUIRY_LIMIT = '50'
  cms = await startTestCms({ api: true, name: 'enquiry-site' })
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: {
      participation: { url: 'http://127.0.0.1:9' },
      contact: { email: 'redaktion@stadt.example' },
    } as never,
  })
  const club = await cms.payload.create({
    collection: 'associations',
    data: {
      name: 'Ruderclub Tollensesee',
      shortDescription: 'Rudern für alle Generationen',
      kind: 'club',
      lookingForMembers: true,
      contact: { email: clubBox },
      _status: 'published',
    },
  })
  const offer = await cms.payload.create({
    collection: 'opportunities',
    data: {
      title: 'Bootswart (m/w/d) gesucht',
      association: club.id,
      commitment: 'regular',
      _status: 'published',
    },
  })
  // The English page exists where the club has an English text.
  await cms.payload.update({
    collection: 'associations',
    id: club.id,
    locale: 'en',
    data: { name: 'Ruderclub Tollensesee', shortDescription: 'Rowing for all generations' },
  })
  // Two earlier enquiries, one answered: the open data counts them (numbers only).
  for (const [n, answeredAt] of [
    [1, new Date().toISOString()],
    [2, null],
  ] as const) {
    await cms.payload.create({
      collection: 'enquiries',
      data: {
        title: 'Alt',
        association: club.id,
        opportunity: offer.id,
        name: `Frühere Person ${n}`,
        email: `frueher-${n}@example.org`,
        message: 'Geheime Nachricht',
        answeredAt,
        status: answeredAt ? 'answered' : 'new',
      },
    })
  }
  offerSlug = offer.slug!
  clubSlug = club.slug!
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-enquiry-site-'))
  workDir = privateWorkDir('enquiries')
  const outDir = path.join(dir, 'site')
  await buildInChild({ cmsUrl: cms.api!.url, outDir, consulCache: path.join(dir, 'consul.json'), workDir })
  const toml = path.resolve('netlify.toml')
  server = await startSiteServer({
    liveDir: outDir,
    rules: loadHeaderRules(toml),
    proxies: loadProxyRules(toml, cms.api!.url),
  })
  browser = await launchBrowser()
  fs.mkdirSync(screens, { recursive: true })
}, budgets.setup)

afterAll(async () => {
  console.log(
    `Rundlauf des Formulars (Klick bis Antwort): ${JSON.stringify(timings)}; E-Mails gesendet: ${trap?.mails.length}`,
  )
  await browser?.close()
  await server?.close()
  await cms?.close()
  await trap?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

async function open(pathname: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const page = await openSitePage(browser, watch, {
    allowed: [server.url],
    context: {
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    },
  })
  await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' })
  // After load: the form's script has set its start time by then.
  openedAt.set(page, Date.now())
  return page
}

const enquiriesFrom = async (email: string) =>
  (
    await cms.payload.find({
      collection: 'enquiries',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

async function axe(page: Page) {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
}

/** A person reads and types for a few seconds; the endpoint refuses faster submissions. */
async function fill(
  page: Page,
  values: { name?: string; email?: string; message?: string; availability?: string; consent?: boolean },
) {
  if (values.name) await page.fill('#eq-name', values.name)
  if (values.email) await page.fill('#eq-email', values.email)
  if (values.message) await page.fill('#eq-message', values.message)
  if (values.availability) await page.fill('#eq-availability', values.availability)
  if (values.consent) await page.check('#eq-consent')
  // The page's clock cannot be asked without JavaScript; the test's own knows when it opened.
  const since = openedAt.get(page)!
  await vi.waitFor(() => expect(Date.now() - since).toBeGreaterThan(3_300), {
    timeout: 10_000,
    interval: 100,
  })
}

describe('Ich möchte helfen (with JavaScript)', () => {
  it('shows the form on the offer page, accessible at phone and desktop width', async () => {
    for (const width of [390, 1280]) {
      const page = await open(`/ehrenamt/${offerSlug}/`, { width })
      expect(await page.textContent('#anfrage')).toBe('Ich möchte helfen')
      for (const label of ['Ihr Name', 'Ihre E-Mail-Adresse', 'Ihre Nachricht'])
        expect(await page.getByLabel(label, { exact: true }).count()).toBe(1)
      expect(await page.getByRole('link', { name: 'Datenschutzhinweise' }).getAttribute('href')).toBe(
        '/seiten/datenschutz/',
      )
      expect(await page.getByRole('textbox', { name: /leer/ }).count()).toBe(0)
      expect(await axe(page)).toEqual([])
      await page.locator('#anfrage').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${screens}/offer-form-${width}.png`, fullPage: true })
      await page.context().close()
    }
  })

  it('shows errors next to the fields without leaving the page, then sends, confirms and focuses the confirmation', async () => {
    const page = await open(`/ehrenamt/${offerSlug}/`, { width: 390 })
    const url = page.url()
    await fill(page, {
      name: 'Karl Brandt',
      email: 'karl(at)example',
      message: 'Ich kenne mich mit Booten aus.',
    })
    await page.click('button[type="submit"]')
    await page.waitForSelector('[data-error-summary]:not([hidden])')
    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true)
    expect(await page.textContent('#eq-email-error')).toMatch(
      /„karl\(at\)example“ ist keine gültige E-Mail-Adresse/,
    )
    expect(await page.textContent('#eq-consent-error')).toMatch(/Datenschutzhinweise/)
    expect(await page.getAttribute('#eq-name', 'aria-invalid')).toBeNull()
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `${screens}/offer-errors-390.png`, fullPage: true })
    // Correcting a field removes its message at once.
    await page.fill('#eq-email', 'karl.brandt@example.org')
    expect(await page.isHidden('#eq-email-error')).toBe(true)
    await page.check('#eq-consent')
    await page.fill('#eq-availability', 'samstags vormittags')
    const started = performance.now()
    await page.click('button[type="submit"]')
    await page.waitForFunction(
      () => (document.querySelector('[data-form-status]')?.textContent ?? '').length > 0,
    )
    timings.withJavaScript = Math.round(performance.now() - started)
    expect(page.url()).toBe(url)
    expect(await page.textContent('[data-form-status]')).toMatch(
      /^Vielen Dank! Ihre Nachricht ist bei Ruderclub Tollensesee angekommen/,
    )
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-form-status'))).toBe(true)
    expect(await page.inputValue('#eq-message')).toBe('')
    await page.screenshot({ path: `${screens}/offer-sent-390.png`, fullPage: true })

    const [stored] = await enquiriesFrom('karl.brandt@example.org')
    expect(stored).toMatchObject({
      name: 'Karl Brandt',
      message: 'Ich kenne mich mit Booten aus.',
      availability: 'samstags vormittags',
      status: 'new',
    })
    const mail = await trap.waitFor(clubBox)
    expect(mail.subject).toBe('Ich möchte helfen: Bootswart (m/w/d) gesucht')
    expect(mail.replyTo?.value).toEqual([{ name: 'Karl Brandt', address: 'karl.brandt@example.org' }])
    expect((await trap.waitFor('karl.brandt@example.org')).text).toContain('Ich kenne mich mit Booten aus.')
    await page.context().close()
  })

  it('English association page: "Get in touch or become a member", English messages', async () => {
    const page = await open(`/en/vereine/${clubSlug}/`)
    expect(await page.textContent('#anfrage')).toBe('Get in touch or become a member')
    await fill(page, {
      name: 'Olena Koval',
      email: 'olena@example.org',
      message: 'I rowed in Kyiv for ten years.',
      consent: true,
    })
    await page.click('button[type="submit"]')
    await page.waitForFunction(
      () => (document.querySelector('[data-form-status]')?.textContent ?? '').length > 0,
    )
    expect(await page.textContent('[data-form-status]')).toMatch(
      /^Thank you! Your message has reached Ruderclub Tollensesee/,
    )
    await vi.waitFor(
      async () => expect((await enquiriesFrom('olena@example.org'))[0]?.delivery?.confirmation).toBe('sent'),
      { timeout: 15_000 },
    )
    expect((await trap.waitFor('olena@example.org')).subject).toBe('Your enquiry to Ruderclub Tollensesee')
    await page.context().close()
  })
})

describe('without JavaScript', () => {
  it('a plain form post through the site’s own origin reaches the CMS and lands on the confirmation page', async () => {
    const page = await open(`/vereine/${clubSlug}/`, { javaScript: false, width: 390 })
    expect(await page.textContent('#anfrage')).toBe('Kontakt aufnehmen oder Mitglied werden')
    await fill(page, {
      name: 'Ayşe Demir',
      email: 'ayse@example.org',
      message: 'Kann man bei Ihnen auch als Anfängerin rudern?',
      consent: true,
    })
    const started = performance.now()
    await Promise.all([page.waitForURL('**/anfrage-gesendet/'), page.click('button[type="submit"]')])
    timings.withoutJavaScript = Math.round(performance.now() - started)
    expect(new URL(page.url()).origin).toBe(server.url)
    expect(await page.textContent('h1')).toBe('Vielen Dank! Ihre Nachricht ist angekommen.')
    await page.screenshot({ path: `${screens}/confirmation-390.png`, fullPage: true })
    // axe needs JavaScript: the same page in a context with it.
    const checked = await open('/anfrage-gesendet/')
    expect(await axe(checked)).toEqual([])
    await checked.context().close()
    expect((await enquiriesFrom('ayse@example.org')).length).toBe(1)
    await page.context().close()
  })

  it('errors the browser cannot see come back as a German page and store nothing', async () => {
    const page = await open(`/ehrenamt/${offerSlug}/`, { javaScript: false })
    // The browser accepts "name@host" as an e-mail address; the CMS wants a domain.
    await fill(page, { name: 'Karl Brandt', email: 'karl@beispiel', message: 'Hallo', consent: true })
    await Promise.all([page.waitForURL('**/api/anfrage'), page.click('button[type="submit"]')])
    expect(await page.textContent('h1')).toBe('Nachricht nicht gesendet')
    expect(await page.textContent('body')).toContain('„karl@beispiel“ ist keine gültige E-Mail-Adresse')
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await page.screenshot({ path: `${screens}/nojs-error-1280.png`, fullPage: true })
    expect((await enquiriesFrom('karl@beispiel')).length).toBe(0)
    await page.context().close()
  })

  it('open data: enquiries per association and offer as numbers, no personal data', async () => {
    const json = (await (await fetch(`${server.url}/daten/anfragen.json`)).json()) as {
      anzahl: number
      daten: Record<string, unknown>[]
    }
    expect(json.daten).toEqual([
      {
        art: 'Verein',
        name: 'Ruderclub Tollensesee',
        verein: 'Ruderclub Tollensesee',
        anfragen: 2,
        in_7_tagen_beantwortet: 1,
        url: expect.stringMatching(/\/vereine\/ruderclub-tollensesee\/$/),
      },
      {
        art: 'Ehrenamtsangebot',
        name: 'Bootswart (m/w/d) gesucht',
        verein: 'Ruderclub Tollensesee',
        anfragen: 2,
        in_7_tagen_beantwortet: 1,
        url: expect.stringMatching(/\/ehrenamt\/bootswart/),
      },
    ])
    const csv = await (await fetch(`${server.url}/daten/anfragen.csv`)).text()
    expect(csv.split('\r\n')[0]).toBe('art,name,verein,anfragen,in_7_tagen_beantwortet,url')
    const index = await (await fetch(`${server.url}/daten/`)).text()
    expect(index).toContain('href="/daten/anfragen.json"')
    for (const text of [JSON.stringify(json), csv, index])
      expect(text).not.toMatch(/Frühere Person|frueher-|Geheime Nachricht/)
  })

  it('loads nothing from other origins and raises no script errors under the CSP', () => {
    expect(watch.foreignRequests).toEqual([])
    expect(watch.pageErrors).toEqual([])
  })
})

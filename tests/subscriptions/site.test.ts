import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { loadHeaderRules, loadProxyRules } from '../../scripts/lib/netlify-rules'
import { type SiteServer, startSiteServer } from '../../scripts/build-runner/site-server'
import { launchBrowser } from '../helpers/browser'
import { buildInChild, openSitePage, type PageWatch, privateWorkDir } from '../helpers/site-build'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { call, createPeople, type People } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * The citizen's subscription in a real site build, served with netlify.toml's headers (CSP) and
 * proxy rule (/api/benachrichtigungen -> the CMS), in Chromium without JavaScript (the form has
 * none): choose, subscribe, confirm from the mail, get a digest after an editor publishes.
 */

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screens = process.env.SCREENS_DIR ?? path.join(os.tmpdir(), 'nb-screens', 'subscriptions')
const hour = 3_600_000

let cms: TestCms
let trap: MailTrap
let server: SiteServer
let browser: Browser
let people: People
let dir: string
let workDir: string
let sport: number
let culture: number
let clubSlug: string
const watch: PageWatch = { pageErrors: [], foreignRequests: [] }

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  // Every browser context reaches the CMS through the one site server: one client address.
  process.env.ENQUIRY_LIMIT = '50'
  cms = await startTestCms({ api: true, name: 'subscription-site' })
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9' } } as never,
  })
  people = await createPeople(cms)
  const topic = async (name: string) =>
    (await cms.payload.create({ collection: 'topics', data: { name } as never })).id
  sport = await topic('Sport')
  culture = await topic('Kultur')
  await cms.payload.create({ collection: 'districts', data: { name: 'Innenstadt' } as never })
  await cms.payload.create({
    collection: 'pages',
    data: { title: 'Datenschutzerklärung', slug: 'datenschutz', _status: 'published' } as never,
  })
  clubSlug = (await cms.payload.findByID({ collection: 'associations', id: people.associationA })).slug!
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-subscription-site-'))
  workDir = privateWorkDir('subscriptions')
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
  await browser?.close()
  await server?.close()
  await cms?.close()
  await trap?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})
afterEach(() => vi.useRealTimers())

async function open(
  pathname: string,
  options: { javaScript?: boolean; width?: number; serviceWorkers?: boolean } = {},
): Promise<Page> {
  const page = await openSitePage(browser, watch, {
    allowed: [server.url, cms.api!.url],
    context: {
      serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    },
  })
  await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' })
  return page
}

async function axe(page: Page) {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
      }
    ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
}

const stored = async (email: string) =>
  (
    await cms.payload.find({
      collection: 'subscriptions',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const linkIn = (text: string | undefined, kind: string) => {
  const match = (text ?? '').match(new RegExp(`https?://\\S+/api/subscriptions/${kind}/[A-Za-z0-9_-]+`))
  if (!match) throw new Error(`Kein ${kind}-Link in der E-Mail`)
  return match[0]
}

/** An editor publishes an event through the REST API, as the admin does. */
async function publishEvent(title: string, topic: number) {
  const res = await call(cms, 'POST', '/api/events', people.tokens.editor, {
    title,
    start: new Date(Date.now() + 5 * 24 * hour).toISOString(),
    attendance: 'onsite',
    venue: { name: 'Haus der Kultur und Bildung' },
    organizers: [people.associationB],
    topics: [topic],
    _status: 'published',
  })
  expect(res.status).toBe(201)
}

describe('Benachrichtigungen', () => {
  it('shows the choice, address and consent, accessible at phone and desktop width', async () => {
    for (const width of [390, 1280]) {
      const page = await open('/benachrichtigungen/', { width })
      expect(await page.textContent('h1')).toBe('Benachrichtigungen')
      for (const label of [
        'Sport',
        'Kultur',
        'Innenstadt',
        'Veranstaltungen',
        'täglich',
        'Ihre E-Mail-Adresse',
      ])
        expect(await page.getByLabel(label, { exact: true }).count()).toBe(1)
      expect(await page.getByRole('link', { name: 'Datenschutzhinweise' }).getAttribute('href')).toBe(
        '/seiten/datenschutz/',
      )
      // Chromium can receive push messages: the opt-in is shown.
      await page.getByRole('heading', { name: 'Push-Mitteilungen in diesem Browser' }).waitFor()
      // Nothing to switch off before this browser subscribed.
      expect(await page.isVisible('[data-push-on]')).toBe(true)
      expect(await page.isHidden('[data-push-off]')).toBe(true)
      expect(await axe(page)).toEqual([])
      await page.screenshot({ path: `${screens}/benachrichtigungen-${width}.png`, fullPage: true })
      await page.context().close()
    }
  })

  it('subscribe without JavaScript, confirm from the mail, digest lists the matching event only', async () => {
    const email = 'greta.sport@example.org'
    const page = await open('/benachrichtigungen/', { javaScript: false, width: 390 })
    // Without JavaScript there is no push: the opt-in stays hidden.
    expect(await page.isHidden('[data-push-optin]')).toBe(true)
    await page.getByLabel('Sport', { exact: true }).check()
    await page.getByLabel('täglich', { exact: true }).check()
    await page.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill(email)
    await page.getByLabel(/Datenschutzhinweise/).check()
    await Promise.all([
      page.waitForURL('**/benachrichtigungen/bestellt/'),
      page.getByRole('button', { name: 'Benachrichtigungen bestellen' }).click(),
    ])
    expect(new URL(page.url()).origin).toBe(server.url)
    expect(await page.textContent('h1')).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse')
    await page.screenshot({ path: `${screens}/bestellt-390.png`, fullPage: true })
    expect((await stored(email))[0]).toMatchObject({ topics: [sport], frequency: 'daily', confirmedAt: null })

    const confirm = linkIn((await trap.waitFor(email)).text, 'confirm')
    await page.goto(confirm)
    await page.getByRole('button', { name: 'Jetzt bestätigen' }).click()
    await page.waitForSelector('text=Benachrichtigungen bestätigt')
    expect((await stored(email))[0]!.confirmedAt).toBeTruthy()
    await page.context().close()

    await publishEvent('Stadtlauf am Tollensesee', sport)
    await publishEvent('Orgelkonzert in der Marienkirche', culture)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 21 * hour })
    await cms.payload.jobs.queue({ task: 'subscription-digest', input: {} })
    await cms.payload.jobs.run({ queue: 'default', silent: true })
    vi.useRealTimers()
    const digest = await vi.waitFor(
      () => {
        const mail = trap.mails.find(
          (m) => /Neuigkeit/.test(m.subject ?? '') && JSON.stringify(m.to).includes(email),
        )
        expect(mail).toBeDefined()
        return mail!
      },
      { timeout: 15_000 },
    )
    expect(digest.text).toContain('Stadtlauf am Tollensesee')
    expect(digest.text).not.toContain('Orgelkonzert')
    expect(digest.html).toContain('Stadtlauf am Tollensesee')
  })

  it('"Folgen" on an association page subscribes to that association', async () => {
    const email = 'folgt.verein@example.org'
    const page = await open(`/vereine/${clubSlug}/`, { javaScript: false })
    const follow = page.locator('section[aria-labelledby="folgen"]')
    expect(await follow.locator('h2').textContent()).toBe('Diesem Verein folgen')
    await follow.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screens}/folgen-1280.png` })
    await follow.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill(email)
    await follow.getByLabel(/Datenschutzhinweise/).check()
    await Promise.all([
      page.waitForURL('**/benachrichtigungen/bestellt/'),
      follow.getByRole('button', { name: 'Benachrichtigungen bestellen' }).click(),
    ])
    expect((await stored(email))[0]).toMatchObject({ associations: [people.associationA], topics: [] })
    await page.context().close()
  })

  it('bad input gets a German error page and stores nothing', async () => {
    const nothing = 'ohne.auswahl@example.org'
    let page = await open('/benachrichtigungen/', { javaScript: false })
    await page.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill(nothing)
    await page.getByLabel(/Datenschutzhinweise/).check()
    await Promise.all([
      page.waitForURL('**/api/benachrichtigungen'),
      page.getByRole('button', { name: 'Benachrichtigungen bestellen' }).click(),
    ])
    expect(await page.textContent('body')).toContain(
      'Bitte wählen Sie mindestens ein Thema, einen Stadtteil, einen Verein oder eine Art von Beiträgen aus.',
    )
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await page.screenshot({ path: `${screens}/fehler-1280.png`, fullPage: true })
    await page.context().close()

    // The browser accepts "name@host"; the CMS wants a domain.
    page = await open('/benachrichtigungen/', { javaScript: false })
    await page.getByLabel('Kultur', { exact: true }).check()
    await page.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill('karl@beispiel')
    await page.getByLabel(/Datenschutzhinweise/).check()
    await Promise.all([
      page.waitForURL('**/api/benachrichtigungen'),
      page.getByRole('button', { name: 'Benachrichtigungen bestellen' }).click(),
    ])
    expect(await page.textContent('body')).toContain('„karl@beispiel“ ist keine gültige E-Mail-Adresse')
    await page.context().close()
    expect(await stored(nothing)).toHaveLength(0)
    expect(await stored('karl@beispiel')).toHaveLength(0)
  })

  it('the service worker shows a push message as a notification', async () => {
    const page = await open('/benachrichtigungen/', { serviceWorkers: true })
    await page.context().grantPermissions(['notifications'], { origin: server.url })
    const cdp = await page.context().newCDPSession(page)
    const registration = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r: { scopeURL: string }) => r.scopeURL === `${server.url}/`)
        if (ours) resolve(ours.registrationId)
      }),
    )
    await cdp.send('ServiceWorker.enable')
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId: await registration,
      data: JSON.stringify({
        title: 'Stadtlauf am Tollensesee',
        body: 'Veranstaltungen – Unser Neubrandenburg',
        url: 'https://unser-nb.de/veranstaltungen/stadtlauf/',
        lang: 'de',
      }),
    })
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          data: n.data as unknown,
        })),
      )
    await expect.poll(shown, { timeout: 15_000 }).toEqual([
      {
        title: 'Stadtlauf am Tollensesee',
        body: 'Veranstaltungen – Unser Neubrandenburg',
        data: { url: 'https://unser-nb.de/veranstaltungen/stadtlauf/' },
      },
    ])
    await page.context().close()
  })

  it('switching push on where the browser refuses notifications says so in German', async () => {
    const page = await open('/benachrichtigungen/', { serviceWorkers: true })
    await page.context().grantPermissions([], { origin: server.url })
    await page.getByRole('button', { name: 'Push-Mitteilungen einschalten' }).click()
    await expect
      .poll(() => page.textContent('[data-push-status]'))
      .toMatch(/^(Ihr Browser erlaubt dieser Website keine Mitteilungen|Das hat leider nicht geklappt)/)
    expect(await page.isHidden('[data-push-off]')).toBe(true)
    await page.context().close()
  })

  it('the push endpoints answer on our origin, and the privacy page names the push services', async () => {
    const key = (await (await fetch(`${server.url}/api/push/key`)).json()) as { publicKey: string }
    expect(key.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/)
    const page = await open('/seiten/datenschutz/')
    const section = page.locator('section[aria-labelledby="datenschutz-benachrichtigungen"]')
    expect(await section.locator('h2').textContent()).toBe('Benachrichtigungen per E-Mail und Push')
    expect(await section.textContent()).toContain(
      'Push-Mitteilungen gehen über den Push-Dienst des Herstellers Ihres Browsers',
    )
    expect(await section.textContent()).toContain('Sie sind verschlüsselt')
    expect(await axe(page)).toEqual([])
    await page.context().close()
  })

  it('loads nothing from other origins and raises no script errors under the CSP', () => {
    expect(watch.foreignRequests).toEqual([])
    expect(watch.pageErrors).toEqual([])
  })
})

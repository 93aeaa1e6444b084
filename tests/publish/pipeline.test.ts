// End to end, all real: an editor publishes through the CMS's REST API, the CMS's publish pipeline
// delivers a signed webhook, the runner builds the real site (Astro + Pagefind) from the CMS and
// swaps it live; Chromium reads the page and searches, under netlify.toml's CSP.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISH_STATUS_SLUG } from '../../cms/src/publish'
import { startApiServer } from '../../scripts/lib/api-server'
import { startBuildRunner, type BuildRunner } from '../../scripts/build-runner'
import { launchBrowser } from '../helpers/browser'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

const SECRET = 'pipeline-e2e-secret-0123456789abcdef'
let cms: TestCms
let runner: BuildRunner
let browser: Browser
let token: string
let root: string
const runnerLog: string[] = []

beforeAll(async () => {
  process.env.PUBLISH_AUTORUN = 'true' // the CMS delivers on its own, as in production
  process.env.PUBLISH_DEBOUNCE_MS = '500'
  process.env.BUILD_WEBHOOK_SECRET = SECRET
  delete process.env.NETLIFY_BUILD_HOOK_URL
  cms = await startTestCms({ api: true, name: 'publish-e2e' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Test-Passwort-123', role: 'editor' },
  })
  token = await login(cms.api!, 'redaktion@example.org', 'Test-Passwort-123')
  // Tests never reach the internet: the participation teaser reads from a closed local port.
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9', showTeaser: true, teaserCount: 3 } },
  })
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-e2e-site-'))
  runner = await startBuildRunner({
    secret: SECRET,
    port: 0,
    sitePort: 0,
    rootDir: root,
    cmsUrl: cms.api!.url,
    buildOnStart: true,
    log: (m) => runnerLog.push(m),
  })
  process.env.BUILD_WEBHOOK_URL = `${runner.url}/webhook`
  await runner.whenIdle()
  const first = await runner.status()
  if (!first.live)
    throw new Error(
      `Erster Build fehlgeschlagen: ${first.lastFailure?.error}\n${runnerLog.slice(-30).join('\n')}`,
    )
  browser = await launchBrowser()
}, budgets.slowTest)

afterAll(async () => {
  await browser?.close()
  await runner?.close()
  await cms?.close()
  if (root) await fs.rm(root, { recursive: true, force: true })
})

/** Waits for the next build after `since` (a build id or null) to finish, successful or not. */
async function nextBuild(since: { success?: string; failure?: string }, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const s = await runner.status()
    if (
      s.state === 'idle' &&
      ((s.lastSuccess && s.lastSuccess.id !== since.success) ||
        (s.lastFailure && s.lastFailure.id !== since.failure))
    )
      return s
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Kein neuer Build innerhalb von ${timeoutMs} ms.\n${runnerLog.slice(-20).join('\n')}`)
}

const marks = async () => {
  const s = await runner.status()
  return { success: s.lastSuccess?.id, failure: s.lastFailure?.id }
}

/** Opens a page and collects every CSP violation Chromium reports, from events and the console. */
async function openWithCspWatch(url: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage()
  const violations: string[] = []
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    )
  })
  const watch = (msg: { text: () => string }) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text())
  }
  page.on('console', watch)
  // Pagefind searches in a Web Worker; its CSP reports go to the worker's console.
  page.on('worker', (worker) => worker.on('console', watch))
  const res = await page.goto(url, { waitUntil: 'load' })
  expect(res?.headers()['content-security-policy']).toContain("default-src 'self'")
  return { page, violations }
}

async function search(term: string): Promise<{ titles: string[]; violations: string[] }> {
  const { page, violations } = await openWithCspWatch(`${runner.siteUrl}/suche/`)
  await page.fill('input[name=q]', term)
  await page.click('button[type=submit]')
  // The status line says "Suche läuft …" first and the number of hits when the results are shown.
  await page.waitForFunction(
    () => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  )
  const titles = await page.$$eval('[data-search-results] li', (items) =>
    items.map((li) => li.textContent ?? ''),
  )
  await page.close()
  return { titles, violations }
}

let eventSlug = ''
let eventId = 0
const title = 'Kräuterwanderung am Tollensesee'

describe('publish to live', () => {
  it('an editor publishes an event: the CMS sends a valid webhook, the page and its search entry go live', async () => {
    const before = await marks()
    const res = await fetch(`${cms.api!.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        summary: 'Geführte Wanderung mit Bestimmung heimischer Wildkräuter.',
        start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        venue: { name: 'Parkplatz Augustabad' },
        _status: 'published',
      }),
    })
    const publishedAt = Date.now()
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
    eventSlug = doc.slug
    eventId = doc.id

    const status = await nextBuild(before)
    console.log(
      `publish-to-live: ${Date.now() - publishedAt} ms (build ${status.lastSuccess?.durationMs} ms)`,
    )
    expect(status.lastFailure?.id ?? null).toBe(before.failure ?? null)
    expect(status.lastSuccess!.trigger).toContain('events(1)') // it came from the signed webhook
    expect(status.lastSuccess!.pages).toBeGreaterThan(10)
    expect(Object.keys(status.lastSuccess!.phases ?? {})).toEqual(
      expect.arrayContaining(['cms', 'astro', 'pagefind']),
    )
    // The search index is in shards: this publish indexed only those with the changed pages.
    const shards = status.lastSuccess!.search!
    expect(shards.indexed).toBeGreaterThan(0)
    expect(shards.indexed).toBeLessThan(shards.shards)
    const delivery = await cms.payload.findGlobal({ slug: PUBLISH_STATUS_SLUG, overrideAccess: true })
    expect(delivery.state).toBe('success')
    // The runner reported the build back; editors see when the site was updated.
    await expect
      .poll(
        async () =>
          (await cms.payload.findGlobal({ slug: PUBLISH_STATUS_SLUG, overrideAccess: true })).siteBuild,
      )
      .toBe(status.lastSuccess!.id)

    const { page, violations } = await openWithCspWatch(`${runner.siteUrl}/veranstaltungen/${eventSlug}/`)
    expect(await page.textContent('h1')).toContain(title)
    await page.close()
    expect(violations).toEqual([])

    const found = await search('Kräuterwanderung')
    expect(found.titles.join('\n')).toContain(title)
    expect(found.violations).toEqual([])
  })

  it('the home page, a list and the 404 page load under the CSP without violations', async () => {
    // A missing page below a section gets that section's rule (scripts/lib/header-policy.ts cuts
    // the rules along the built tree; an unknown first segment matches none of them).
    for (const p of ['/', '/veranstaltungen/', '/veranstaltungen/gibt-es-nicht/']) {
      const { page, violations } = await openWithCspWatch(`${runner.siteUrl}${p}`)
      await page.close()
      expect(violations, p).toEqual([])
    }
  })

  it("needs its one exception: without 'wasm-unsafe-eval' Pagefind's search fails and Chromium reports the violation", async () => {
    // The live build's header policy (its _headers, read on every request) without the exception.
    const headers = path.join(root, 'current', '_headers')
    const original = await fs.readFile(headers, 'utf8')
    expect(original).toContain("'wasm-unsafe-eval'")
    // A new file, not a write into one an incremental build may share with its cache.
    const replace = async (text: string) => {
      await fs.rm(headers)
      await fs.writeFile(headers, text)
    }
    await replace(original.replaceAll(" 'wasm-unsafe-eval'", ''))
    try {
      const page = await browser.newPage()
      const messages: string[] = []
      const collect = (m: { text: () => string }) => messages.push(m.text())
      page.on('console', collect)
      page.on('worker', (worker) => worker.on('console', collect)) // Pagefind searches in a worker
      await page.goto(`${runner.siteUrl}/suche/?q=${encodeURIComponent('Kräuterwanderung')}`, {
        waitUntil: 'load',
      })
      await expect
        .poll(() => messages.join('\n'), { timeout: 30_000 })
        .toMatch(/WebAssembly[\s\S]*Content Security Policy/)
      const titles = await page.$$eval('[data-search-results] li', (items) =>
        items.map((li) => li.textContent ?? ''),
      )
      expect(titles.join('\n')).not.toContain(title)
      await page.close()
    } finally {
      await replace(original)
    }
  })

  it('unpublishing removes the page and its search entry after the next build', async () => {
    const before = await marks()
    const res = await fetch(`${cms.api!.url}/api/events/${eventId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(res.status).toBe(200)
    await nextBuild(before)
    expect((await fetch(`${runner.siteUrl}/veranstaltungen/${eventSlug}/`)).status).toBe(404)
    const found = await search('Kräuterwanderung')
    expect(found.titles.join('\n')).not.toContain(title)
  })

  it('a build that fails because the CMS went down keeps the last good site; the save itself succeeded', async () => {
    const before = await marks()
    const liveBefore = (await runner.status()).live
    const res = await fetch(`${cms.api!.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Sperrung der Friedländer Straße', _status: 'published' }),
    })
    expect(res.status).toBe(201)
    const port = cms.api!.port
    await cms.api!.close() // the CMS's HTTP side goes down before the build reads from it

    const status = await nextBuild(before)
    expect(status.lastFailure?.id).not.toBe(before.failure)
    expect(status.lastFailure?.error).toBeTruthy()
    expect(status.lastFailure?.logTail?.length).toBeGreaterThan(0)
    expect(status.live).toBe(liveBefore)
    const home = await fetch(`${runner.siteUrl}/`)
    expect(home.status).toBe(200)

    const saved = await cms.payload.find({
      collection: 'news',
      where: { title: { equals: 'Sperrung der Friedländer Straße' } },
    })
    expect(saved.totalDocs).toBe(1)
    cms.api = await startApiServer(cms.payload, port) // back up for the close() in afterAll
  })
})

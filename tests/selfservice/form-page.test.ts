import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteCsp } from '../../scripts/lib/header-policy'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from '../helpers/browser'
import { buildInChild, openSitePage, type PageWatch, privateWorkDir } from '../helpers/site-build'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

/**
 * The public "Konto beantragen" page in a real site build and a real browser, under the
 * production Content-Security-Policy, posting through the same-origin path the deployment
 * forwards to the CMS (/api/konto-beantragen -> /api/account-requests/apply).
 */

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let cms: TestCms
let server: StaticServer
let browser: Browser
let dir: string
let workDir: string
const watch: PageWatch = { pageErrors: [], foreignRequests: [] }

// The production Content-Security-Policy of every page (scripts/lib/header-policy.ts).
const productionCsp = (): string | undefined => siteCsp()

beforeAll(async () => {
  // The test forwards the form as the site's proxy would: X-Forwarded-For counts only from trusted proxies.
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  cms = await startTestCms({ api: true, name: 'form-page' })
  // Consul is not reachable in tests: a closed local port makes the teaser fall back at once.
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9' } } as never,
  })
  await cms.payload.create({
    collection: 'associations',
    data: {
      name: 'Heimatverein Neubrandenburg',
      shortDescription: 'Geschichte der Vier-Tore-Stadt',
      kind: 'club',
      _status: 'published',
    },
  })
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-form-page-'))
  workDir = privateWorkDir('selfservice')
  const outDir = path.join(dir, 'site')
  await buildInChild({ cmsUrl: cms.api!.url, outDir, consulCache: path.join(dir, 'consul.json'), workDir })
  server = await startStaticServer({ dir: outDir, port: 0 })
  browser = await launchBrowser()
}, budgets.setup)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await cms?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

/** WCAG 2.1 AA violations on the page, as "rule (number of nodes)"; axe is injected over CDP, which the CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
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

let client = 0
/** A browser context that serves the built site, forwards the form path to the CMS like Netlify, and blocks everything else. */
async function open(options: { javaScript?: boolean; path?: string } = {}): Promise<Page> {
  // The site's service worker fetches its precache through the route below while the test closes
  // the page, which ends in an unhandled "Target page closed"; the worker has its own test (pwa.test.ts).
  const csp = productionCsp()
  const clientIp = `203.0.113.${++client}`
  const page = await openSitePage(browser, watch, {
    allowed: [server.url],
    context: { javaScriptEnabled: options.javaScript ?? true },
    handle: async (route) => {
      const request = route.request()
      if (new URL(request.url()).pathname === '/api/konto-beantragen') {
        const response = await route.fetch({
          url: `${cms.api!.url}/api/account-requests/apply`,
          headers: { ...request.headers(), 'x-forwarded-for': clientIp },
        })
        await route.fulfill({ response })
        return true
      }
      const response = await route.fetch()
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...(csp ? { 'content-security-policy': csp } : {}) },
      })
      return true
    },
  })
  await page.goto(`${server.url}${options.path ?? '/konto-beantragen/'}`, { waitUntil: 'load' })
  return page
}

const requestsFor = async (email: string) =>
  (await cms.payload.count({ collection: 'account-requests', where: { email: { equals: email } } })).totalDocs

describe('Konto beantragen', () => {
  it('passes axe (WCAG 2.1 AA) with labelled fields and German text', async () => {
    const page = await open()
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    expect(await page.textContent('h1')).toBe('Konto für Ihren Verein beantragen')
    for (const label of ['Ihr Name', 'Name des Vereins oder der Initiative', 'Ihre E-Mail-Adresse']) {
      await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1)
    }
    await expect(page.getByRole('checkbox', { name: /Datenschutzhinweise/ }).count()).resolves.toBe(1)
    // The honeypot is out of reach: not in the accessibility tree, not focusable.
    expect(await page.getByRole('textbox', { name: /leer/ }).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('shows the server’s German messages next to the fields and moves focus to the summary', async () => {
    const page = await open()
    await page.fill('#ar-name', 'Karl Brandt')
    await page.fill('#ar-email', 'karl(at)example')
    await page.waitForTimeout(3_200)
    await page.click('button[type="submit"]')
    await page.waitForSelector('[data-error-summary]:not([hidden])')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true)
    const summary = await page.textContent('[data-error-summary]')
    expect(summary).toContain('Bitte prüfen Sie Ihre Angaben')
    expect(await page.textContent('#ar-association-error')).toBe(
      'Bitte geben Sie den Namen Ihres Vereins oder Ihrer Initiative an.',
    )
    expect(await page.textContent('#ar-email-error')).toMatch(
      /„karl\(at\)example“ ist keine gültige E-Mail-Adresse/,
    )
    expect(await page.textContent('#ar-consent-error')).toMatch(/Datenschutzhinweise/)
    expect(await page.getAttribute('#ar-email', 'aria-invalid')).toBe('true')
    expect(await page.getAttribute('#ar-name', 'aria-invalid')).toBeNull()
    // What was typed is still there.
    expect(await page.inputValue('#ar-name')).toBe('Karl Brandt')
    expect(await requestsFor('karl(at)example')).toBe(0)
    // The error state is accessible too (contrast of messages, links in the summary).
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('sends a complete request and confirms it on the page', async () => {
    const page = await open()
    await page.fill('#ar-name', 'Karl Brandt')
    await page.fill('#ar-association', 'Heimatverein Neubrandenburg')
    await page.fill('#ar-email', 'karl.brandt@example.org')
    await page.check('#ar-consent')
    // A person takes a few seconds; the endpoint refuses faster submissions.
    await page.waitForTimeout(3_200)
    await page.click('button[type="submit"]')
    await page.waitForFunction(
      () => (document.querySelector('[data-form-status]')?.textContent ?? '').length > 0,
    )
    expect(await page.textContent('[data-form-status]')).toMatch(
      /^Vielen Dank! Ihr Antrag ist bei der Redaktion angekommen/,
    )
    expect(await page.inputValue('#ar-name')).toBe('')
    expect(await requestsFor('karl.brandt@example.org')).toBe(1)
    await page.context().close()
  })

  it('works without JavaScript: the plain form post reaches the CMS and answers in German', async () => {
    const page = await open({ javaScript: false })
    await page.fill('#ar-name', 'Ayşe Demir')
    await page.fill('#ar-association', 'Interkultureller Garten')
    await page.fill('#ar-email', 'ayse@example.org')
    await page.check('#ar-consent')
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')])
    expect(await page.textContent('h1')).toBe('Antrag gesendet')
    expect(await requestsFor('ayse@example.org')).toBe(1)
    await page.context().close()
  })

  it('in Arabic: a right-to-left page whose errors come back in Arabic next to the fields, axe clean', async () => {
    const page = await open({ path: '/ar/konto-beantragen/' })
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.textContent('h1')).toBe('طلب حساب لجمعيتكم')
    await page.fill('#ar-name', 'مريم')
    await page.fill('#ar-email', 'maryam(at)example')
    await page.waitForTimeout(3_200)
    await page.click('button[type="submit"]')
    await page.waitForSelector('[data-error-summary]:not([hidden])')
    expect(await page.textContent('[data-error-summary] h2')).toBe('يُرجى التحقق من بياناتكم')
    expect(await page.textContent('#ar-association-error')).toBe('يُرجى إدخال اسم جمعيتكم أو مبادرتكم.')
    expect(await page.textContent('#ar-email-error')).toMatch(
      /^«maryam\(at\)example» ليس عنوان بريد إلكتروني صالحًا/,
    )
    // The error summary sits at the right edge, where a right-to-left reader starts.
    const box = (await page.locator('[data-error-summary]').boundingBox())!
    const width = await page.evaluate(() => document.documentElement.clientWidth)
    expect(width - (box.x + box.width)).toBeLessThan(box.x + 1)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('in Ukrainian without JavaScript: the CMS answers with a Ukrainian page', async () => {
    const page = await open({ javaScript: false, path: '/uk/konto-beantragen/' })
    await page.fill('#ar-name', 'Олена Коваль')
    await page.fill('#ar-association', 'Українська громада Нойбранденбурга')
    await page.fill('#ar-email', 'olena@example.org')
    await page.check('#ar-consent')
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')])
    expect(await page.getAttribute('html', 'lang')).toBe('uk')
    expect(await page.textContent('h1')).toBe('Заявку надіслано')
    expect(await requestsFor('olena@example.org')).toBe(1)
    await page.context().close()
  })

  it('stays light for cheap phones: one small script, plain HTML', async () => {
    const html = await (await fetch(`${server.url}/konto-beantragen/`)).text()
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!)
    let scriptBytes = 0
    for (const src of scripts)
      scriptBytes += (await (await fetch(new URL(src, server.url))).arrayBuffer()).byteLength
    console.log(
      `konto-beantragen: HTML ${html.length} Bytes, ${scripts.length} Skript(e) mit ${scriptBytes} Bytes`,
    )
    expect(html.length).toBeLessThan(30_000)
    expect(scriptBytes).toBeLessThan(8_000)
  })

  it('loads nothing from other origins and raises no script errors under the CSP', () => {
    expect(watch.foreignRequests).toEqual([])
    expect(watch.pageErrors).toEqual([])
  })
})

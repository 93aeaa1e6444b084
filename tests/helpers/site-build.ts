import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

// The site tests' one way to build the real site and to open it: a build in its own process (as
// the build runner does it: Astro and the site's data modules keep state per process), and a
// browser context that reaches only the site (and the CMS where a test allows it), collecting
// script errors and every request that tried to leave.

const repo = path.resolve(import.meta.dirname, '../..')

/** A private working directory inside the repository (Astro keeps prerender chunks in <cwd>/.astro). */
export function privateWorkDir(name: string): string {
  fs.mkdirSync(path.join(repo, '.astro'), { recursive: true })
  return fs.mkdtempSync(path.join(repo, '.astro', `${name}-`))
}

/**
 * Builds the site from `cmsUrl` into `outDir` in a fresh process; Consul's snapshot is
 * `consulCache`. Resolves with the build log, rejects with its end.
 */
export function buildInChild(options: {
  cmsUrl: string
  outDir: string
  consulCache: string
  workDir: string
}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href,
        path.join(repo, 'tests/helpers/build-child.ts'),
      ],
      {
        cwd: options.workDir,
        env: {
          ...process.env,
          CMS_URL: options.cmsUrl,
          OUT_DIR: options.outDir,
          CONSUL_CACHE_FILE: options.consulCache,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${error.message}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`))
          : resolve(stdout),
    )
  })
}

/** What the pages of a test did that they must not: script errors, requests to other origins. */
export type PageWatch = { pageErrors: string[]; foreignRequests: string[] }

/**
 * A page of a new context (German, Berlin time, no service worker: its precache requests would
 * pass the route as the page closes; pwa.test.ts tests it) where requests to `allowed` origins go
 * through (or to `handle`, which may answer them) and all others are aborted and noted.
 */
export async function openSitePage(
  browser: Browser,
  watch: PageWatch,
  options: {
    allowed: string[]
    context?: BrowserContextOptions
    handle?: (route: import('playwright-core').Route) => Promise<boolean>
  },
): Promise<Page> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    ...options.context,
  })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!options.allowed.some((origin) => url.startsWith(origin))) {
      watch.foreignRequests.push(url)
      return route.abort()
    }
    if (options.handle && (await options.handle(route))) return
    return route.continue()
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => watch.pageErrors.push(e.message))
  // A 400 answer to a wrong form is expected; the browser logs it as a failed load.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.text().startsWith('Failed to load resource') &&
      watch.pageErrors.push(m.text()),
  )
  return page
}

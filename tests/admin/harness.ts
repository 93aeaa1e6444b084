import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { repoRoot } from '../../cms/src/lib/paths'
import { adminBuildIsCurrent, bin, buildAdminIfNeeded } from '../../scripts/lib/admin-build'
import { freePort } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'

// The real admin as people use it: the production Next.js build of the Payload admin (`next start`,
// the command production runs), on a throwaway SQLite file filled with the demo content that
// `npm start` shows, driven by Debian's Chromium in German.

export { chromiumArgs, freePort, launchBrowser } from '../helpers/browser'

const lockDir = path.join(repoRoot, 'cms/.next-build-lock')

/**
 * One admin build per test run, however many admin test files start at once: the first takes a
 * lock (mkdir is atomic) and builds; the others wait until the build is current.
 */
export async function ensureAdminBuild(): Promise<number> {
  if (adminBuildIsCurrent()) return 0
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  let mine = false
  try {
    fs.mkdirSync(lockDir)
    mine = true
  } catch {
    // someone else builds
  }
  if (mine) {
    try {
      return await buildAdminIfNeeded({ ...process.env, NODE_ENV: 'production' }, () => {})
    } finally {
      fs.rmSync(lockDir, { recursive: true, force: true })
    }
  }
  while (fs.existsSync(lockDir)) await new Promise((resolve) => setTimeout(resolve, 1000))
  if (!adminBuildIsCurrent()) throw new Error('Der Admin-Build eines anderen Testlaufs ist fehlgeschlagen.')
  return 0
}

export type AdminServer = {
  url: string
  dataDir: string
  env: NodeJS.ProcessEnv
  logs: string[]
  close: () => Promise<void>
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv, logs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(command)} ${args.join(' ')} endete mit Code ${code}:\n${logs.join('').slice(-3000)}`,
            ),
          ),
    )
  })
}

async function waitForOk(url: string, child: ChildProcess, logs: string[]): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Das CMS hat sich beendet:\n${logs.join('').slice(-3000)}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Seeds a fresh data folder with the demo content and starts the built admin on a free port.
 * `env` adds settings (SMTP, webhook) for the CMS process.
 */
export async function startAdmin(
  name: string,
  env: Record<string, string | undefined> = {},
): Promise<AdminServer> {
  await ensureAdminBuild()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `nb-admin-${name}-`))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const logs: string[] = []
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'admin-browser-tests-secret-0123456789abcdef',
    PAYLOAD_PUBLIC_SERVER_URL: url,
    PAYLOAD_JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: '',
    ...env,
  }
  // The seed step also creates the schema, as in `npm start`.
  await runToEnd(
    bin('tsx'),
    [path.join(repoRoot, 'scripts/seed.ts')],
    { ...base, NODE_ENV: 'development' },
    logs,
  )
  const child = spawn(bin('next'), ['start', 'cms', '-p', String(port)], {
    cwd: repoRoot,
    env: { ...base, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  await waitForOk(`${url}/api/globals/settings`, child, logs)
  return {
    url,
    dataDir,
    env: base,
    logs,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A German-speaking browser profile, as the admin follows the browser's language. */
export async function germanContext(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport })
  // A safety net only: every step waits for a state; a busy CI machine can take long for the first
  // render of an admin route, and the test should then be slow, not red.
  context.setDefaultTimeout(budgets.adminStep)
  context.setDefaultNavigationTimeout(budgets.adminStep)
  return context
}

/** Logs in through the admin's own form, as a person does, and waits for the dashboard. */
export async function logIn(page: Page, admin: AdminServer, email: string, password: string): Promise<void> {
  await page.goto(`${admin.url}/admin/login`)
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

export const screenshotDir = process.env.ADMIN_SCREENSHOTS
/** Keeps a screenshot when ADMIN_SCREENSHOTS names a folder (for looking at the admin by hand). */
export async function snap(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })
}

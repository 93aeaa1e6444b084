// Finding 10 of issue 12: under `npm start` the public site died with the CMS, and a build the
// crash interrupted was never run again. The supervised setup (scripts/lib/platform.ts, what
// scripts/start.ts runs) is started here with the plain API server as its CMS, on a throwaway
// DATA_DIR and free ports; the CMS is killed with SIGKILL.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { startPlatform, type Platform } from '../../scripts/lib/platform'
import { openPayload } from '../../scripts/lib/payload'
import { freePort } from '../helpers/browser'
import { budgets } from '../helpers/timeouts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const SECRET = 'supervise-secret-0123456789abcdef'
let platform: Platform
let dataDir: string
let cmsUrl: string
const log: string[] = []

async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await check().catch(() => undefined)
    if (value) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Zeit abgelaufen: ${what}\n${log.slice(-30).join('\n')}`)
}

const answers = async (url: string) => {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) })
    await res.arrayBuffer()
    return res.status
  } catch {
    return 0
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-supervise-'))
  process.env.DATA_DIR = dataDir
  delete process.env.DATABASE_URI
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  // Schema and one published event, written before the CMS process opens the same database; the
  // participation teaser reads from a closed local port (tests never reach the internet).
  const payload = await openPayload()
  await payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9', showTeaser: false, teaserCount: 3 } },
  })
  await payload.create({
    collection: 'events',
    data: {
      title: 'Laternenumzug',
      start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Marktplatz' },
      _status: 'published',
    } as never,
    context: { skipPublishTrigger: true },
  })
  await payload.destroy?.()

  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  platform = await startPlatform({
    cms: {
      // Node itself with tsx's loader (not the tsx CLI, which would put a second process in between).
      command: process.execPath,
      args: ['--import', 'tsx', path.join(repoRoot, 'scripts/lib/serve-api.ts')],
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        PAYLOAD_JOBS_AUTORUN: 'false',
        NODE_OPTIONS: '',
      },
    },
    cmsUrl,
    // Loading Payload takes long on a busy machine.
    cmsStartTimeoutMs: 300_000,
    supervise: { backoffMs: [1500, 3000], log: (m) => log.push(`[cms] ${m}`), output: () => {} },
    runner: {
      secret: SECRET,
      port: 0,
      sitePort: 0,
      rootDir: path.join(dataDir, 'site'),
      reportUrl: false,
      retryDelaysMs: [600_000],
      log: (m) => log.push(m),
    },
  })
  await platform.runner.whenIdle()
  const first = await platform.runner.status()
  if (!first.live)
    throw new Error(`Erster Build fehlgeschlagen: ${first.lastFailure?.error}\n${log.slice(-30).join('\n')}`)
}, budgets.setup)

afterAll(async () => {
  await platform?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

it(
  'keeps the site and the runner serving through a CMS crash, restarts the CMS, and completes the interrupted build',
  async () => {
    const { cms, runner } = platform
    const before = await runner.status()
    const firstPid = cms.child!.pid

    // A build starts, and the CMS dies under it.
    runner.requestBuild('Test: Build während des Absturzes')
    await until('Build läuft', async () => (await runner.status()).state === 'building')
    cms.child!.kill('SIGKILL')
    await until('CMS ist weg', async () => (await answers(`${cmsUrl}/api/globals/settings`)) === 0)

    // Meanwhile the public site and the runner keep answering.
    for (let i = 0; i < 5; i++) {
      expect(await answers(`${runner.siteUrl}/`)).toBe(200)
      expect(await answers(`${runner.siteUrl}/veranstaltungen/`)).toBe(200)
      expect(await answers(`${runner.url}/status`)).toBe(200)
    }
    // A build asked for while the CMS is down waits for it too.
    runner.requestBuild('Test: Build angefordert, während das CMS fehlt')

    // The supervisor starts the CMS again; the runner repeats the build as soon as it answers.
    await until(
      'CMS wieder da',
      async () => (await answers(`${cmsUrl}/api/globals/settings`)) === 200,
      300_000,
    )
    expect(cms.restarts).toBeGreaterThanOrEqual(1)
    expect(cms.child!.pid).not.toBe(firstPid)
    expect(log.join('\n')).toMatch(/\[cms\] beendet \(SIGKILL\); Neustart in 1\.5 s/)
    const after = await until(
      'nachgeholter Build ist live',
      async () => {
        const s = await runner.status()
        return s.state === 'idle' &&
          s.lastSuccess &&
          s.lastSuccess.id !== before.lastSuccess?.id &&
          /CMS wieder erreichbar/.test(s.lastSuccess.trigger)
          ? s
          : undefined
      },
      budgets.slowTest,
    )
    expect(after.lastFailure?.id).toBeTruthy() // the interrupted one
    expect(after.lastFailure!.id > before.lastSuccess!.id).toBe(true)
    expect(after.live).toBe(after.lastSuccess!.id)
    expect(await answers(`${runner.siteUrl}/`)).toBe(200)
  },
  budgets.setup,
)

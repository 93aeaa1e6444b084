// The build runner: receives the CMS's signed webhook, rebuilds the site one build at a time into a
// fresh directory, switches the live site atomically only after a complete build (pages and
// Pagefind index), keeps the last few builds for rollback, and serves the live site.
//   npx tsx scripts/build-runner/index.ts      (env: BUILD_WEBHOOK_SECRET, PAYLOAD_URL, ...)
// Deployment and nginx notes: scripts/build-runner/README.md
// This module wires the parts together from options and environment: ./queue.ts (builds),
// ./http.ts (status, webhook, rollback), ./report.ts (outcome to the CMS), ./site-server.ts (the
// live site), ./build-process.ts (the real build in a process of its own).

import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { setting } from '../../cms/src/config'
import { scriptsConfig } from '../config'
import { loadHeaderRules, loadProxyRules, type HeaderRule } from '../lib/netlify-rules'
import { workerBuild } from './build-process'
import { BuildStore } from './builds'
import { startControlServer } from './http'
import { createBuildQueue } from './queue'
import { reporter } from './report'
import { startSiteServer, type ProxyRule, type SiteServer } from './site-server'
import type { ContentChanges, ManagedBuild, RunnerStatus } from './types'

export { mergeChangeLists } from './queue'
export type { BuildFunction, BuildRecord, ContentChanges, RunnerStatus, WorkerInfo } from './types'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type BuildRunnerOptions = {
  /** Shared with the CMS (BUILD_WEBHOOK_SECRET); at least 16 characters. */
  secret?: string
  /** Port of the webhook and status endpoints (BUILD_RUNNER_PORT, default 4400; 0 = any free port). */
  port?: number
  /** Port the live site is served on (SITE_PORT, default 4321; 0 = any; false = let nginx serve it). */
  sitePort?: number | false
  host?: string
  /** The CMS the build reads from (PAYLOAD_URL). */
  cmsUrl?: string
  /** Holds builds/ and the `current` symlink (BUILD_RUNNER_DIR, default data/site). */
  rootDir?: string
  /** The build; default is the site's real buildSite, run in a child process per build. Tests also pass small real builds. */
  build?: ManagedBuild
  /** Checks a finished build before it may go live. Default: index.html and the Pagefind index exist. */
  verify?: (outDir: string) => Promise<void>
  /** Successful builds kept on disk for rollback (default 3). */
  keep?: number
  /** Larger webhook bodies are refused with 413 (default 64 KiB). */
  maxBodyBytes?: number
  /**
   * Where the runner reports each build's outcome, signed like the webhook, so editors see in the
   * admin when the site was updated. Default: the CMS's /api/globals/publish-status/report
   * (BUILD_REPORT_URL overrides, "off" disables); false for none.
   */
  reportUrl?: string | false
  /** After a failed build, try again after these delays (default 30 s, 2 min, 10 min); [] for never. */
  retryDelaysMs?: number[]
  /**
   * After a failed build while the CMS does not answer (it crashed or restarts), ask it this often
   * (default 1 s) and build again as soon as it answers, instead of waiting for the next retry.
   */
  cmsPollMs?: number
  /** Build once at start when no site is live yet (default true). */
  buildOnStart?: boolean
  /**
   * When idle and the last build that read all content is older than this, build once reading
   * everything (SITE_FULL_READ_EVERY_MS, default 1 h; 0 = never). It catches what no webhook
   * announced and moves past events and expired offers off the lists even on days nobody publishes.
   */
  refreshEveryMs?: number
  /** netlify.toml whose [[headers]] the site server sends and whose proxy rules it forwards to the CMS; false for none. */
  headersFile?: string | false
  log?: (message: string) => void
}

export type BuildRunner = {
  url: string
  siteUrl: string | null
  liveDir: string
  status: () => Promise<RunnerStatus>
  /** Asks for a build as the webhook does (collapses into a follow-up during a build). */
  requestBuild: (trigger: string, changes?: ContentChanges) => void
  /** Resolves when no build is running or queued. */
  whenIdle: () => Promise<void>
  rollback: (id?: string) => Promise<string>
  close: () => Promise<void>
}

async function defaultVerify(outDir: string) {
  for (const file of ['index.html', 'pagefind/pagefind.js']) {
    try {
      await fs.access(path.join(outDir, file))
    } catch {
      throw new Error(`Der Build ist unvollständig: ${file} fehlt.`)
    }
  }
}

export async function startBuildRunner(options: BuildRunnerOptions = {}): Promise<BuildRunner> {
  const env = scriptsConfig()
  const secret = options.secret ?? setting('BUILD_WEBHOOK_SECRET') ?? ''
  if (secret.length < 16) {
    throw new Error(
      'BUILD_WEBHOOK_SECRET fehlt oder ist zu kurz (mindestens 16 Zeichen, z. B. openssl rand -hex 32). Der Build-Server nimmt ohne Geheimnis keine Aufträge an.',
    )
  }
  const log = options.log ?? ((message: string) => console.log(`[build-runner] ${message}`))
  const cmsUrl = options.cmsUrl ?? env.PAYLOAD_URL
  const host = options.host ?? env.BUILD_RUNNER_HOST
  const store = new BuildStore(
    path.resolve(options.rootDir ?? env.BUILD_RUNNER_DIR ?? path.join(repoRoot, 'data', 'site')),
  )
  await fs.mkdir(store.root, { recursive: true })
  await store.init()

  const headersFile = options.headersFile ?? path.join(repoRoot, 'netlify.toml')
  let rules: HeaderRule[] = []
  let proxies: ProxyRule[] = []
  if (headersFile) {
    try {
      rules = loadHeaderRules(headersFile)
      proxies = loadProxyRules(headersFile, cmsUrl)
    } catch (error) {
      log(
        `netlify.toml konnte nicht gelesen werden, die Website wird ohne Sicherheits-Header ausgeliefert: ${(error as Error).message}`,
      )
    }
  }

  const reportUrl =
    options.reportUrl ??
    (env.BUILD_REPORT_URL === 'off'
      ? false
      : env.BUILD_REPORT_URL || `${cmsUrl.replace(/\/$/, '')}/api/globals/publish-status/report`)
  const queue = await createBuildQueue({
    build: options.build ?? workerBuild(),
    verify: options.verify ?? defaultVerify,
    store,
    cmsUrl,
    keep: Math.max(1, options.keep ?? 3),
    retryDelaysMs: options.retryDelaysMs ?? [30_000, 120_000, 600_000],
    cmsPollMs: options.cmsPollMs ?? 1000,
    refreshEveryMs: options.refreshEveryMs ?? env.SITE_FULL_READ_EVERY_MS,
    report: reporter({ url: reportUrl, secret, log }),
    log,
  })

  const control = await startControlServer({
    queue,
    secret,
    host,
    port: options.port ?? env.BUILD_RUNNER_PORT,
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    log,
  })

  const sitePort = options.sitePort ?? env.SITE_PORT
  let site: SiteServer | null = null
  if (sitePort !== false)
    site = await startSiteServer({ liveDir: store.liveLink, rules, proxies, port: sitePort, host })

  await queue.start(options.buildOnStart ?? true)

  return {
    url: control.url,
    siteUrl: site?.url ?? null,
    liveDir: store.liveLink,
    status: queue.status,
    requestBuild: queue.requestBuild,
    whenIdle: queue.whenIdle,
    rollback: queue.rollback,
    close: async () => {
      queue.stop()
      await control.close()
      await site?.close()
      await queue.close()
    },
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  startBuildRunner().then(
    (runner) => {
      console.log(`Build-Server: ${runner.url}/webhook (Status: ${runner.url}/status)`)
      if (runner.siteUrl) console.log(`Website:      ${runner.siteUrl}`)
      const stop = () => void runner.close().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    },
    (error: Error) => {
      console.error(`\nBuild-Server konnte nicht starten: ${error.message}\n`)
      process.exit(1)
    },
  )
}

// The build runner: receives the CMS's signed webhook, rebuilds the site one build at a time into a
// fresh directory, switches the live site atomically only after a complete build (pages and
// Pagefind index), keeps the last few builds for rollback, and serves the live site.
//   npx tsx scripts/build-runner/index.ts      (env: BUILD_WEBHOOK_SECRET, PAYLOAD_URL, ...)
// Deployment and nginx notes: scripts/build-runner/README.md

import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { z } from 'zod'

import { signedHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../cms/src/publish/signature'
import { contentChangesOf, describeRequest, webhookRequestSchema, type ContentChanges } from '../../cms/src/publish/webhook'
import type { SkippedDocument } from '../../site/src/lib/cms'
import { BuildStore } from './builds'
import { workerBuild, type WorkerInfo } from './worker-build'
import { loadHeaderRules, loadProxyRules, type HeaderRule } from './headers'
import { startSiteServer, type ProxyRule, type SiteServer } from './site-server'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * What changed, from the webhook bodies since the last build: collection -> ids. `null`: unknown
 * (a start, a retry, a settings change, a truncated list), so the build reads everything. The
 * site build's own type (site/src/lib/cms.ts), which applies it.
 */
export type ChangeList = ContentChanges

export type BuildFunction = (options: {
  cmsUrl: string
  outDir: string
  log: (message: string) => void
  /** Kept between builds, for incremental builds (scripts/build-site.ts). */
  cacheDir?: string
  changes?: ChangeList
}) => Promise<unknown>

/** Both lists together; unknown wins, because then everything has to be read anyway. */
export function mergeChangeLists(a: ChangeList | undefined, b: ChangeList | undefined): ChangeList {
  if (!a || !b) return null
  const merged: Record<string, (string | number)[]> = { ...a }
  for (const [collection, ids] of Object.entries(b)) merged[collection] = [...new Set([...(merged[collection] ?? []), ...ids])]
  return merged
}

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
  build?: BuildFunction
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

export type BuildRecord = {
  id: string
  trigger: string
  startedAt: string
  finishedAt?: string
  durationMs?: number
  error?: string
  logTail?: string[]
  /** From the site build: pages written and milliseconds per phase (cms, consul, astro, pagefind). */
  pages?: number
  phases?: Record<string, number>
  /** Pages Astro rendered anew (the rest were taken over from the last build). */
  rendered?: number
  /** "changes": only the documents the webhook listed were read from the CMS; "full": everything. */
  read?: string
  /** Documents the build left out because the site cannot render them (the rest went live). */
  skipped?: SkippedDocument[]
}

export type RunnerStatus = {
  state: 'idle' | 'building'
  live: string | null
  current: BuildRecord | null
  followUpQueued: boolean
  lastSuccess: BuildRecord | null
  lastFailure: BuildRecord | null
  builds: string[]
  counts: { requested: number; started: number; succeeded: number; failed: number; rejected: number }
  /** The build worker process, when the default build is used. */
  worker?: WorkerInfo
}

export type BuildRunner = {
  url: string
  siteUrl: string | null
  liveDir: string
  status: () => Promise<RunnerStatus>
  /** Asks for a build as the webhook does (collapses into a follow-up during a build). */
  requestBuild: (trigger: string, changes?: ChangeList) => void
  /** Resolves when no build is running or queued. */
  whenIdle: () => Promise<void>
  rollback: (id?: string) => Promise<string>
  close: () => Promise<void>
}

const LOG_TAIL_LINES = 40

/** POST /rollback: `{}` for the previous build, `{ "build": "<id>" }` for a given one. */
const rollbackBodySchema = z.object({ build: z.string().optional() })


async function defaultVerify(outDir: string) {
  for (const file of ['index.html', 'pagefind/pagefind.js']) {
    try {
      await fs.access(path.join(outDir, file))
    } catch {
      throw new Error(`Der Build ist unvollständig: ${file} fehlt.`)
    }
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError(413, `Anfrage zu groß (höchstens ${limit} Bytes).`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new HttpError(413, `Anfrage zu groß (höchstens ${limit} Bytes).`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body))

export async function startBuildRunner(options: BuildRunnerOptions = {}): Promise<BuildRunner> {
  const env = process.env
  const secret = options.secret ?? env.BUILD_WEBHOOK_SECRET ?? ''
  if (secret.length < 16) {
    throw new Error('BUILD_WEBHOOK_SECRET fehlt oder ist zu kurz (mindestens 16 Zeichen, z. B. openssl rand -hex 32). Der Build-Server nimmt ohne Geheimnis keine Aufträge an.')
  }
  const log = options.log ?? ((message: string) => console.log(`[build-runner] ${message}`))
  const cmsUrl = options.cmsUrl ?? env.PAYLOAD_URL ?? 'http://localhost:3000'
  const build: BuildFunction & { warm?: () => Promise<void>; close?: () => Promise<void>; info?: () => WorkerInfo } = options.build ?? workerBuild()
  const verify = options.verify ?? defaultVerify
  const keep = Math.max(1, options.keep ?? 3)
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const host = options.host ?? env.BUILD_RUNNER_HOST ?? '127.0.0.1'
  const store = new BuildStore(path.resolve(options.rootDir ?? env.BUILD_RUNNER_DIR ?? path.join(repoRoot, 'data', 'site')))
  await fs.mkdir(store.root, { recursive: true })
  await store.init()
  const statusFile = path.join(store.root, 'status.json')

  const headersFile = options.headersFile ?? path.join(repoRoot, 'netlify.toml')
  let rules: HeaderRule[] = []
  let proxies: ProxyRule[] = []
  if (headersFile) {
    try {
      rules = loadHeaderRules(headersFile)
      proxies = loadProxyRules(headersFile, cmsUrl)
    } catch (error) {
      log(`netlify.toml konnte nicht gelesen werden, die Website wird ohne Sicherheits-Header ausgeliefert: ${(error as Error).message}`)
    }
  }

  // Last results survive a restart so the status endpoint still tells what happened.
  let saved: Partial<RunnerStatus> = {}
  try {
    saved = JSON.parse(await fs.readFile(statusFile, 'utf8'))
  } catch {}
  let lastSuccess: BuildRecord | null = saved.lastSuccess ?? null
  let lastFailure: BuildRecord | null = saved.lastFailure ?? null
  const counts = { requested: 0, started: 0, succeeded: 0, failed: 0, rejected: 0 }
  let current: BuildRecord | null = null
  let followUp: string | null = null
  // What the follow-up build has to take in; after a failed build, everything (its changes were not applied).
  let followUpChanges: ChangeList = null
  let readEverything = true
  let lastFullReadAt = 0
  let running: Promise<void> | null = null
  let closed = false
  const seenSignatures = new Map<string, number>()

  // A failed build (e.g. the CMS was briefly down) is tried again by itself, so the site catches up
  // without waiting for the next publish; a new request in the meantime makes the retry moot.
  const retryDelays = options.retryDelaysMs ?? [30_000, 120_000, 600_000]
  let failuresInRow = 0
  let retryTimer: NodeJS.Timeout | undefined
  // A build interrupted by a CMS crash (or requested while it was down) runs again the moment the
  // CMS answers: under `npm start` the supervisor restarts it within seconds.
  const cmsPollMs = options.cmsPollMs ?? 1000
  let waitingForCms = false
  const cmsAnswers = async () => {
    try {
      const res = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/globals/settings?depth=0`, { signal: AbortSignal.timeout(5000) })
      await res.arrayBuffer()
      return res.ok
    } catch {
      return false
    }
  }
  async function waitForCms() {
    if (waitingForCms || closed) return
    waitingForCms = true
    log('Das CMS antwortet nicht; der Build wird wiederholt, sobald es wieder erreichbar ist.')
    try {
      while (!closed && !(await cmsAnswers())) await new Promise((r) => setTimeout(r, cmsPollMs).unref())
    } finally {
      waitingForCms = false
    }
    if (closed) return
    clearTimeout(retryTimer)
    requestBuild('CMS wieder erreichbar: unterbrochener oder wartender Build wird nachgeholt')
  }

  function scheduleRetry() {
    const delay = retryDelays[failuresInRow++]
    clearTimeout(retryTimer)
    void cmsAnswers().then((up) => {
      if (!up) void waitForCms()
    })
    if (delay === undefined || closed) return
    retryTimer = setTimeout(() => requestBuild(`Wiederholung nach Fehler (${failuresInRow}. Versuch)`), delay)
    retryTimer.unref()
  }

  const reportUrl =
    options.reportUrl ?? (env.BUILD_REPORT_URL === 'off' ? false : env.BUILD_REPORT_URL || `${cmsUrl.replace(/\/$/, '')}/api/globals/publish-status/report`)
  /** Fire and forget: the site is already switched; a CMS that is down just misses one message. */
  function report(record: BuildRecord, ok: boolean) {
    if (!reportUrl) return
    const body = JSON.stringify({
      event: ok ? 'site.built' : 'site.build-failed',
      buildId: record.id,
      finishedAt: record.finishedAt,
      durationMs: record.durationMs,
      ...(record.pages !== undefined ? { pages: record.pages } : {}),
      // The CMS keeps at most 50 (cms/src/publish/report.ts); their reasons are short German sentences.
      ...(ok ? { skipped: (record.skipped ?? []).slice(0, 50).map((s) => ({ ...s, title: s.title.slice(0, 300), reason: s.reason.slice(0, 500) })) } : { error: record.error }),
    })
    fetch(reportUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(secret, body) },
      body,
      signal: AbortSignal.timeout(10_000),
    })
      .then((res) => {
        if (!res.ok) log(`Meldung an das CMS abgelehnt (HTTP ${res.status}).`)
      })
      .catch((error: Error) => log(`Meldung an das CMS nicht möglich: ${error.message}`))
  }

  const persist = () =>
    fs.writeFile(statusFile, JSON.stringify({ lastSuccess, lastFailure }, null, 2)).catch((error) => log(`Status konnte nicht gespeichert werden: ${error.message}`))

  async function runBuild(trigger: string, changes: ChangeList) {
    const id = store.newId()
    const outDir = store.partialDir(id)
    const lines: string[] = []
    const buildLog = (message: string) => {
      for (const line of String(message).split('\n')) {
        lines.push(line)
        if (lines.length > 500) lines.shift()
      }
      log(`[${id}] ${message}`)
    }
    current = { id, trigger, startedAt: new Date().toISOString() }
    counts.started++
    const started = performance.now()
    try {
      await fs.mkdir(outDir, { recursive: true })
      const readsAll = readEverything || changes === null
      const result = (await build({ cmsUrl, outDir, log: buildLog, cacheDir: path.join(store.root, 'cache'), changes: readsAll ? null : changes })) as
        | { pages?: number; phases?: Record<string, number>; rendered?: number; read?: string; skipped?: SkippedDocument[] }
        | undefined
      readEverything = false
      if (readsAll) lastFullReadAt = Date.now()
      await verify(outDir)
      await store.complete(id)
      await store.activate(id)
      const removed = await store.prune(keep)
      if (removed.length) buildLog(`Alte Builds entfernt: ${removed.join(', ')}`)
      lastSuccess = {
        ...current,
        finishedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
        ...(result?.pages !== undefined ? { pages: result.pages } : {}),
        ...(result?.phases ? { phases: result.phases } : {}),
        ...(result?.rendered !== undefined ? { rendered: result.rendered } : {}),
        ...(result?.read ? { read: result.read } : {}),
        ...(result?.skipped?.length ? { skipped: result.skipped } : {}),
      }
      counts.succeeded++
      failuresInRow = 0
      clearTimeout(retryTimer)
      report(lastSuccess, true)
      log(`Build ${id} ist live (${lastSuccess.durationMs} ms).`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      buildLog(`FEHLER: ${message}`)
      await store.discard(id)
      readEverything = true
      lastFailure = {
        ...current,
        finishedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
        error: message,
        logTail: lines.slice(-LOG_TAIL_LINES),
      }
      counts.failed++
      const live = await store.live()
      log(`Build ${id} fehlgeschlagen, ${live ? `Build ${live} bleibt live` : 'es ist noch keine Website live'}: ${message}`)
      report(lastFailure, false)
      scheduleRetry()
    } finally {
      current = null
      await persist()
    }
  }

  /** One build at a time; everything that arrives meanwhile becomes exactly one follow-up build. */
  function requestBuild(trigger: string, changes: ChangeList = null) {
    counts.requested++
    if (closed) return
    if (running) {
      followUpChanges = followUp === null ? changes : mergeChangeLists(followUpChanges, changes)
      followUp = trigger
      return
    }
    running = (async () => {
      let next: string | null = trigger
      let nextChanges: ChangeList = changes
      while (next && !closed) {
        followUp = null
        followUpChanges = null
        await runBuild(next, nextChanges)
        next = followUp
        nextChanges = followUpChanges
      }
    })().finally(() => {
      running = null
    })
  }

  const refreshEveryMs = options.refreshEveryMs ?? Number(env.SITE_FULL_READ_EVERY_MS ?? 60 * 60_000)
  const refreshTimer =
    refreshEveryMs > 0
      ? setInterval(() => {
          if (!running && !closed && lastFullReadAt > 0 && Date.now() - lastFullReadAt >= refreshEveryMs) {
            requestBuild('Abgleich: alle Inhalte neu gelesen (regelmäßig, ohne Veröffentlichung)')
          }
        }, Math.min(60_000, Math.max(50, Math.floor(refreshEveryMs / 4))))
      : undefined
  refreshTimer?.unref()

  async function whenIdle() {
    while (running) await running
  }

  async function status(): Promise<RunnerStatus> {
    return {
      state: current ? 'building' : 'idle',
      live: await store.live(),
      current,
      followUpQueued: followUp !== null,
      lastSuccess,
      lastFailure,
      builds: await store.list(),
      counts: { ...counts },
      ...(build.info ? { worker: build.info() } : {}),
    }
  }

  async function rollback(id?: string): Promise<string> {
    const builds = await store.list()
    const live = await store.live()
    const target = id ?? builds.filter((b) => b !== live && (!live || b < live)).pop()
    if (!target || !builds.includes(target)) throw new HttpError(404, 'Kein solcher Build für eine Rückkehr vorhanden.')
    await store.activate(target)
    log(`Zurückgesetzt auf Build ${target}.`)
    return target
  }

  function checkSignature(req: http.IncomingMessage, body: Buffer) {
    const signature = req.headers[SIGNATURE_HEADER] as string | undefined
    const result = verifySignature({ secret, body, signature, timestamp: req.headers[TIMESTAMP_HEADER] as string | undefined })
    if (!result.ok) throw new HttpError(401, result.message)
    // The same signed request twice within the window is a replay, not a second change.
    const now = Date.now()
    for (const [sig, at] of seenSignatures) if (now - at > 10 * 60_000) seenSignatures.delete(sig)
    if (seenSignatures.has(signature!)) throw new HttpError(409, 'Diese Anfrage wurde bereits angenommen (Wiederholung).')
    seenSignatures.set(signature!, now)
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    try {
      if (url.pathname === '/status' && (req.method === 'GET' || req.method === 'HEAD')) {
        json(res, 200, await status())
        return
      }
      if (url.pathname === '/webhook' || url.pathname === '/rollback') {
        if (req.method !== 'POST') {
          res.setHeader('allow', 'POST')
          throw new HttpError(405, 'Nur POST ist erlaubt.')
        }
        const type = String(req.headers['content-type'] ?? '')
        if (!type.startsWith('application/json')) throw new HttpError(415, 'Erwartet wird application/json.')
        const body = await readBody(req, maxBodyBytes)
        checkSignature(req, body)
        let parsed: unknown
        try {
          parsed = JSON.parse(body.toString('utf8'))
        } catch {
          throw new HttpError(400, 'Der Inhalt ist kein gültiges JSON.')
        }
        if (url.pathname === '/rollback') {
          const rollbackBody = rollbackBodySchema.safeParse(parsed)
          if (!rollbackBody.success) throw new HttpError(400, `Ungültige Rückkehr-Anfrage: ${z.prettifyError(rollbackBody.error)}`)
          json(res, 200, { live: await rollback(rollbackBody.data.build) })
          return
        }
        const request = webhookRequestSchema.safeParse(parsed)
        if (!request.success) throw new HttpError(400, `Der Inhalt ist kein gültiger Build-Auftrag: ${z.prettifyError(request.error)}`)
        requestBuild(`webhook: ${describeRequest(request.data)}`, contentChangesOf(request.data))
        json(res, 202, { accepted: true, building: current?.id ?? null, followUpQueued: followUp !== null })
        return
      }
      throw new HttpError(404, 'Nicht gefunden.')
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500
      if (status === 401 || status === 409 || status === 413) counts.rejected++
      if (status >= 500) log(`Fehler: ${(error as Error).message}`)
      if (!res.headersSent) {
        if (status === 413) res.setHeader('connection', 'close')
        json(res, status, { error: (error as Error).message })
      }
    }
  })
  const port = options.port ?? Number(env.BUILD_RUNNER_PORT || 4400)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const actualPort = (server.address() as AddressInfo).port

  const sitePort = options.sitePort ?? Number(env.SITE_PORT || 4321)
  let site: SiteServer | null = null
  if (sitePort !== false) site = await startSiteServer({ liveDir: store.liveLink, rules, proxies, port: sitePort, host })

  if ((options.buildOnStart ?? true) && !(await store.live())) requestBuild('start: noch keine Website vorhanden')
  // Load Astro in the worker now, so the first publish does not pay for it.
  else void build.warm?.().catch((error: Error) => log(`Build-Prozess konnte nicht vorbereitet werden: ${error.message}`))

  return {
    url: `http://${host}:${actualPort}`,
    siteUrl: site?.url ?? null,
    liveDir: store.liveLink,
    status,
    requestBuild,
    whenIdle,
    rollback,
    close: async () => {
      closed = true
      clearTimeout(retryTimer)
      clearInterval(refreshTimer)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await site?.close()
      await whenIdle()
      await build.close?.()
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

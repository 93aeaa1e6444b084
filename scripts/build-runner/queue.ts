// The build queue: one build at a time, everything arriving meanwhile as exactly one follow-up,
// retries after a failure, a rebuild as soon as a crashed CMS answers again, and the periodic full
// read. It knows nothing of HTTP; ./http.ts and the runner's callers ask it for builds.
import fs from 'node:fs/promises'
import path from 'node:path'

import type { BuildStore } from './builds'
import {
  RequestError,
  type BuildRecord,
  type ContentChanges,
  type ManagedBuild,
  type RunnerCounts,
  type RunnerStatus,
} from './types'

const LOG_TAIL_LINES = 40

export type BuildQueueOptions = {
  build: ManagedBuild
  /** Checks a finished build before it may go live. */
  verify: (outDir: string) => Promise<void>
  store: BuildStore
  cmsUrl: string
  /** Successful builds kept on disk for rollback. */
  keep: number
  /** After a failed build, try again after these delays; [] for never. */
  retryDelaysMs: number[]
  /** While the CMS does not answer after a failure, ask it this often. */
  cmsPollMs: number
  /** When idle and the last full read is older than this, read everything once (0 = never). */
  refreshEveryMs: number
  /** Told each build's outcome (./report.ts sends it to the CMS). */
  report: (record: BuildRecord, ok: boolean) => void
  log: (message: string) => void
}

export type BuildQueue = {
  /** Asks for a build (collapses into the follow-up during a build). */
  requestBuild: (trigger: string, changes?: ContentChanges) => void
  /** Resolves when no build is running or queued. */
  whenIdle: () => Promise<void>
  status: () => Promise<RunnerStatus>
  /** The build running now and whether a follow-up waits, read synchronously (the webhook's answer). */
  pending: () => { building: string | null; followUpQueued: boolean }
  rollback: (id?: string) => Promise<string>
  /** A refused request, counted in the status. */
  countRejected: () => void
  /** Runs a build now unless it is idle with a live site: at start, or prepares the build process. */
  start: (buildOnStart: boolean) => Promise<void>
  /** Takes no further builds and cancels waiting retries (at once, before the servers close). */
  stop: () => void
  /** Stops, waits for a running build and ends the build process. */
  close: () => Promise<void>
}

/** Both lists together; unknown wins, because then everything has to be read anyway. */
export function mergeChangeLists(
  a: ContentChanges | undefined,
  b: ContentChanges | undefined,
): ContentChanges {
  if (!a || !b) return null
  const merged: Record<string, (string | number)[]> = { ...a }
  for (const [collection, ids] of Object.entries(b))
    merged[collection] = [...new Set([...(merged[collection] ?? []), ...ids])]
  return merged
}

export async function createBuildQueue(options: BuildQueueOptions): Promise<BuildQueue> {
  const { build, verify, store, cmsUrl, keep, log, report } = options
  const statusFile = path.join(store.root, 'status.json')

  // Last results survive a restart so the status endpoint still tells what happened.
  let saved: Partial<RunnerStatus> = {}
  try {
    saved = JSON.parse(await fs.readFile(statusFile, 'utf8'))
  } catch {}
  let lastSuccess: BuildRecord | null = saved.lastSuccess ?? null
  let lastFailure: BuildRecord | null = saved.lastFailure ?? null
  const counts: RunnerCounts = { requested: 0, started: 0, succeeded: 0, failed: 0, rejected: 0 }
  let current: BuildRecord | null = null
  let followUp: string | null = null
  // What the follow-up build has to take in; after a failed build, everything (its changes were not applied).
  let followUpChanges: ContentChanges = null
  let readEverything = true
  let lastFullReadAt = 0
  let running: Promise<void> | null = null
  let closed = false

  // A failed build (e.g. the CMS was briefly down) is tried again by itself, so the site catches up
  // without waiting for the next publish; a new request in the meantime makes the retry moot.
  let failuresInRow = 0
  let retryTimer: NodeJS.Timeout | undefined
  // A build interrupted by a CMS crash (or requested while it was down) runs again the moment the
  // CMS answers: under `npm start` the supervisor restarts it within seconds.
  let waitingForCms = false
  const cmsAnswers = async () => {
    try {
      const res = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/globals/settings?depth=0`, {
        signal: AbortSignal.timeout(5000),
      })
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
      while (!closed && !(await cmsAnswers()))
        await new Promise((r) => setTimeout(r, options.cmsPollMs).unref())
    } finally {
      waitingForCms = false
    }
    if (closed) return
    clearTimeout(retryTimer)
    requestBuild('CMS wieder erreichbar: unterbrochener oder wartender Build wird nachgeholt')
  }

  function scheduleRetry() {
    const delay = options.retryDelaysMs[failuresInRow++]
    clearTimeout(retryTimer)
    void cmsAnswers().then((up) => {
      if (!up) void waitForCms()
    })
    if (delay === undefined || closed) return
    retryTimer = setTimeout(() => requestBuild(`Wiederholung nach Fehler (${failuresInRow}. Versuch)`), delay)
    retryTimer.unref()
  }

  const persist = () =>
    fs
      .writeFile(statusFile, JSON.stringify({ lastSuccess, lastFailure }, null, 2))
      .catch((error) => log(`Status konnte nicht gespeichert werden: ${error.message}`))

  async function runBuild(trigger: string, changes: ContentChanges) {
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
      if (await store.prepare(id)) buildLog('Verzeichnis eines alten Builds wird weiterverwendet.')
      const readsAll = readEverything || changes === null
      const result = await build({
        cmsUrl,
        outDir,
        log: buildLog,
        cacheDir: path.join(store.root, 'cache'),
        changes: readsAll ? null : changes,
      })
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
        ...(result?.search ? { search: result.search } : {}),
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
      log(
        `Build ${id} fehlgeschlagen, ${live ? `Build ${live} bleibt live` : 'es ist noch keine Website live'}: ${message}`,
      )
      report(lastFailure, false)
      scheduleRetry()
    } finally {
      current = null
      await persist()
    }
  }

  /** One build at a time; everything that arrives meanwhile becomes exactly one follow-up build. */
  function requestBuild(trigger: string, changes: ContentChanges = null) {
    counts.requested++
    if (closed) return
    if (running) {
      followUpChanges = followUp === null ? changes : mergeChangeLists(followUpChanges, changes)
      followUp = trigger
      return
    }
    running = (async () => {
      let next: string | null = trigger
      let nextChanges: ContentChanges = changes
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

  const { refreshEveryMs } = options
  const refreshTimer =
    refreshEveryMs > 0
      ? setInterval(
          () => {
            if (!running && !closed && lastFullReadAt > 0 && Date.now() - lastFullReadAt >= refreshEveryMs) {
              requestBuild('Abgleich: alle Inhalte neu gelesen (regelmäßig, ohne Veröffentlichung)')
            }
          },
          Math.min(60_000, Math.max(50, Math.floor(refreshEveryMs / 4))),
        )
      : undefined
  refreshTimer?.unref()

  function stop() {
    closed = true
    clearTimeout(retryTimer)
    clearInterval(refreshTimer)
  }

  async function whenIdle() {
    while (running) await running
  }

  return {
    requestBuild,
    whenIdle,
    countRejected: () => void counts.rejected++,
    pending: () => ({ building: current?.id ?? null, followUpQueued: followUp !== null }),
    status: async () => ({
      state: current ? 'building' : 'idle',
      live: await store.live(),
      current,
      followUpQueued: followUp !== null,
      lastSuccess,
      lastFailure,
      builds: await store.list(),
      counts: { ...counts },
      ...(build.info ? { worker: build.info() } : {}),
    }),
    async rollback(id) {
      const builds = await store.list()
      const live = await store.live()
      const target = id ?? builds.filter((b) => b !== live && (!live || b < live)).pop()
      if (!target || !builds.includes(target))
        throw new RequestError(404, 'Kein solcher Build für eine Rückkehr vorhanden.')
      await store.activate(target)
      log(`Zurückgesetzt auf Build ${target}.`)
      return target
    },
    async start(buildOnStart) {
      if (buildOnStart && !(await store.live())) requestBuild('start: noch keine Website vorhanden')
      // Load Astro in the worker now, so the first publish does not pay for it.
      else
        void build
          .warm?.()
          .catch((error: Error) => log(`Build-Prozess konnte nicht vorbereitet werden: ${error.message}`))
    },
    stop,
    async close() {
      stop()
      await whenIdle()
      await build.close?.()
    },
  }
}

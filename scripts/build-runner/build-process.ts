// The runner's side of its build process: starts ./build-process-main.ts, hands it builds, and
// replaces it when it grows, hangs or crashes.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { scriptsConfig } from '../config'
import type {
  BuildFunction,
  BuildProcessMessage,
  BuildProcessRequest,
  BuildResult,
  WorkerInfo,
} from './types'

const here = path.dirname(fileURLToPath(import.meta.url))
// Absolute: the worker changes its working directory, where a bare 'tsx' would not resolve.
const tsxLoader = import.meta.resolve('tsx')

export type WorkerBuild = BuildFunction & {
  warm: () => Promise<void>
  close: () => Promise<void>
  info: () => WorkerInfo
}

type Pending = {
  id: string
  log: (line: string) => void
  resolve: (result: BuildResult) => void
  reject: (e: Error) => void
}

/**
 * Runs the real buildSite (scripts/build-site.ts) in a separate worker process. The runner itself
 * stays small and responsive; the worker holds the last build's content (incremental builds read
 * only what changed) and keeps the next Astro process started. It is replaced after `maxBuilds`
 * builds or once it uses more than `maxRssMb`, after a crash, and after a build that ran longer
 * than `timeoutMs` (the only way to stop a hanging build). A new worker reads everything once.
 */
export function workerBuild(
  options: { maxBuilds?: number; maxRssMb?: number; timeoutMs?: number } = {},
): WorkerBuild {
  // Astro runs in a process of its own per build, so the worker's memory stays flat (measured at
  // city scale: the same RSS after 12 builds as after the first); the limits are a safety net.
  const config = scriptsConfig()
  const maxBuilds = options.maxBuilds ?? config.BUILD_WORKER_MAX_BUILDS
  const maxRssBytes = (options.maxRssMb ?? config.BUILD_WORKER_MAX_RSS_MB) * 1024 * 1024
  let lastRss = 0
  const timeoutMs = options.timeoutMs ?? config.BUILD_TIMEOUT_MS
  let child: ChildProcess | null = null
  let ready: Promise<void> | null = null
  let builds = 0
  let pending: Pending | null = null
  let seq = 0

  const stop = async () => {
    const c = child
    child = null
    ready = null
    if (c && c.exitCode === null && c.signalCode === null) {
      const exited = new Promise((resolve) => c.once('exit', resolve))
      c.kill('SIGKILL')
      await exited
    }
  }

  function start(): Promise<void> {
    builds = 0
    lastRss = 0
    const c = fork(path.join(here, 'build-process-main.ts'), [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: process.env,
    })
    child = c
    const forward = (stream: NodeJS.ReadableStream | null) => {
      let rest = ''
      stream?.setEncoding('utf8')
      stream?.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) if (line.trim()) pending?.log(line)
      })
    }
    forward(c.stdout)
    forward(c.stderr)
    c.on('message', (m: BuildProcessMessage) => {
      if (!pending || m.type === 'ready' || m.id !== pending.id) return
      if (m.type === 'log') pending.log(m.line)
      else if (m.type === 'done') {
        lastRss = m.rss
        const p = pending
        pending = null
        p.resolve({
          pages: m.pages,
          phases: m.phases,
          rendered: m.rendered,
          read: m.read,
          skipped: m.skipped,
          search: m.search,
        })
      } else if (m.type === 'error') {
        lastRss = m.rss
        const p = pending
        pending = null
        p.reject(new Error(m.message))
      }
    })
    c.on('exit', (code, signal) => {
      if (child === c) {
        child = null
        ready = null
      }
      if (pending) {
        const p = pending
        pending = null
        p.reject(new Error(`Der Build-Prozess wurde unerwartet beendet (${signal ?? `Code ${code}`}).`))
      }
    })
    return new Promise<void>((resolve, reject) => {
      const onMessage = (m: BuildProcessMessage) => {
        if (m.type === 'ready') {
          c.off('message', onMessage)
          resolve()
        }
      }
      c.on('message', onMessage)
      c.once('exit', (code) => reject(new Error(`Der Build-Prozess konnte nicht starten (Code ${code}).`)))
    })
  }

  const ensure = async () => {
    if (child && (builds >= maxBuilds || lastRss > maxRssBytes)) await stop()
    if (!child || !ready) ready = start()
    await ready
  }

  const build = (async ({ cmsUrl, outDir, log, cacheDir, changes }) => {
    await ensure()
    builds++
    const id = String(++seq)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const p = pending
        pending = null
        void stop()
        p?.reject(new Error(`Abgebrochen: der Build lief länger als ${Math.round(timeoutMs / 1000)} s.`))
      }, timeoutMs)
      pending = {
        id,
        log,
        resolve: (v) => {
          clearTimeout(timer)
          resolve(v)
        },
        reject: (e) => {
          clearTimeout(timer)
          reject(e)
        },
      }
      child!.send({ type: 'build', id, cmsUrl, outDir, cacheDir, changes } satisfies BuildProcessRequest)
    })
  }) as WorkerBuild
  build.warm = () => ensure()
  build.info = () => ({ pid: child?.pid ?? null, builds, rssMb: Math.round(lastRss / 1024 / 1024) })
  build.close = stop
  return build
}

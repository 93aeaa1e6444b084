import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { repoRoot } from '../lib/paths'
import { FeedError } from './fetchFeed'
import type { ParsedFeed } from './parseFeed'
import { feedLimits } from './settings'

// Resolved from the repository, not from this module: under Next this module is part of a bundle.
const workerFile = path.join(repoRoot, 'cms', 'src', 'calendars', 'parse-worker.mjs')
/** An idle worker is ended after this long; the next import starts a new one (about a second). */
const IDLE_MS = 60_000
/** How long starting a worker may take before the import gives up (its own limit, not the parse budget). */
const START_MS = 60_000

type Answer =
  { id: number; ok: true; feed: ParsedFeed } | { id: number; ok: false; feedError: boolean; message: string }
type Pending = { resolve: (feed: ParsedFeed) => void; reject: (error: Error) => void }

let current: {
  worker: Worker
  ready: Promise<void>
  pending: Map<number, Pending>
  idle?: NodeJS.Timeout
} | null = null
let seq = 0

function startWorker() {
  // Reflect.construct: Next's bundler would otherwise try to bundle the worker file as a module of
  // the app; it is meant to be loaded by Node as it is (see ./parse-worker.mjs).
  const worker: Worker = Reflect.construct(Worker, [
    workerFile,
    // Parsing a feed at the size limit needs a few hundred MB at most; more is a broken feed.
    { resourceLimits: { maxOldGenerationSizeMb: 512 } },
  ])
  // Waiting for work must not keep the CMS (or a script) alive.
  worker.unref()
  const pending = new Map<number, Pending>()
  const state = {
    worker,
    pending,
    ready: undefined as unknown as Promise<void>,
    idle: undefined as NodeJS.Timeout | undefined,
  }
  const failAll = (error: Error) => {
    if (current === state) current = null
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }
  state.ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: Answer | { ready: true }) => {
      if ('ready' in m) return resolve()
      const p = pending.get(m.id)
      if (!p) return
      pending.delete(m.id)
      if (m.ok) p.resolve(m.feed)
      else p.reject(m.feedError ? new FeedError(m.message) : new Error(m.message))
    })
    worker.on('error', (error) => {
      reject(error)
      const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      failAll(
        memory
          ? new FeedError(
              'Der Kalender ist zu umfangreich, um ihn zu lesen. Bitte stellen Sie einen Kalender mit weniger Terminen bereit.',
            )
          : error,
      )
    })
    worker.on('exit', (code) => {
      const error = new Error(`Das Lesen des Kalenders wurde unerwartet beendet (Code ${code}).`)
      reject(error)
      failAll(error)
    })
  })
  return state
}

/**
 * parseFeed (./parseFeed.ts) in a worker thread with a time budget: a large feed (5 MB, tens of
 * thousands of entries) took many seconds of synchronous parsing, during which the CMS answered no
 * request. A feed that uses up the budget ends its worker; the entry budget (feedLimits.maxEntries)
 * is checked inside the worker before anything is parsed. One worker serves the imports one after
 * another and ends when idle.
 */
export async function parseFeedInWorker(text: string, now = new Date()): Promise<ParsedFeed> {
  const state = (current ??= startWorker())
  clearTimeout(state.idle)
  const id = ++seq
  const seconds = (feedLimits.parseTimeoutMs / 1000).toLocaleString('de-DE', { maximumFractionDigits: 2 })
  try {
    return await new Promise<ParsedFeed>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const stop = (error: FeedError) => {
        state.pending.delete(id)
        if (current === state) current = null
        void state.worker.terminate()
        reject(error)
      }
      const done =
        <T>(settle: (v: T) => void) =>
        (v: T) => {
          clearTimeout(timer)
          settle(v)
        }
      state.pending.set(id, { resolve: done(resolve), reject: done(reject) })
      // Starting the worker (loading the parser) is not parsing: on a busy machine it can take
      // seconds, so it has its own, wider limit and the budget starts when the feed is handed over.
      timer = setTimeout(
        () =>
          stop(
            new FeedError(
              'Der Kalender konnte nicht gelesen werden: Das Leseprogramm startete nicht. Der nächste Abruf versucht es erneut.',
            ),
          ),
        START_MS,
      )
      state.ready.then(
        () => {
          if (!state.pending.has(id)) return
          clearTimeout(timer)
          timer = setTimeout(
            () =>
              stop(
                new FeedError(
                  `Der Kalender ist zu umfangreich: Das Lesen hat länger als ${seconds} Sekunden gedauert und wurde abgebrochen. ` +
                    'Bitte stellen Sie einen Kalender mit weniger Terminen bereit (z. B. nur künftige Termine).',
                ),
              ),
            feedLimits.parseTimeoutMs,
          )
          state.worker.postMessage({ id, text, now: now.toISOString(), limits: { ...feedLimits } })
        },
        () => {},
      )
    })
  } finally {
    if (current === state && state.pending.size === 0) {
      state.idle = setTimeout(() => {
        if (current === state && state.pending.size === 0) {
          current = null
          void state.worker.terminate()
        }
      }, IDLE_MS)
      state.idle.unref()
    }
  }
}

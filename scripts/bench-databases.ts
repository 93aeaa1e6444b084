// SQLite next to PostgreSQL: the same city-scale seed into a fresh database of each kind, then
// anonymous REST reads with autocannon at 8 and 32 concurrent clients: a published list, one
// event by id, and 200 different events by id in random order; each with the read cache off
// (what Payload itself does per request) and on (API_READ_CACHE_SECONDS, cms/src/api/readCache.ts).
// Figures, never a test. PostgreSQL needs a server: `npm run bench` starts a throwaway one where
// PostgreSQL is installed (scripts/with-postgres.sh), otherwise it says so and measures SQLite.
// BENCH_DATA_DIR=<folder> keeps the SQLite database there (seeded once, reused by later runs).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { createPostgresDatabase, dropPostgresDatabase } from './lib/postgres'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
type Served = {
  url: string
  seedMs: number
  docs: number
  eventId: number | string
  eventIds: (number | string)[]
}
export type Latency = { rps: number; p50: number; p90: number; p99: number; errors: number; non2xx: number }
export type DatabaseFigures = { kind: string; seedMs: number; docs: number; reads: Record<string, Latency> }

/** Target of the issue: published list and detail queries at 32 clients answer within 100 ms at p99. */
const listTargetP99 = 100
const targeted = (read: string) => read.endsWith('@32')

function serve(
  env: NodeJS.ProcessEnv,
): Promise<{ served: Served; stop: () => Promise<void>; ended: () => string | undefined }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'scripts/lib/bench-db-server.ts')],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  let end: string | undefined
  const exited = new Promise<void>((resolve) =>
    child.once(
      'exit',
      (code, signal) => (
        (end = `Benchmark-CMS endete (${signal ?? `Code ${code}`}):\n${log.slice(-3000)}`),
        resolve()
      ),
    ),
  )
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    void exited.then(() => reject(new Error(`Benchmark-CMS endete vorzeitig:\n${log}`)))
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"url"')) resolve({ served: JSON.parse(line) as Served, stop, ended: () => end })
    })
  })
}

async function load(url: string | string[], connections: number, seconds: number): Promise<Latency> {
  const urls = Array.isArray(url) ? url : [url]
  const base = new URL(urls[0]!)
  const paths = urls.map((u) => new URL(u).pathname + new URL(u).search)
  const result = await autocannon({
    url: base.origin,
    connections,
    duration: seconds,
    // Each request a path of its own, at random: readers ask for many different documents.
    requests: [
      { setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)]! }) },
    ],
  })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function measure(
  kind: 'sqlite' | 'postgres',
  counts: Record<string, number>,
  seconds: number,
  log: (m: string) => void,
): Promise<DatabaseFigures[]> {
  const kept = kind === 'sqlite' ? process.env.BENCH_DATA_DIR : undefined
  if (kept) fs.mkdirSync(kept, { recursive: true })
  const dataDir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), `nb-bench-${kind}-`))
  const database = `nb_bench_${process.pid}`
  const uri = kind === 'postgres' ? await createPostgresDatabase(database) : ''
  try {
    const figures: DatabaseFigures[] = []
    for (const cache of ['aus', 'an'] as const)
      figures.push(await measureServed(kind, cache, { dataDir, uri, counts, seconds, log }))
    return figures
  } finally {
    if (kind === 'postgres') await dropPostgresDatabase(database)
    if (!kept) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function measureServed(
  kind: 'sqlite' | 'postgres',
  cache: 'aus' | 'an',
  options: {
    dataDir: string
    uri: string
    counts: Record<string, number>
    seconds: number
    log: (m: string) => void
  },
): Promise<DatabaseFigures> {
  const { dataDir, uri, counts, seconds } = options
  const label = `${kind}, Cache ${cache}`
  const log = (m: string) => options.log(m.replace(`${kind}:`, `${label}:`))
  // No request budget: the load comes from one loopback client on purpose.
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: uri,
    API_RATE_LIMIT: '1000000000',
    PAYLOAD_JOBS_AUTORUN: 'false',
    BENCH_COUNTS: JSON.stringify(counts),
    API_READ_CACHE_SECONDS: cache === 'an' ? '60' : '0',
  }
  const { served, stop, ended } = await serve(env)
  try {
    log(`${kind}: Seed ${(served.seedMs / 1000).toFixed(1)} s für ${served.docs} Dokumente`)
    // The site's order (events have `start`; the former `startDate` is no field, and Payload then
    // silently sorted by creation date).
    const urls: Record<string, string | string[]> = {
      liste: `${served.url}/api/events?limit=20&depth=1&sort=start`,
      detail: `${served.url}/api/events/${served.eventId}?depth=1`,
      details: served.eventIds.map((id) => `${served.url}/api/events/${id}?depth=1`),
    }
    await load(urls.liste, 2, 2) // warm-up
    const reads: Record<string, Latency> = {}
    for (const connections of [8, 32]) {
      for (const [name, url] of Object.entries(urls)) {
        const figures = await load(url, connections, seconds)
        reads[`${name}@${connections}`] = figures
        const target =
          connections === 32
            ? `   (Ziel p99 < ${listTargetP99} ms${figures.p99 < listTargetP99 ? '' : ': verfehlt'})`
            : ''
        const problems =
          figures.errors || figures.non2xx ? `, ${figures.errors} Fehler, ${figures.non2xx} nicht 2xx` : ''
        if (ended()) throw new Error(ended())
        if (figures.rps === 0) {
          // autocannon reports 0 ms when no request finished: that is no latency figure.
          log(
            `${kind}: ${name.padEnd(6)} ${String(connections).padStart(2)} Clients: keine Antwort innerhalb von ${seconds} s (${figures.errors} Fehler/Zeitüberschreitungen)`,
          )
          continue
        }
        log(
          `${kind}: ${name.padEnd(6)} ${String(connections).padStart(2)} Clients: ${String(figures.rps).padStart(5)} Anfragen/s, p50 ${figures.p50} ms, p90 ${figures.p90} ms, p99 ${figures.p99} ms${problems}${target}`,
        )
      }
    }
    return { kind: label, seedMs: served.seedMs, docs: served.docs, reads }
  } finally {
    await stop()
  }
}

export async function benchDatabases(options: {
  counts: Record<string, number>
  seconds?: number
  log?: (m: string) => void
}): Promise<DatabaseFigures[]> {
  const log = options.log ?? console.log
  const only = process.env.BENCH_DATABASES // e.g. "postgres": one kind only
  const results: DatabaseFigures[] = []
  if (!only || only === 'sqlite')
    results.push(...(await measure('sqlite', options.counts, options.seconds ?? 10, log)))
  if (only === 'sqlite') return results
  if (process.env.POSTGRES_TEST_URL)
    results.push(...(await measure('postgres', options.counts, options.seconds ?? 10, log)))
  else
    log(
      'postgres: übersprungen, kein PostgreSQL-Server (apt-get install postgresql; npm run bench startet dann einen).',
    )
  for (const line of sideBySide(results)) log(line)
  return results
}

/** One line per read and client count, the databases next to each other. */
export function sideBySide(results: DatabaseFigures[]): string[] {
  const cell = (f: Latency | undefined) =>
    (!f ? '–' : f.rps === 0 ? 'keine Antwort' : `${f.rps}/s p50 ${f.p50} p99 ${f.p99} ms`).padEnd(30)
  const reads = Object.keys(results[0]?.reads ?? {})
  return [
    `${'Lesezugriff'.padEnd(12)}${results.map((r) => r.kind.padEnd(30)).join('')}`,
    ...reads.map((read) => {
      const target = targeted(read)
        ? `Ziel p99 < ${listTargetP99} ms: ${results.map((r) => `${r.kind} ${(r.reads[read]?.rps ?? 0) > 0 && r.reads[read]!.p99 < listTargetP99 ? 'erreicht' : 'verfehlt'}`).join(', ')}`
        : ''
      return `${read.padEnd(12)}${results.map((r) => cell(r.reads[read])).join('')}${target}`
    }),
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const counts = {
    associations: Number(process.env.BENCH_ASSOCIATIONS ?? 500),
    events: Number(process.env.BENCH_EVENTS ?? 3000),
    opportunities: Number(process.env.BENCH_OPPORTUNITIES ?? 300),
    news: Number(process.env.BENCH_NEWS ?? 1000),
  }
  await benchDatabases({ counts, seconds: Number(process.env.BENCH_SECONDS ?? 10) })
  process.exit(0)
}

import { randomBytes } from 'node:crypto'
// Publish-to-live latency: an editor publishes an event through the REST API; the clock stops when
// the build runner serves the event's page. Everything real: the CMS's publish hooks and delivery
// pump, the signed webhook, the runner's warm build worker (Astro + Pagefind), the atomic swap.
// Used by scripts/bench.ts for the demo and the city-scale dataset; standalone:
//   npx tsx scripts/bench-publish.ts [--scale 1 | --city [--scale 2]] [--runs 3]
// (--city --scale 2: twice the city, for the target "flat as content grows")

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

export type PublishBenchResult = {
  runs: {
    totalMs: number
    buildMs: number | null
    phases?: Record<string, number>
    rendered?: number
    read?: string
    search?: { shards: number; indexed: number }
    /** The build reused a retired build's directory (BuildStore.prepare), as a publish does in steady state. */
    reusedDir?: boolean
  }[]
  medianMs: number
  maxMs: number
  debounceMs: number
  firstBuildMs: number | null
  pages: number | null
}

export type PublishBenchOptions = {
  payload: Payload
  /** The CMS's REST API (startApiServer's url); the runner builds from it. */
  apiUrl: string
  runs?: number
  /** Quiet window of the pipeline (default: the configured PUBLISH_DEBOUNCE_MS or 3000). */
  debounceMs?: number
  timeoutMs?: number
  log?: (message: string) => void
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

async function countHtml(dir: string) {
  let n = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) n++
  return n
}

export async function benchPublish(options: PublishBenchOptions): Promise<PublishBenchResult> {
  const { payload, apiUrl } = options
  const log = options.log ?? ((m: string) => console.log(m))
  const runs = options.runs ?? 3
  const timeoutMs = options.timeoutMs ?? 300_000
  const { startBuildRunner } = await import('./build-runner/index')
  const { startPump, pumpFor, SKIP_PUBLISH_CONTEXT } = await import('../cms/src/publish/index')

  const saved = {
    url: process.env.BUILD_WEBHOOK_URL,
    secret: process.env.BUILD_WEBHOOK_SECRET,
    netlify: process.env.NETLIFY_BUILD_HOOK_URL,
    debounce: process.env.PUBLISH_DEBOUNCE_MS,
  }
  const secret = `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`
  const debounceMs = options.debounceMs ?? Number(process.env.PUBLISH_DEBOUNCE_MS || 3000)
  process.env.PUBLISH_DEBOUNCE_MS = String(debounceMs)
  process.env.BUILD_WEBHOOK_SECRET = secret
  delete process.env.NETLIFY_BUILD_HOOK_URL

  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bench-publish-'))
  const email = 'bench-redaktion@example.org'
  // Random, so it passes the password rule (no part of the account's own address, strong enough).
  const password = randomBytes(18).toString('base64url')
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (existing.docs[0])
    await payload.update({
      collection: 'users',
      id: existing.docs[0].id,
      data: { password } as never,
      overrideAccess: true,
    })
  else
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' } as never,
      overrideAccess: true,
    })
  const loginRes = await fetch(`${apiUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await loginRes.json()) as { token: string }

  log('Veröffentlichung: erster Build des Build-Servers …')
  // Builds that got a retired build's directory (the runner logs it with the build's id).
  const reused = new Set<string>()
  const runner = await startBuildRunner({
    secret,
    port: 0,
    sitePort: 0,
    rootDir: root,
    cmsUrl: apiUrl,
    buildOnStart: true,
    // One kept build: from the second publish on, every build gets the directory of a retired one,
    // as every publish does in production once more than `keep` builds exist. The first publish,
    // which may still get a new directory, is a warm-up that is not counted.
    keep: 1,
    log: (m) => {
      if (m.includes('Verzeichnis eines alten Builds')) reused.add(m.slice(1, m.indexOf(']')))
    },
  })
  const created: number[] = []
  const startedPump = !pumpFor(payload)
  try {
    process.env.BUILD_WEBHOOK_URL = `${runner.url}/webhook`
    await runner.whenIdle()
    const first = await runner.status()
    if (!first.live) throw new Error(`Erster Build fehlgeschlagen: ${first.lastFailure?.error}`)
    const pages = await countHtml(runner.liveDir)
    // The CMS process delivers on its own in production; here too, whatever PAYLOAD_JOBS_AUTORUN says.
    const pump = startPump(payload)
    // Deliver what is still queued (e.g. from seeding) first, so it does not run into the measurement.
    await pump.kick()
    await pump.idle()
    await new Promise((r) => setTimeout(r, 300))
    await runner.whenIdle()

    const results: PublishBenchResult['runs'] = []
    const warmups = 1
    for (let i = 0; i < warmups + runs; i++) {
      const label = i < warmups ? 'Einlaufen' : `Lauf ${i - warmups + 1}`
      // Each run is a publish after a quiet period (the common case: one editor saves one entry),
      // which the pipeline delivers at once; a save right after the previous one would be
      // collected for PUBLISH_DEBOUNCE_MS first.
      await new Promise((r) => setTimeout(r, debounceMs + 200))
      const before = (await runner.status()).lastSuccess?.id
      const started = performance.now()
      const res = await fetch(`${apiUrl}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: `${label}: Offene Probe im Konzertkirchenchor ${Date.now()}`,
          start: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          venue: { name: 'Konzertkirche' },
          _status: 'published',
        }),
      })
      if (res.status !== 201)
        throw new Error(`Veröffentlichen fehlgeschlagen: HTTP ${res.status} ${await res.text()}`)
      const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
      created.push(doc.id)
      const url = `${runner.siteUrl}/veranstaltungen/${doc.slug}/`
      const deadline = Date.now() + timeoutMs
      for (;;) {
        if ((await fetch(url, { method: 'HEAD' })).status === 200) break
        if (Date.now() > deadline) throw new Error(`Seite nach ${timeoutMs} ms nicht live: ${url}`)
        await new Promise((r) => setTimeout(r, 50))
      }
      const totalMs = Math.round(performance.now() - started)
      // The page is served the moment the link switches; the runner records the build right after.
      let status = await runner.status()
      for (let t = 0; t < 100 && status.lastSuccess?.id === before; t++) {
        await new Promise((r) => setTimeout(r, 20))
        status = await runner.status()
      }
      const buildMs =
        status.lastSuccess && status.lastSuccess.id !== before
          ? (status.lastSuccess.durationMs ?? null)
          : null
      const record = buildMs === null ? undefined : status.lastSuccess
      const phases = record?.phases
      const reusedDir = record ? reused.has(record.id) : undefined
      if (i >= warmups)
        results.push({
          totalMs,
          buildMs,
          ...(phases ? { phases } : {}),
          ...(record?.rendered !== undefined ? { rendered: record.rendered } : {}),
          ...(record?.read ? { read: record.read } : {}),
          ...(record?.search ? { search: record.search } : {}),
          ...(reusedDir !== undefined ? { reusedDir } : {}),
        })
      const phaseText = phases
        ? ` = ${Object.entries(phases)
            .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
            .join(', ')}`
        : ''
      const renderedText =
        (record?.rendered !== undefined
          ? `; ${record.rendered} Seiten neu gerendert, Inhalte: ${record.read === 'changes' ? 'nur Änderungen' : 'alle'} gelesen`
          : '') +
        (record?.search
          ? `; Suchindex: ${record.search.indexed} von ${record.search.shards} Teilen neu`
          : '') +
        (reusedDir ? '; Verzeichnis eines alten Builds weiterverwendet' : '') +
        (i < warmups ? '; nicht gezählt' : '')
      log(
        `  ${label}: ${(totalMs / 1000).toFixed(1)} s bis live (Build ${buildMs === null ? '?' : (buildMs / 1000).toFixed(1)} s${phaseText}${renderedText})`,
      )
      await runner.whenIdle()
    }
    const totals = results.map((r) => r.totalMs)
    log(
      `Veröffentlichen bis live: Median ${(median(totals) / 1000).toFixed(1)} s, Maximum ${(Math.max(...totals) / 1000).toFixed(1)} s bei ${pages} Seiten (Ziel ≤ 2 s im Stadtmaßstab auf leerlaufenden 2 Kernen; bei doppeltem Inhalt ≤ 1,2 × davon)`,
    )
    // Where a publish's time goes, as medians over the runs (the profile the targets are read against).
    const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.phases ?? {})))]
    if (phaseNames.length)
      log(
        `  davon im Median: ${phaseNames
          .map((k) => `${k} ${(median(results.map((r) => r.phases?.[k] ?? 0)) / 1000).toFixed(2)} s`)
          .join(', ')}`,
      )
    return {
      runs: results,
      medianMs: median(totals),
      maxMs: Math.max(...totals),
      debounceMs,
      firstBuildMs: first.lastSuccess?.durationMs ?? null,
      pages,
    }
  } finally {
    if (startedPump) pumpFor(payload)?.stop()
    for (const id of created) {
      await payload
        .delete({ collection: 'events', id, overrideAccess: true, context: { [SKIP_PUBLISH_CONTEXT]: true } })
        .catch(() => {})
    }
    await runner.close()
    await fs.rm(root, { recursive: true, force: true })
    for (const [key, value] of [
      ['BUILD_WEBHOOK_URL', saved.url],
      ['BUILD_WEBHOOK_SECRET', saved.secret],
      ['NETLIFY_BUILD_HOOK_URL', saved.netlify],
      ['PUBLISH_DEBOUNCE_MS', saved.debounce],
    ] as const) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, runs: { type: 'string' }, city: { type: 'boolean' } },
  })
  const main = async () => {
    // BENCH_DATA_DIR keeps the seeded database between runs (seeding a city takes minutes).
    const keep = process.env.BENCH_DATA_DIR
    const dataDir = keep
      ? path.resolve(keep)
      : await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bench-publish-data-'))
    await fs.mkdir(dataDir, { recursive: true })
    process.env.DATA_DIR = dataDir
    process.env.PAYLOAD_JOBS_AUTORUN = 'false'
    delete process.env.DATABASE_URI
    const { openPayload } = await import('./lib/payload')
    const { startApiServer } = await import('./lib/api-server')
    const { seed } = await import('../cms/src/seed/index')
    const payload = await openPayload()
    const api = await startApiServer(payload)
    try {
      const scale = Number(values.scale ?? 1)
      // --city: the city-scale dataset of scripts/bench.ts.
      const counts = values.city
        ? Object.fromEntries(
            Object.entries({ associations: 500, events: 3000, opportunities: 300, news: 1000 }).map(
              ([name, n]) => [name, n * scale],
            ),
          )
        : undefined
      console.log(counts ? `Stadt-Datensatz ${JSON.stringify(counts)} …` : `Demo-Inhalte (Faktor ${scale}) …`)
      await seed(payload, { scale, counts })
      await payload.updateGlobal({
        slug: 'settings',
        data: { participation: { url: 'http://127.0.0.1:9' } } as never,
      })
      await benchPublish({ payload, apiUrl: api.url, runs: Number(values.runs ?? 3) })
    } finally {
      await api.close()
      await payload.destroy()
      if (!keep) await fs.rm(dataDir, { recursive: true, force: true })
    }
  }
  main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error)
      process.exit(1)
    },
  )
}

// Digest benchmark (issue 18): one digest run for BENCH_SUBSCRIBERS (10,000) confirmed
// subscribers against a local SMTP server, in a process of its own on a fresh SQLite database:
// time of the run, mails per second and the process's peak memory. Figures only.
//   npx tsx scripts/bench-digest.ts            (prints the figures, last line JSON)
// scripts/bench.ts runs it as a child process (the CMS reads SMTP_HOST when its config loads).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { SMTPServer } from 'smtp-server'

export type DigestBenchResult = {
  subscribers: number
  items: number
  sent: number
  skipped: number
  failed: number
  received: number
  setupMs: number
  runMs: number
  mailsPerSecond: number
  peakRssMb: number
  heapGrowthMb: number
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

async function main(): Promise<DigestBenchResult> {
  const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000)
  let received = 0
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // No reverse DNS look-up of the client per connection (seconds each without a resolver).
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        received += 1
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-bench-digest-'))
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'redaktion@unser-nb.example',
    PAYLOAD_JOBS_AUTORUN: 'false',
    PUBLISH_AUTORUN: 'false',
  })
  const { openPayload } = await import('./lib/payload')
  const { createLocalReq } = await import('payload')
  const { issue } = await import('../cms/src/subscriptions/tokens')
  const { runDigest } = await import('../cms/src/subscriptions/jobs')
  const { SKIP_PUBLISH_CONTEXT } = await import('../cms/src/publish/settings')
  const payload = await openPayload()
  const context = { [SKIP_PUBLISH_CONTEXT]: true }
  const setupStarted = performance.now()

  // 20 topics, 60 published news items of the last day (three topics each), subscribers with
  // two topics each: most get a digest of a few items, some none.
  const topics: number[] = []
  for (let i = 0; i < 20; i++)
    topics.push(
      (await payload.create({ collection: 'topics', data: { name: `Thema ${i + 1}` }, context })).id,
    )
  const club = await payload.create({
    collection: 'associations',
    data: {
      name: 'Benchmark-Verein',
      shortDescription: 'Für den Benchmark',
      kind: 'club',
      _status: 'published',
    },
    context,
  })
  for (let i = 0; i < 60; i++)
    await payload.create({
      collection: 'news',
      data: {
        title: `Neuigkeit ${i + 1}`,
        association: club.id,
        topics: [topics[i % 20]!, topics[(i * 7) % 20]!, topics[(i * 13 + 3) % 20]!],
        _status: 'published',
      },
      context,
    })
  const confirmedAt = new Date(Date.now() - 2 * 24 * 3_600_000).toISOString()
  // Written in bulk through the adapter's drizzle tables (setup only: 10,000 single creates take
  // minutes); the rows are what the form and the confirmation would have stored.
  const db = payload.db as unknown as {
    drizzle: {
      insert: (t: unknown) => {
        values: (v: unknown[]) => { returning: (f: unknown) => Promise<{ id: number }[]> }
      }
    }
    tables: Record<string, Record<string, unknown>>
  }
  const table = db.tables.subscriptions!
  const rels = db.tables.subscriptions_rels!
  for (let start = 0; start < subscribers; start += 500) {
    const rows = Array.from({ length: Math.min(500, subscribers - start) }, (_, k) => {
      const manage = issue(payload, 'manage')
      return {
        email: `abonnent-${start + k}@example.org`,
        lang: (start + k) % 5 === 0 ? 'en' : 'de',
        frequency: 'daily',
        confirmedAt,
        manageSalt: manage.salt,
        manageHash: manage.hash,
      }
    })
    const ids = await db.drizzle.insert(table).values(rows).returning({ id: table.id })
    await db.drizzle
      .insert(rels)
      .values(
        ids.flatMap(({ id }, k) => {
          const i = start + k
          return [topics[i % 20]!, topics[(i * 3 + 1) % 20]!].map((topic, order) => ({
            parent: id,
            path: 'topics',
            order: order + 1,
            topicsID: topic,
          }))
        }),
      )
      .returning({ id: rels.id })
  }
  const setupMs = Math.round(performance.now() - setupStarted)

  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const result = await runDigest(await createLocalReq({}, payload))
  const runMs = Math.round(performance.now() - started)
  const heapGrowthMb = mb(process.memoryUsage().heapUsed - heapBefore)
  await payload.destroy?.()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  fs.rmSync(dataDir, { recursive: true, force: true })
  return {
    subscribers,
    items: 60,
    ...result,
    received,
    setupMs,
    runMs,
    mailsPerSecond: Math.round((result.sent / runMs) * 1000),
    // maxRSS is in kilobytes: the whole process (CMS included) at its peak.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapGrowthMb,
  }
}

/** One line per figure, German like the rest of `npm run bench`. */
export function describeDigestBench(r: DigestBenchResult): string[] {
  return [
    `Abonnenten:         ${r.subscribers} (bestätigt, täglich), ${r.items} neue Beiträge`,
    `Zusammenfassungen:  ${r.sent} gesendet, ${r.skipped} ohne Neues übersprungen, ${r.failed} fehlgeschlagen; SMTP-Server empfing ${r.received}`,
    `Lauf:               ${(r.runMs / 1000).toFixed(1)} s (${r.mailsPerSecond} E-Mails/s); Vorbereitung ${(r.setupMs / 1000).toFixed(1)} s`,
    `Speicher:           höchstens ${r.peakRssMb} MB RSS (ganzer Prozess mit CMS), Heap-Zuwachs im Lauf ${r.heapGrowthMb} MB`,
  ]
}

/** For scripts/bench.ts: this file in a child process (Node with tsx), its figures and lines. */
export function runDigestBench(): Promise<{ result: DigestBenchResult; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, DATABASE_URI: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`Digest-Benchmark endete mit ${code}`))
      const result = JSON.parse(last) as DigestBenchResult
      resolve({ result, lines: describeDigestBench(result) })
    })
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (result) => {
      for (const line of describeDigestBench(result)) console.log(line)
      console.log(JSON.stringify(result))
      process.exit(0)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}

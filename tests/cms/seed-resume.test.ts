import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventTranslations } from '../../cms/src/seed/data/translations'
import { progressReporter } from '../../cms/src/seed/progress'
import { openPayload } from '../../scripts/lib/payload'
import { createTestDatabase, testDatabase, type TestDatabase } from '../helpers/databases'
import { budgets } from '../helpers/timeouts'

// `npm run seed` killed mid-run (as by Ctrl-C or a crash) and run again: it continues, and the
// result is the complete dataset, each document once, with all its translations.
const repoRoot = path.resolve(import.meta.dirname, '../..')
const counts = { associations: 31, events: 100, opportunities: 20, news: 12 }
const args = Object.entries(counts).flatMap(([k, v]) => [`--${k}`, String(v)])

let dataDir: string
let database: TestDatabase
let payload: Payload | undefined

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-seed-resume-'))
  database = await createTestDatabase(testDatabase(), path.basename(dataDir))
})
afterAll(async () => {
  await payload?.destroy?.()
  await database?.drop(payload)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Runs the seed script; `until` kills it (SIGKILL: no clean-up at all) at the first matching line. */
function runSeed(until?: RegExp): Promise<{ lines: string[]; killed: boolean; code: number | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'scripts/seed.ts'), ...args],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URI: database.uri ?? '',
        PAYLOAD_JOBS_AUTORUN: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const lines: string[] = []
  let killed = false
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line)
    if (until?.test(line) && !killed) {
      killed = true
      child.kill('SIGKILL')
    }
  })
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      !killed && code !== 0
        ? reject(new Error(`seed endete mit ${code}:\n${lines.join('\n')}\n${stderr.slice(-3000)}`))
        : resolve({ lines, killed, code }),
    ),
  )
}

describe('an interrupted seed', () => {
  it(
    'continues when run again: all documents once, each with its translations',
    async () => {
      // Killed in the middle of the events: a line per tenth in a log (stdout is no terminal here).
      const first = await runSeed(/^ {2}Veranstaltungen: (4|5)\d von 100 /)
      expect(first.killed).toBe(true)

      const second = await runSeed()
      expect(second.code).toBe(0)
      expect(second.lines.join('\n')).toMatch(/Demo-Inhalte in .* Neu angelegt: .*events: \d+/)

      process.env.DATA_DIR = dataDir
      if (database.uri) process.env.DATABASE_URI = database.uri
      else delete process.env.DATABASE_URI
      payload = await openPayload()
      for (const [collection, n] of Object.entries(counts)) {
        const docs = (
          await payload.find({
            collection: collection as 'events',
            limit: 0,
            pagination: false,
            depth: 0,
            select: { slug: true },
          })
        ).docs
        expect(docs.length, collection).toBe(n)
        expect(new Set(docs.map((d) => d.slug)).size, `${collection}: slugs once`).toBe(n)
      }
      // Every event from a translated template has its Ukrainian title, the interrupted one too.
      const german = await payload.find({
        collection: 'events',
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'de',
      })
      const ukrainian = await payload.find({
        collection: 'events',
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'uk',
        fallbackLocale: false,
      })
      const expected = german.docs.filter((d) => eventTranslations[d.title]).map((d) => d.id)
      expect(expected.length).toBeGreaterThan(0)
      const translated = new Set(ukrainian.docs.filter((d) => d.title).map((d) => d.id))
      expect(expected.filter((id) => !translated.has(id))).toEqual([])
      // Every document has its published version (SQLite writes them without a transaction).
      const published = await payload.count({
        collection: 'events',
        where: { _status: { equals: 'published' } },
      })
      expect(published.totalDocs).toBe(counts.events)
      expect(fs.existsSync(path.join(dataDir, 'seed-unfinished.json'))).toBe(false)
    },
    budgets.setup,
  )
})

describe('the progress bar', () => {
  it('is one updating line on a terminal', () => {
    let out = ''
    let clock = 0
    const report = progressReporter({ isTTY: true, write: (t) => (out += t) }, { now: () => clock })
    for (let done = 1; done <= 200; done++) {
      clock += 10
      report('events', done, 200)
    }
    const frames = out.split('\r\x1b[2K').filter(Boolean)
    expect(frames).toHaveLength(200)
    expect(frames[99]).toMatch(/^ {2}█{12}░{12} Veranstaltungen: 100 von 200 \(50 %\) · noch etwa 1 s$/)
    expect(out.endsWith('Veranstaltungen: 200 von 200 (100 %)\n')).toBe(true)
    expect(out.match(/\n/g)).toHaveLength(1)
  })

  it('is a line per tenth in a log, and nothing for a short run', () => {
    let out = ''
    const report = progressReporter({ isTTY: false, write: (t) => (out += t) })
    for (let done = 1; done <= 3000; done++) report('events', done, 3000)
    for (let done = 1; done <= 60; done++) report('news', done, 60)
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(10)
    expect(lines[0]).toMatch(/^ {2}Veranstaltungen: 300 von 3\.000 \(10 %\)/)
    expect(lines[9]).toBe('  Veranstaltungen: 3.000 von 3.000 (100 %)')
  })
})

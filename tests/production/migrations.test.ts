import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/src/seed/index'
import { committedMigrations, runMigrations } from '../../scripts/lib/migrations'
import { openPayload } from '../../scripts/lib/payload'
import { createTestDatabase, testDatabase, type TestDatabase } from '../helpers/databases'

// The production path: the database is built by the committed migrations only (no schema push),
// as `npm start` does with NODE_ENV=production.
let dataDir: string
let database: TestDatabase
let payload: Payload | undefined
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'migrations-test-secret',
  DATA_DIR: dataDir,
  DATABASE_URI: database.uri ?? '',
})

const migrate = () => {
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    env: env(),
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

const counts = async () => {
  const collections = [
    'associations',
    'events',
    'opportunities',
    'news',
    'pages',
    'topics',
    'districts',
    'media',
    'users',
  ] as const
  return Object.fromEntries(
    await Promise.all(
      collections.map(async (c) => [
        c,
        (await payload!.count({ collection: c, overrideAccess: true })).totalDocs,
      ]),
    ),
  )
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-migrations-'))
  database = await createTestDatabase(testDatabase(), path.basename(dataDir), { empty: true })
})
afterAll(async () => {
  await payload?.destroy()
  await database?.drop(payload)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe.runIf(testDatabase() !== 'mongodb')('migrations', () => {
  it('build an empty database with every committed migration', async () => {
    const first = migrate()
    expect(first.output).toContain('Migrationen ausgeführt')
    expect(first.status).toBe(0)

    process.env.DATA_DIR = dataDir
    process.env.DATABASE_URI = database.uri ?? ''
    process.env.PAYLOAD_MIGRATIONS = 'true' // this process must not push either
    payload = await openPayload()
    // That the model and the migrations agree is checked by npm run migrate:check (migration-drift.test.ts).
    const applied = await payload.find({ collection: 'payload-migrations', depth: 0, sort: 'name' })
    expect(applied.docs.map((m) => m.name)).toEqual((await committedMigrations()).map((m) => m.name))
  }, 300_000)

  it('keep all demo content when the CMS starts again in production', async () => {
    await seed(payload!, { now: new Date() })
    const before = await counts()
    expect(before.associations).toBeGreaterThan(20)

    const again = migrate()
    expect(again.output).toContain('Datenbank ist auf dem Stand der Migrationen')
    expect(again.status).toBe(0)
    expect(await counts()).toEqual(before)
  }, 300_000)

  it('refuse a database whose schema was pushed in development mode, with a clear message', async () => {
    await payload!.db.create({ collection: 'payload-migrations', data: { name: 'dev', batch: -1 } })
    await expect(runMigrations(payload!)).rejects.toThrow(/im Entwicklungsmodus angelegt/)
    await payload!.db.deleteMany({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
  })
})

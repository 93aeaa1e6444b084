import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  createPostgresDatabase,
  dropPostgresDatabase,
  listPostgresDatabases,
} from '../../scripts/lib/postgres'
import { POSTGRES_TEMPLATE, POSTGRES_TEST_PREFIX } from './databases'

/**
 * vitest globalSetup of the "postgres" project: builds one template database with the committed
 * migrations (`npm run migrate`), from which every test file's own database is copied. Saves each
 * file Payload's schema push, whose introspection of ~150 tables takes most of a minute, and runs
 * every PostgreSQL test on the schema production gets.
 */
export default async function setup() {
  await dropPostgresDatabase(POSTGRES_TEMPLATE)
  const uri = await createPostgresDatabase(POSTGRES_TEMPLATE)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-template-'))
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URI: uri,
      DATA_DIR: dataDir,
      PAYLOAD_JOBS_AUTORUN: 'false',
      DISABLE_PAYLOAD_HMR: 'true',
    },
    encoding: 'utf8',
  })
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (run.status !== 0)
    throw new Error(`Vorlage-Datenbank: Migration fehlgeschlagen\n${run.stdout}\n${run.stderr}`)
  return async () => {
    await dropPostgresDatabase(POSTGRES_TEMPLATE)
    for (const name of await listPostgresDatabases(POSTGRES_TEST_PREFIX)) await dropPostgresDatabase(name)
  }
}

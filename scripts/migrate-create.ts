// `npm run migrate:create -- <name>`: after a schema change, writes the migration for both SQL
// dialects (SQLite and PostgreSQL) into cms/src/migrations/. Runs next to a throwaway PostgreSQL
// server (the npm script wraps it in scripts/with-postgres.sh); touches no existing database.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../cms/src/lib/paths'
import { createPostgresDatabase, dropPostgresDatabase } from './lib/postgres'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Bitte einen Namen angeben: npm run migrate:create -- vereinslogo_pflicht')
  process.exit(1)
}

const create = (env: Record<string, string>) => {
  const run = spawnSync(path.join(repoRoot, 'node_modules/.bin/payload'), ['migrate:create', name], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'),
      PAYLOAD_JOBS_AUTORUN: 'false',
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_ENV: 'development',
    },
  })
  if (run.error) console.error(`payload migrate:create: ${run.error.message}`)
  if (run.status !== 0) {
    console.error(`payload migrate:create endete mit ${run.status ?? run.signal}.`)
    process.exit(run.status ?? 1)
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-migrate-create-'))
const database = `nb_migrate_create_${process.pid}`
try {
  create({ DATA_DIR: dataDir, DATABASE_URI: '' })
  create({ DATA_DIR: dataDir, DATABASE_URI: await createPostgresDatabase(database) })
} finally {
  await dropPostgresDatabase(database)
  fs.rmSync(dataDir, { recursive: true, force: true })
}

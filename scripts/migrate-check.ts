// `npm run migrate:check`: fails when the Payload config changed the schema without a committed
// migration, for SQLite and PostgreSQL (each dialect in a process of its own, since the config
// picks its adapter on import). Connects to no database.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dialect = process.argv[2]
if (dialect === 'sqlite' || dialect === 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-migrate-check-'))
  process.env.DATA_DIR = dataDir
  // Never connected (disableDBConnect): the URI only selects the PostgreSQL adapter.
  process.env.DATABASE_URI = dialect === 'postgres' ? 'postgres://migrate-check@127.0.0.1:1/none' : ''
  process.env.PAYLOAD_MIGRATIONS = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const { unmigratedChanges } = await import('./lib/migrations')
  const payload = await getPayload({
    config,
    cron: false,
    disableDBConnect: true,
    disableOnInit: true,
  } as Parameters<typeof getPayload>[0])
  const changes = await unmigratedChanges(payload)
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (changes.length) {
    console.error(
      `${dialect}: Das Schema hat Änderungen ohne Migration (npm run migrate:create -- <name>):\n${changes.join('\n')}`,
    )
    process.exit(1)
  }
  console.log(`${dialect}: keine Schema-Änderungen ohne Migration.`)
  process.exit(0)
}

let failed = false
for (const kind of ['sqlite', 'postgres']) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, kind], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', PAYLOAD_JOBS_AUTORUN: 'false', DISABLE_PAYLOAD_HMR: 'true' },
  })
  if (run.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)

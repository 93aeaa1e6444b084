import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { chooseDatabase } from '../../cms/src/lib/database'

type Migration = { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }
type SqlAdapter = {
  pool?: { connect: () => Promise<{ query: (sql: string) => Promise<unknown>; release: () => void }> }
  migrate: (args: { migrations: Migration[] }) => Promise<void>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  drizzle: unknown
}

/** Any number; the same in every CMS process, so two that start at once migrate one after the other. */
const MIGRATION_LOCK = 7_407_314

/** The committed migrations of the configured database's dialect (none for MongoDB). */
export async function committedMigrations(): Promise<Migration[]> {
  const { kind } = chooseDatabase()
  if (kind === 'mongodb') return []
  const module =
    kind === 'postgres'
      ? await import('../../cms/src/migrations/postgres/index')
      : await import('../../cms/src/migrations/sqlite/index')
  return module.migrations as Migration[]
}

export class MigrationError extends Error {}

/**
 * Runs the pending migrations. On PostgreSQL under an advisory lock: a second CMS process that
 * starts at the same time waits, then finds nothing left to do. A database whose schema was pushed
 * in development mode is refused with a clear message: Payload would ask interactively whether to
 * accept data loss, and in a service without a terminal it would silently quit.
 */
export async function runMigrations(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as SqlAdapter
  const migrations = await committedMigrations()
  if (!migrations.length) return []
  const client = db.pool ? await db.pool.connect() : undefined
  try {
    await client?.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`)
    const applied = await appliedMigrations(db)
    if (applied.includes('dev')) {
      throw new MigrationError(
        'Die Datenbank wurde im Entwicklungsmodus angelegt (Schema-Push) und kennt die Migrationen nicht. ' +
          'Bitte eine Sicherung einspielen (npm run restore) oder eine neue, leere Datenbank verwenden.',
      )
    }
    const pending = migrations.filter((m) => !applied.includes(m.name)).map((m) => m.name)
    if (pending.length) await db.migrate({ migrations })
    return pending
  } finally {
    await client?.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {})
    client?.release()
  }
}

async function appliedMigrations(db: SqlAdapter): Promise<string[]> {
  try {
    const { rows } = await db.execute({
      drizzle: db.drizzle,
      raw: 'SELECT name, batch FROM payload_migrations',
    })
    return rows.map((row) => (Number(row.batch) === -1 ? 'dev' : String(row.name)))
  } catch {
    return [] // no table yet: a new database
  }
}

type SnapshotKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/**
 * SQL statements a new migration would contain: the model (Payload config) compared with the
 * snapshot of the newest committed migration, exactly as `payload migrate:create` compares them.
 * Empty when every schema change has its migration. Needs no database connection.
 */
export async function unmigratedChanges(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as {
    schema: unknown
    migrationDir: string
    requireDrizzleKit: () => SnapshotKit
  }
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest)
    throw new MigrationError(
      `Keine Migration in ${db.migrationDir}: bitte npm run migrate:create -- initial ausführen.`,
    )
  let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) as { version: string }
  if (upSnapshot && before.version < after.version) before = upSnapshot(before) as { version: string }
  return generateMigration(before, after)
}

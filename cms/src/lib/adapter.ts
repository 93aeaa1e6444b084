import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { setting } from '../config'
import { chooseDatabase, type DatabaseKind } from './database'
import { serializeJobClaims } from './jobClaims'
import { repoRoot } from './paths'
import { analyzeOnConnect } from './plannerStats'

/** Committed Payload migrations, one folder per SQL dialect (MongoDB needs none). */
export function migrationDir(kind: Exclude<DatabaseKind, 'mongodb'>): string {
  return path.join(repoRoot, 'cms/src/migrations', kind)
}

/**
 * Schema push (Payload compares the model with the tables and changes them in place) only where
 * losing a column costs nothing: development, seed and tests. Production never pushes; it runs the
 * committed migrations (`npm run migrate`, which `npm start` does before serving).
 */
export function pushSchema(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'production' && env.PAYLOAD_MIGRATIONS !== 'true'
}

export function databaseAdapter(uri = setting('DATABASE_URI')): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  const push = pushSchema()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  if (choice.kind === 'postgres') {
    // PostgreSQL keeps Payload's transactions: a request's writes commit together or not at all,
    // and row locks (not a file lock) let other saves and a second CMS process go on meanwhile.
    // Job claims are serialized across processes, so every job runs once (see jobClaims.ts).
    return serializeJobClaims(
      postgresAdapter({
        pool: { connectionString: choice.url, max: setting('DATABASE_POOL_MAX') },
        push,
        migrationDir: migrationDir('postgres'),
      }),
    )
  }
  // No transactions on SQLite (Payload's default there): a transaction that waits on real I/O
  // (image resizing, mail, a webhook) holds the file's write lock, and every other save in the same
  // process then fails at once with SQLITE_BUSY (tests/cms/content-model.test.ts shows it). Code
  // that must not leave half its writes undoes them itself there (the calendar import, the account
  // approval) and uses the transaction where the database has one.
  // WAL lets outside readers (a backup, a `sqlite3` shell) read while editors save, and the busy
  // timeout makes a save wait for a moment's lock instead of failing with "database is locked".
  // synchronous FULL: a save the API acknowledged survives a power cut, not only a crashed process.
  // Planner statistics on connect: without them list reads sort the whole table (plannerStats.ts).
  return analyzeOnConnect(
    sqliteAdapter({
      client: { url: choice.url },
      push,
      migrationDir: migrationDir('sqlite'),
      wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
      busyTimeout: 10_000,
    }),
  )
}

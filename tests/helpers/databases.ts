import type { Payload } from 'payload'

import { createPostgresDatabase } from '../../scripts/lib/postgres'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which database this test process runs on: the vitest project sets TEST_DATABASE. */
export function testDatabase(): TestDatabaseKind {
  if (process.env.TEST_DATABASE === 'postgres') return 'postgres'
  if (process.env.MONGODB_TEST_URI) return 'mongodb'
  return 'sqlite'
}

export type TestDatabase = { uri: string | undefined; drop: (payload?: Payload) => Promise<void> }

/** Every PostgreSQL test database is named so; the run's globalSetup drops them at the end. */
export const POSTGRES_TEST_PREFIX = 'nbtest_'

/** Built by tests/helpers/postgres-template.ts with the committed migrations, once per run. */
export const POSTGRES_TEMPLATE = 'nb_test_template'

/**
 * A database that only this test created: SQLite needs nothing (the file lives in the test's data
 * folder), PostgreSQL and MongoDB get a fresh database named after the data folder (on PostgreSQL a
 * copy of the migrated template, or empty), dropped at the end. Nothing here ever opens a database it did not create.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
  folder: string,
  options: { empty?: boolean } = {},
): Promise<TestDatabase> {
  const name = folder.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  if (kind === 'postgres') {
    const own = `${POSTGRES_TEST_PREFIX}${name}`
    const uri = await createPostgresDatabase(own, options.empty ? undefined : POSTGRES_TEMPLATE)
    // A copy of the migrated template: nothing to push (the migrations test proves they agree).
    if (!options.empty) process.env.PAYLOAD_MIGRATIONS = 'true'
    // Payload's destroy leaves the pool open, and ending it waits for every checked-out client;
    // the pool is ended in the background and the database dropped after the run, when no process
    // holds a connection any more (globalSetup's teardown drops every nbtest_ database).
    const drop = async (payload?: Payload) => {
      const pool = (
        payload?.db as
          { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } } | undefined
      )?.pool
      pool?.on('error', () => {})
      void pool?.end().catch(() => {})
    }
    return { uri, drop }
  }
  if (kind === 'mongodb') {
    const uri = process.env.MONGODB_TEST_URI!.replace(/\/[^/?]*(\?|$)/, `/${name}$1`)
    const drop = async () => {
      const { MongoClient } = await import('mongodb')
      const client = await MongoClient.connect(uri)
      await client.db().dropDatabase()
      await client.close()
    }
    return { uri, drop }
  }
  return { uri: undefined, drop: async () => {} }
}

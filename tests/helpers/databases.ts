import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which database this test process runs on: the vitest project sets TEST_DATABASE. */
export function testDatabase(): TestDatabaseKind {
  if (process.env.TEST_DATABASE === 'postgres') return 'postgres'
  if (process.env.MONGODB_TEST_URI) return 'mongodb'
  return 'sqlite'
}

export type TestDatabase = { uri: string | undefined; drop: () => Promise<void> }

const maintenance = () => {
  const url = process.env.POSTGRES_TEST_URL
  if (!url) throw new Error('TEST_DATABASE=postgres braucht POSTGRES_TEST_URL (siehe scripts/with-postgres.sh).')
  return url
}

/** A PostgreSQL URI for the database `name` on the test server. */
export function postgresUri(name: string): string {
  const url = new URL(maintenance())
  url.pathname = `/${name}`
  return url.toString()
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenance() })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function createPostgresDatabase(name: string): Promise<string> {
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`))
  return postgresUri(name)
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

/**
 * A database that only this test created: SQLite needs nothing (the file lives in the test's data
 * folder), PostgreSQL and MongoDB get a fresh database named after the data folder, dropped at the
 * end. Nothing here ever opens a database it did not create.
 */
export async function createTestDatabase(kind: TestDatabaseKind, folder: string): Promise<TestDatabase> {
  const name = folder.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  if (kind === 'postgres') {
    const uri = await createPostgresDatabase(name)
    return { uri, drop: () => dropPostgresDatabase(name) }
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

import pg from 'pg'

/** The server's maintenance database (POSTGRES_TEST_URL, set by scripts/with-postgres.sh). */
function maintenanceUrl(): string {
  const url = process.env.POSTGRES_TEST_URL
  if (!url) throw new Error('POSTGRES_TEST_URL fehlt: bitte über scripts/with-postgres.sh starten.')
  return url
}

/** The URI of database `name` on the same server as `base`. */
export function databaseUri(name: string, base = maintenanceUrl()): string {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>, base = maintenanceUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const identifier = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Ungültiger Datenbankname: ${name}`)
  return `"${name}"`
}

/** Creates database `name` (empty, or a copy of `template`) on the server of POSTGRES_TEST_URL; returns its URI. */
export async function createPostgresDatabase(name: string, template?: string): Promise<string> {
  await onServer((client) =>
    client.query(`CREATE DATABASE ${identifier(name)}${template ? ` TEMPLATE ${identifier(template)}` : ''}`),
  )
  return databaseUri(name)
}

/** Drops database `name` (one this process created), closing connections still open to it. */
export async function dropPostgresDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${identifier(name)} WITH (FORCE)`))
}

/** Names of the databases on the server that start with `prefix`. */
export async function listPostgresDatabases(prefix: string): Promise<string[]> {
  const { rows } = await onServer((client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
      prefix,
    ]),
  )
  return rows.map((row) => row.datname)
}

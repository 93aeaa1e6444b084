import type { DatabaseAdapterObj, Payload } from 'payload'

type Executes = {
  name: string
  client?: { execute: (sql: string) => Promise<unknown> }
  drizzle?: unknown
  execute?: (args: { drizzle?: unknown; raw: string }) => Promise<unknown>
}

/**
 * Refreshes the query planner's table statistics. SQLite has none until ANALYZE runs, and then
 * takes every equality index as highly selective: for `_status = 'published'` (true of nearly every
 * row) it reads all rows through that index and sorts them, building each row's locale and
 * relationship subqueries first. A published list of 20 events sorted by creation date took 2 s
 * of blocking work per request on 3,000 events (the event loop stood still, so at 32 clients no
 * read finished in the benchmark's window); with statistics it walks the created_at index and
 * stops after 20 rows (2 ms). analysis_limit keeps ANALYZE within milliseconds on large tables.
 * PostgreSQL's autovacuum keeps its own statistics; after a bulk load an ANALYZE saves the wait.
 */
export async function refreshPlannerStats(payload: Payload): Promise<void> {
  const db = payload.db as unknown as Executes
  if (db.name === 'sqlite') {
    await db.client!.execute('PRAGMA analysis_limit = 1000')
    await db.client!.execute('ANALYZE')
  } else if (db.name === 'postgres') {
    await db.execute!({ drizzle: db.drizzle, raw: 'ANALYZE' })
  }
}

/** SQLite: statistics on every connect, so a CMS (re)start never plans its reads without them. */
export function analyzeOnConnect(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      db.connect = async function (this: typeof db, ...rest: Parameters<NonNullable<typeof connect>>) {
        await connect?.apply(this, rest)
        await refreshPlannerStats(args.payload)
      }
      return db
    },
  }
}

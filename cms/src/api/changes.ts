import type { Config, PayloadRequest, Plugin } from 'payload'

import { afterCommit } from '../lib/afterCommit'
import { setting } from '../config'

/**
 * The content generation the read cache (./readCache.ts) keys its entries by: every change of
 * content, in this process or another one on the same database, moves it on, and an entry of an
 * older generation is never served.
 * - In this process: every write of the database adapter, right away (so no old entry is served
 *   from then on) and once more after the commit (PostgreSQL: a read between the write and the
 *   commit saw the old rows and may have stored them).
 * - Other processes on PostgreSQL: a NOTIFY after the commit, which every CMS process LISTENs for
 *   on one connection of its own. While that connection is down nothing is cached.
 * - Other processes on SQLite (a seed or import script next to the CMS): `PRAGMA data_version`,
 *   read per request, changes when another connection has committed.
 * MongoDB has neither: there the cache stays off.
 */

const channel = 'nb_content_changed'

let generation = 0
let sqliteVersion: number | undefined
type Listener = { state: 'starting' | 'listening' | 'down'; stop?: () => Promise<void> }
let listener: Listener | undefined

type SqlClient = { execute: (sql: string) => Promise<{ rows: unknown[][] | Record<string, unknown>[] }> }
type PgClient = {
  query: (sql: string) => Promise<unknown>
  on: (event: string, fn: (...args: unknown[]) => void) => void
  release: (error?: unknown) => void
}
type PgPool = { query: (sql: string) => Promise<unknown>; connect: () => Promise<PgClient> }
type Adapter = { name?: string; client?: SqlClient; pool?: PgPool }

const adapterOf = (req: { payload: { db: unknown } }) => req.payload.db as Adapter

export async function contentChanged(
  req: Partial<PayloadRequest> | undefined,
  payload: PayloadRequest['payload'],
): Promise<void> {
  generation++
  const announce = () => {
    generation++
    const db = adapterOf({ payload })
    if (db.pool && db.name === 'postgres')
      void db.pool.query(`NOTIFY ${channel}`).catch((error: unknown) => {
        payload.logger.error({ err: error }, 'read cache: NOTIFY failed')
      })
  }
  if (req?.payload) await afterCommit(req as PayloadRequest, announce)
  else announce()
}

/** Keeps one pool connection LISTENing; reconnects after a loss, with the cache off meanwhile. */
function listen(pool: PgPool, log: (error: unknown) => void) {
  const current: Listener = { state: 'starting' }
  listener = current
  let client: PgClient | undefined
  let stopped = false
  const lost = (error: unknown) => {
    if (current.state === 'down') return
    current.state = 'down'
    generation++
    const gone = client
    client = undefined
    gone?.release(error instanceof Error ? error : true)
    if (!stopped) {
      log(error)
      setTimeout(() => !stopped && listen(pool, log), 1000).unref()
    }
  }
  current.stop = async () => {
    stopped = true
    current.state = 'down'
    client?.release(true)
    client = undefined
  }
  void (async () => {
    try {
      client = await pool.connect()
      client.on('notification', () => void generation++)
      client.on('error', lost)
      client.on('end', () => lost(new Error('connection ended')))
      await client.query(`LISTEN ${channel}`)
      if (stopped) return client.release(true)
      generation++
      current.state = 'listening'
    } catch (error) {
      lost(error)
    }
  })()
}

/**
 * The generation to serve at, or null when the cache must not be used now (MongoDB, PostgreSQL
 * without its listening connection, or the cache turned off).
 */
export async function currentGeneration(payload: PayloadRequest['payload']): Promise<number | null> {
  const db = adapterOf({ payload })
  if (db.name === 'postgres') return listener?.state === 'listening' ? generation : null
  if (db.name === 'sqlite' && db.client) {
    const result = await db.client.execute('PRAGMA data_version')
    const row = result.rows[0] as unknown
    const value = Number(Array.isArray(row) ? row[0] : Object.values(row as object)[0])
    if (value !== sqliteVersion) {
      sqliteVersion = value
      generation++
    }
    return generation
  }
  return null
}

/** Generation now, without a database read: an entry is stored only if nothing changed meanwhile. */
export const generationNow = () => generation

/** The database adapter's writes: every one of them, hook or not, is a change (except these). */
const writes = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const
/** Bookkeeping no public read shows: logins, rate counters, jobs, locks, admin preferences. */
const bookkeeping = /^(users|rate-limits|payload-.*)$/

type WriteArgs = {
  collection?: string
  collectionSlug?: string
  global?: string
  globalSlug?: string
  req?: PayloadRequest
}

/**
 * Wraps the adapter's write methods (in onInit): every write goes through them, Payload's own
 * operations and the code that writes past the hooks (payload.db.updateOne) alike. On
 * PostgreSQL the listening connection is opened too.
 */
export const contentChangesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      const db = payload.db as unknown as Record<string, (args: WriteArgs) => Promise<unknown>> & Adapter
      for (const name of writes) {
        const write = db[name]
        if (typeof write !== 'function') continue
        db[name] = async (args: WriteArgs) => {
          const result = await write.call(db, args)
          const target = args?.collection ?? args?.collectionSlug ?? args?.global ?? args?.globalSlug ?? ''
          if (!bookkeeping.test(target)) await contentChanged(args?.req, payload)
          return result
        }
      }
      if (setting('API_READ_CACHE_SECONDS') > 0 && db.name === 'postgres' && db.pool) {
        await listener?.stop?.()
        listen(db.pool, (error) => payload.logger.warn({ err: error }, 'read cache: LISTEN connection lost'))
        // The listening connection is checked out of the pool: give it back when Payload closes.
        const destroy = payload.destroy.bind(payload)
        payload.destroy = async () => {
          await listener?.stop?.()
          return destroy()
        }
      }
    },
  })

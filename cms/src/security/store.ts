import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import {
  type RateLimiterAbstract,
  RateLimiterMongo,
  RateLimiterRes,
  type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible'
// The documented base class for custom stores; the package root declares but does not export it.
// @ts-expect-error no declaration of its own; typed as RateLimiterStoreAbstract below
import StoreBase from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

export type LimiterOptions = ConstructorParameters<typeof RateLimiterStoreAbstract>[0]
type IRateLimiterStoreOptions = LimiterOptions

type Row = { points: number | string; expire: number | string | null }
type Drizzle = { all?: (query: SQL) => Promise<Row[]>; execute?: (query: SQL) => Promise<{ rows: Row[] }> }

/**
 * rate-limiter-flexible store on the `rate-limits` collection's table through the drizzle
 * connection that Payload's SQL adapters (SQLite, PostgreSQL) expose. One atomic upsert per hit
 * (INSERT … ON CONFLICT DO UPDATE … RETURNING, valid in both dialects), so several CMS instances
 * count together.
 */
class PayloadSqlStore extends (StoreBase as unknown as typeof RateLimiterStoreAbstract) {
  private db: Drizzle
  private table: unknown

  constructor(opts: IRateLimiterStoreOptions & { payload: Payload }) {
    super(opts)
    const adapter = opts.payload.db as unknown as { drizzle: Drizzle; tables: Record<string, unknown> }
    this.db = adapter.drizzle
    this.table = adapter.tables.rate_limits
  }

  private async rows(query: SQL): Promise<Row[]> {
    if (typeof this.db.all === 'function') return this.db.all(query)
    return (await this.db.execute!(query)).rows
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row) {
    const points = Number(row.points)
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0)
    return new RateLimiterRes(
      Math.max(this.points - points, 0),
      msBeforeNext,
      points,
      points === changedPoints,
    )
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    const t = this.table
    const expired = sql`${t}."expire" IS NOT NULL AND ${t}."expire" <= ${now}`
    const set = forceExpire
      ? sql`"points" = ${points}, "expire" = ${expire}`
      : sql`"points" = CASE WHEN ${expired} THEN ${points} ELSE ${t}."points" + ${points} END,
            "expire" = CASE WHEN ${expired} THEN ${expire} ELSE ${t}."expire" END`
    const [row] = await this
      .rows(sql`INSERT INTO ${t} ("key", "points", "expire") VALUES (${key}, ${points}, ${expire})
      ON CONFLICT ("key") DO UPDATE SET ${set} RETURNING "points", "expire"`)
    return row
  }

  async _get(key: string) {
    const [row] = await this.rows(sql`SELECT "points", "expire" FROM ${this.table} WHERE "key" = ${key}
      AND ("expire" IS NULL OR "expire" > ${Date.now()})`)
    return row ?? null
  }

  async _delete(key: string) {
    const removed = await this.rows(sql`DELETE FROM ${this.table} WHERE "key" = ${key} RETURNING "key"`)
    return removed.length > 0
  }
}

/** Expired rows are dropped now and then, so the table stays small. */
export async function pruneSqlStore(payload: Payload) {
  const adapter = payload.db as unknown as { drizzle?: Drizzle; tables?: Record<string, unknown> }
  if (!adapter.drizzle || !adapter.tables?.rate_limits) return
  const query = sql`DELETE FROM ${adapter.tables.rate_limits} WHERE "expire" IS NOT NULL AND "expire" < ${Date.now() - 60 * 60_000}`
  if (typeof adapter.drizzle.all === 'function') await adapter.drizzle.all(query)
  else await adapter.drizzle.execute!(query)
}

/**
 * A limiter whose counts live in the CMS database: MongoDB through rate-limiter-flexible's own
 * Mongo store on Payload's connection, SQL adapters through the store above. Nothing else is
 * needed to run several CMS instances behind one proxy.
 */
export function databaseLimiter(payload: Payload, opts: IRateLimiterStoreOptions): RateLimiterAbstract {
  const db = payload.db as unknown as { name: string; connection?: unknown; drizzle?: unknown }
  if (db.name === 'mongoose') {
    return new RateLimiterMongo({ ...opts, storeClient: db.connection, tableName: 'rate_limits' })
  }
  if (db.drizzle) return new PayloadSqlStore({ ...opts, payload, storeClient: db.drizzle })
  throw new Error(`Rate limits: database adapter „${db.name}“ is not supported`)
}

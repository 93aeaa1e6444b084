import { type AnyColumn, and, eq, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { PayloadRequest, Where } from 'payload'

import { subscriptionsSlug } from './model'

const hourMs = 60 * 60 * 1000
/** Slack below the nominal period, so a digest a few minutes early by the cron still goes out. */
export const digestInterval = { daily: 20 * hourMs, weekly: (6 * 24 + 12) * hourMs }
const frequencies = ['daily', 'weekly'] as const

const iso = (ms: number) => new Date(ms).toISOString()

/** Confirmed, unclaimed, and its period since the last digest (or the confirmation) is over. */
export function dueWhere(nowMs: number): Where {
  return {
    and: [
      { confirmedAt: { exists: true } },
      { digestClaimedAt: { exists: false } },
      {
        or: frequencies.map((frequency): Where => {
          const before = iso(nowMs - digestInterval[frequency])
          return {
            and: [
              { frequency: { equals: frequency } },
              {
                or: [
                  { lastDigestAt: { less_than_equal: before } },
                  {
                    and: [{ lastDigestAt: { exists: false } }, { confirmedAt: { less_than_equal: before } }],
                  },
                ],
              },
            ],
          }
        }),
      },
    ],
  }
}

/** The columns used here of Payload's drizzle table for the collection (SQLite and PostgreSQL alike). */
type SqlTable = Record<'id' | 'confirmedAt' | 'digestClaimedAt' | 'lastDigestAt' | 'frequency', AnyColumn>
type SqlAdapter = {
  drizzle?: {
    update: (table: SqlTable) => {
      set: (values: Record<string, unknown>) => {
        where: (condition: SQL | undefined) => {
          returning: (fields: Record<string, AnyColumn>) => Promise<unknown[]>
        }
      }
    }
  }
  tables?: Record<string, SqlTable>
}

/** The same condition as dueWhere, as SQL for the one-statement claim. */
function dueSql(t: SqlTable, nowMs: number) {
  return and(
    isNotNull(t.confirmedAt),
    isNull(t.digestClaimedAt),
    or(
      ...frequencies.map((frequency) => {
        const before = iso(nowMs - digestInterval[frequency])
        return and(
          eq(t.frequency, frequency),
          or(lte(t.lastDigestAt, before), and(isNull(t.lastDigestAt), lte(t.confirmedAt, before))),
        )
      }),
    ),
  )
}

/**
 * Claims one subscription for this run: one UPDATE … WHERE id AND still due … RETURNING, so of two
 * runs (in one process or in two CMS processes on one database) exactly one gets the row, and a run
 * that read it before another run sent its digest finds it no longer due. Payload's update by
 * query reads first and writes after, which lets both runs through. The statement runs outside the
 * job's transaction (a task has none), so other runs see the claim at once.
 */
export async function claimSubscription(req: PayloadRequest, id: number, nowMs: number, at: string) {
  const db = req.payload.db as unknown as SqlAdapter
  const table = db.tables?.[subscriptionsSlug]
  if (db.drizzle && table) {
    const rows = await db.drizzle
      .update(table)
      .set({ digestClaimedAt: at })
      .where(and(eq(table.id, id), dueSql(table, nowMs)))
      .returning({ id: table.id })
    return rows.length === 1
  }
  // MongoDB: no shared statement here; claims of this process at least go one at a time.
  const turn = mongoClaims.then(async () => {
    const result = await req.payload.update({
      collection: subscriptionsSlug,
      where: { and: [{ id: { equals: id } }, dueWhere(nowMs)] },
      data: { digestClaimedAt: at },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return result.docs.length === 1
  })
  mongoClaims = turn.catch(() => false)
  return turn
}
let mongoClaims: Promise<unknown> = Promise.resolve()

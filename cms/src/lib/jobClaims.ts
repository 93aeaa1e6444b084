import type { DatabaseAdapterObj } from 'payload'

/** Any number, the same in every CMS process on the database. */
const JOB_CLAIM_LOCK = 7_407_315

type ClaimArgs = {
  data?: { processing?: boolean }
  req?: { transactionID?: number | string | Promise<number | string> }
}
type PostgresAdapter = {
  updateJobs: (args: ClaimArgs) => Promise<unknown>
  sessions: Record<string, { db: unknown }>
  execute: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>
}

/**
 * Makes Payload's job claim atomic across CMS processes on one PostgreSQL database. Payload claims
 * jobs by reading the unclaimed ones and then setting `processing` on each (in a transaction of its
 * own, but without a row lock), so two processes that run the queue at the same moment can both
 * claim, and run, the same scheduled publication, calendar import or site delivery. Here every
 * claim first takes a transaction-level advisory lock: the second claimer waits until the first has
 * committed, and its read then sees those jobs as taken. Only claims wait; the jobs run unlocked.
 */
export function serializeJobClaims(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const db = init(args) as unknown as PostgresAdapter
      const updateJobs = db.updateJobs
      db.updateJobs = async function (this: PostgresAdapter, claim: ClaimArgs) {
        const id =
          claim.req?.transactionID instanceof Promise
            ? await claim.req.transactionID
            : claim.req?.transactionID
        const session =
          claim.data?.processing === true && id !== undefined ? this.sessions[String(id)] : undefined
        if (session)
          await this.execute({ db: session.db, raw: `SELECT pg_advisory_xact_lock(${JOB_CLAIM_LOCK})` })
        return updateJobs.call(this, claim)
      }
      return db as never
    },
  }
}

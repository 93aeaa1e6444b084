import type { PayloadRequest } from 'payload'

type DrizzleSession = { resolve?: () => Promise<unknown> }

/**
 * Runs `fn` once the request's transaction has committed, or at once where there is none (SQLite,
 * the Local API without a transaction). Work that tells someone else to read what this request
 * wrote (the publish pump, a second process) must not run before the commit: on PostgreSQL the
 * reader would not see the rows yet and wait for its next poll.
 * Payload has no after-commit hook; its SQL adapters keep each open transaction in `db.sessions`
 * with the `resolve` that commits it, so the callback is chained onto that. MongoDB's sessions
 * have no such function: there `fn` runs at once (as before).
 */
export async function afterCommit(req: PayloadRequest, fn: () => void): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, DrizzleSession> }).sessions
  const session = id !== undefined && id !== null ? sessions?.[String(id)] : undefined
  if (!session || typeof session.resolve !== 'function') {
    fn()
    return
  }
  const commit = session.resolve
  session.resolve = async () => {
    const result = await commit()
    fn()
    return result
  }
}

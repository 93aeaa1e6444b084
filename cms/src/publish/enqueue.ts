// Queues the site delivery for a change: one job per burst of saves (see enqueueChange).
import type { Payload, PayloadRequest, Where } from 'payload'

import { afterCommit } from '../lib/afterCommit'
import { mergeChanges, type ChangeEntry, type DeliveryInput } from './changes'
import { pumpFor } from './pump'
import { debounceMs, maxWaitMs, PUBLISH_CONCURRENCY_KEY, PUBLISH_QUEUE, PUBLISH_TASK } from './settings'
import { writeStatus } from './status'

type PendingJob = {
  id: number | string
  createdAt?: string
  hasError?: boolean | null
  waitUntil?: string | null
  input?: Partial<DeliveryInput>
}

/**
 * When this process last queued a change, per Payload instance. Memory only, on purpose: after a
 * restart, or in a second CMS process, a change can be taken for the first after a quiet period
 * although another went out just before. That costs one extra immediate delivery at worst, which
 * is harmless: the build runner collapses builds that overlap.
 */
const lastChangeAt = new WeakMap<Payload, number>()

/** id and createdAt together: SQLite hands a deleted job's id to the next new job. */
const sameJob = (job: { id: number | string; createdAt?: string }): Where =>
  job.createdAt
    ? { and: [{ id: { equals: job.id } }, { createdAt: { equals: job.createdAt } }] }
    : { id: { equals: job.id } }

/**
 * Queues one delivery for the whole site that carries the change lists of all older deliveries not
 * yet started. Leading edge plus trailing coalescing: a change after a quiet period (no change from
 * this process within the debounce window, no delivery waiting) is due at once, so a single publish
 * goes out without waiting; changes that follow within the window are collected into one delivery
 * due after the window (debounce after the latest change, at most maxWait after the first). A burst
 * thus gives at most two deliveries: the first change at once, the rest together. A delivery that
 * is already due (the leading one not yet claimed, or one waiting for the runner) keeps its due
 * time when later changes join it: collecting never delays what could go out now.
 * The new job is written first and only then are exactly the merged jobs deleted, and only while no
 * runner has claimed them: Payload's own `supersedes` would delete every pending job of the key at
 * queue time, including one a concurrent save queued after our read (its change would be lost), and
 * jobs that gave up, whose changes the next delivery must still list. A job claimed meanwhile is
 * delivered on its own (its changes then go out twice, never zero times).
 * Uses the saving request, so where the adapter has transactions the job commits with the save.
 * Runs in afterChange/afterDelete, i.e. only after the document was written. Any error is logged
 * and swallowed: a failing trigger must never fail the save.
 */
export async function enqueueChange(req: PayloadRequest, change: Omit<ChangeEntry, 'at'>): Promise<void> {
  const payload = req.payload
  // Read and set before the first await, so an overlapping save in this process counts as a follower.
  const previousChangeAt = lastChangeAt.get(payload)
  const now = new Date()
  lastChangeAt.set(payload, now.getTime())
  try {
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { concurrencyKey: { equals: PUBLISH_CONCURRENCY_KEY } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
        ],
      },
      limit: 50,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
    })
    const merged = pending.docs as unknown as PendingJob[]
    // A delivery that gave up still hands its changes on, but not its age: the new burst gets its
    // own quiet window.
    const active = merged.filter((job) => !job.hasError)
    const input = mergeChanges(
      merged.map((job) =>
        job.hasError ? { changes: job.input?.changes, truncated: job.input?.truncated } : (job.input ?? {}),
      ),
      { ...change, at: now.toISOString() },
    )
    const quiet =
      active.length === 0 &&
      (previousChangeAt === undefined || now.getTime() - previousChangeAt >= debounceMs())
    const deadline = new Date(input.firstChangeAt).getTime() + maxWaitMs()
    const trailing = Math.max(now.getTime(), Math.min(now.getTime() + debounceMs(), deadline))
    const alreadyDue = active
      .map((job) => (job.waitUntil ? Date.parse(job.waitUntil) : now.getTime()))
      .filter((due) => due <= now.getTime())
    const keepsDue = !quiet && alreadyDue.length > 0
    let waitUntil = new Date(quiet ? now.getTime() : keepsDue ? Math.min(...alreadyDue) : trailing)
    const job = (await payload.jobs.queue({
      task: PUBLISH_TASK,
      queue: PUBLISH_QUEUE,
      input,
      waitUntil,
      req,
    })) as unknown as { id: number | string; createdAt?: string }
    if (merged.length > 0) {
      await payload.db.deleteMany({
        collection: 'payload-jobs',
        where: { and: [{ processing: { equals: false } }, { or: merged.map(sameJob) }] },
        req,
      })
    }
    if (keepsDue) {
      // The runner may have claimed the due job between our read and the delete: that delivery is
      // under way with the earlier changes, so this job is the burst's trailing one and waits for
      // its window instead of becoming a second immediate delivery.
      const { totalDocs: claimed } = await payload.count({
        collection: 'payload-jobs',
        where: { and: [{ processing: { equals: true } }, { or: active.map(sameJob) }] },
        overrideAccess: true,
        req,
      })
      if (claimed > 0) {
        waitUntil = new Date(trailing)
        await payload.db.updateMany({
          collection: 'payload-jobs',
          where: { and: [{ processing: { equals: false } }, sameJob(job)] },
          data: { waitUntil: waitUntil.toISOString() },
          returning: false,
          req,
        })
      }
    }
    // Once per burst, not per save: bulk imports publish thousands of documents in a row.
    if (active.length === 0) {
      await writeStatus(
        payload,
        {
          state: 'pending',
          lastChangeAt: now.toISOString(),
          message: 'Änderungen werden gesammelt und in wenigen Sekunden an die Website übermittelt.',
        },
        req,
      )
    }
    const due = waitUntil
    await afterCommit(req, () => pumpFor(payload)?.schedule(due))
  } catch (error) {
    payload.logger.error(
      { err: error },
      'Veröffentlichung: Neubau der Website konnte nicht vorgemerkt werden',
    )
  }
}

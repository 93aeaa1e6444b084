import type { PayloadRequest, TaskConfig } from 'payload'

import type { ContentLocale } from '../locales'
import type { Subscription } from '../payload-types'
import { claimSubscription, dueWhere } from './claim'
import { asDigestItems, type ContentItem, matching, publishedSince } from './digest'
import { digestMail, listHeaders, confirmValidHours } from './mails'
import { subscriptionsSlug } from './model'
import { links } from './links'
import { bulkMailer } from './mailer'
import { subscriptionLang } from './form'

const hourMs = 60 * 60 * 1000
/** A claim older than this is left from a run that broke off (restart): counted as sent. */
const staleClaimMs = hourMs
const batch = 500
/**
 * Digests in flight at once, each over one of as many pooled SMTP connections (./mailer.ts): a
 * transaction mostly waits on the network, so a few at a time divide the run's time; each
 * subscriber is still claimed on its own.
 */
const parallelSends = 4

/** Runs fn over items with at most `limit` calls at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

const iso = (ms: number) => new Date(ms).toISOString()

const finish = (req: PayloadRequest, id: number, at: string) =>
  req.payload.update({
    collection: subscriptionsSlug,
    id,
    data: { lastDigestAt: at, digestClaimedAt: null },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * One digest run. Per subscriber: claim (written before the mail), send, then record the time and
 * release. A restart between claim and release leaves the claim; the next run counts that digest
 * as sent, so nobody gets one twice (at most once: a mail lost in the crash is not repeated).
 */
export async function runDigest(req: PayloadRequest, nowMs = Date.now()) {
  const now = iso(nowMs)
  const stale = await req.payload.find({
    collection: subscriptionsSlug,
    where: { digestClaimedAt: { less_than: iso(nowMs - staleClaimMs) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const sub of stale.docs) await finish(req, sub.id, sub.digestClaimedAt!)

  const due = dueWhere(nowMs)
  // What was published in the longest window any due subscriber can have, once per language.
  const oldest = iso(nowMs - 8 * 24 * hourMs)
  const content: Partial<Record<ContentLocale, Promise<ContentItem[]>>> = {}
  const itemsFor = (lang: ContentLocale) => (content[lang] ??= publishedSince(req, oldest, lang))

  let sent = 0
  let skipped = 0
  let failed = 0
  // A cursor by id, not a list of ids done: a failed send stays due and must not be read again
  // in this run, and 10,000 ids would not fit into one statement's parameters.
  let after = 0
  const mailer = bulkMailer(req.payload, parallelSends)
  try {
    for (;;) {
      const page = await req.payload.find({
        collection: subscriptionsSlug,
        where: { and: [due, { id: { greater_than: after } }] },
        depth: 0,
        limit: batch,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      if (!page.docs.length) break
      const docs = page.docs as Subscription[]
      after = docs[docs.length - 1]!.id
      await eachLimited(docs, parallelSends, async (sub) => {
        if (!(await claimSubscription(req, sub.id, nowMs, now))) return
        const lang = subscriptionLang(sub.lang)
        const since = sub.lastDigestAt ?? sub.confirmedAt!
        const items = matching(sub, await itemsFor(lang), since)
        if (!items.length) {
          skipped += 1
          await finish(req, sub.id, now)
          return
        }
        const link = links(req, sub)
        const mail = digestMail(lang, asDigestItems(items, lang), link.manage)
        try {
          await mailer.send({ to: sub.email, ...mail, headers: listHeaders(link.unsubscribe) })
          sent += 1
          await finish(req, sub.id, now)
        } catch (error) {
          // Not sent: released without a time, so the next run tries again.
          failed += 1
          req.payload.logger.error({ err: error }, `Abonnement ${sub.id}: Zusammenfassung nicht gesendet`)
          await req.payload.update({
            collection: subscriptionsSlug,
            id: sub.id,
            data: { digestClaimedAt: null },
            overrideAccess: true,
            req,
          })
        }
      })
    }
  } finally {
    mailer.close()
  }
  return { sent, skipped, failed }
}

export const digestTask: TaskConfig = {
  slug: 'subscription-digest',
  label: 'Benachrichtigungen: tägliche und wöchentliche Zusammenfassung',
  schedule: [{ cron: '0 6 * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await runDigest(req) }),
}

/** Double opt-in: addresses not confirmed within 48 hours are deleted. */
export const unconfirmedCleanupTask: TaskConfig = {
  slug: 'subscription-cleanup',
  label: 'Benachrichtigungen: unbestätigte Adressen nach 48 Stunden löschen',
  schedule: [{ cron: '25 * * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const result = await req.payload.delete({
      collection: subscriptionsSlug,
      where: {
        and: [
          { confirmedAt: { exists: false } },
          { createdAt: { less_than_equal: iso(Date.now() - confirmValidHours * hourMs) } },
        ],
      },
      overrideAccess: true,
      req,
    })
    return { output: { deleted: result.docs.length } }
  },
}

export const subscriptionTasks = [digestTask, unconfirmedCleanupTask]

import type { PayloadRequest, TaskConfig } from 'payload'
import webpush, { WebPushError } from 'web-push'

import { siteUrl } from '../endpoints/publicForm'
import type { PushSubscription } from '../payload-types'
import type { ChangeEntry } from '../publish/changes'
import type { PublishListener } from '../publish/listeners'
import { contentItem, contentSources, type ContentItem, matching } from './digest'
import { pushSubscriptionsSlug } from './push'
import { vapidKeys } from './pushKeys'
import { subscriptionKinds, type SubscriptionKind } from './model'

export const pushTaskSlug = 'subscription-push'
const batch = 500
type Ref = { slug: string; id: number | string }

/**
 * Publish listener (see publish/listeners.ts): newly published events, offers and news go to the
 * push task in the default queue, so the delivery job itself never waits for push services.
 */
export const queuePush: PublishListener = async (payload, changes: ChangeEntry[]) => {
  const items: Ref[] = changes
    .filter((c) => !c.global && c.action === 'published' && c.id !== undefined)
    .filter((c) => contentSources.some((s) => s.collection === c.slug))
    .map((c) => ({ slug: c.slug, id: c.id! }))
  if (items.length) await payload.jobs.queue({ task: pushTaskSlug, input: { items } })
}

async function itemsOf(req: PayloadRequest, refs: Ref[], lang: 'de' | 'en'): Promise<ContentItem[]> {
  const items: ContentItem[] = []
  for (const source of contentSources) {
    const ids = refs.filter((r) => r.slug === source.collection).map((r) => r.id)
    if (!ids.length) continue
    const found = await req.payload.find({
      collection: source.collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      locale: lang,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) items.push(contentItem(source, doc))
  }
  return items
}

/** The notification the service worker shows (site/src/pwa/sw.ts reads the same fields). */
export type PushMessage = { title: string; body: string; url: string; lang: 'de' | 'en' }

const englishKinds: Record<SubscriptionKind, string> = {
  events: 'Event',
  offers: 'Volunteering',
  news: 'News',
  participation: 'Participation',
}

function messageFor(items: ContentItem[], lang: 'de' | 'en'): PushMessage {
  const prefix = `${siteUrl()}${lang === 'en' ? '/en' : ''}`
  const kind = (item: ContentItem) =>
    lang === 'en' ? englishKinds[item.kind] : subscriptionKinds.find((k) => k.value === item.kind)!.label
  if (items.length === 1) {
    const [item] = items as [ContentItem]
    return {
      title: item.title,
      body: `${kind(item)} – Unser Neubrandenburg`,
      url: `${prefix}${item.path}`,
      lang,
    }
  }
  return {
    title: lang === 'en' ? `${items.length} new posts for you` : `${items.length} neue Beiträge für Sie`,
    body: items
      .map((i) => i.title)
      .join(' · ')
      .slice(0, 300),
    url: `${prefix}/`,
    lang,
  }
}

/**
 * Sends one encrypted, VAPID-signed message to every browser whose choice matches. A push service
 * that answers 404 or 410 says the browser's subscription is gone: it is deleted. Other failures
 * are counted and logged; the next publication tries again.
 */
export async function sendPush(req: PayloadRequest, refs: Ref[]) {
  const keys = await vapidKeys(req.payload)
  const vapidDetails = { subject: vapidSubject(), ...keys }
  const content = { de: await itemsOf(req, refs, 'de'), en: await itemsOf(req, refs, 'en') }
  let sent = 0
  let removed = 0
  let failed = 0
  let after = 0
  for (;;) {
    const page = await req.payload.find({
      collection: pushSubscriptionsSlug,
      where: { id: { greater_than: after } },
      sort: 'id',
      limit: batch,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!page.docs.length) break
    for (const sub of page.docs as PushSubscription[]) {
      after = sub.id
      const lang = sub.lang === 'en' ? 'en' : 'de'
      const items = matching(sub, content[lang], '')
      if (!items.length) continue
      try {
        await webpush.sendNotification(
          { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
          JSON.stringify(messageFor(items, lang)),
          { vapidDetails, TTL: 24 * 3600, contentEncoding: 'aes128gcm', timeout: 10_000 },
        )
        sent += 1
      } catch (error) {
        if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
          removed += 1
          await req.payload.delete({
            collection: pushSubscriptionsSlug,
            id: sub.id,
            overrideAccess: true,
            req,
          })
          continue
        }
        failed += 1
        req.payload.logger.error({ err: error }, `Push-Abonnement ${sub.id}: Mitteilung nicht gesendet`)
      }
    }
  }
  return { sent, removed, failed }
}

/** RFC 8292: a contact for the push services, https or mailto. */
function vapidSubject(): string {
  const site = siteUrl()
  return site.startsWith('https://') ? site : 'mailto:redaktion@unser-nb.de'
}

export const pushTask: TaskConfig = {
  slug: pushTaskSlug,
  label: 'Benachrichtigungen: Push-Mitteilungen zu neu Veröffentlichtem',
  retries: 0,
  inputSchema: [{ name: 'items', type: 'json', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'removed', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ input, req }) => ({ output: await sendPush(req, (input as { items: Ref[] }).items) }),
}

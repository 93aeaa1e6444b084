import type { PayloadRequest, TaskConfig } from 'payload'
import webpush, { WebPushError } from 'web-push'

import { siteUrl } from '../endpoints/publicForm'
import type { PushSubscription } from '../payload-types'
import type { ChangeEntry } from '../publish/changes'
import type { PublishListener } from '../publish/listeners'
import { formTexts } from '../i18n/forms'
import { pluralText } from '../i18n/plural'
import { type ContentLocale, localeInfo, sitePath } from '../locales'
import { contentSources, type ContentItem, itemsIn, itemUrl, matching } from './digest'
import { subscriptionLang } from './form'
import { pushSubscriptionsSlug } from './push'
import { vapidKeys } from './pushKeys'

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

const itemsOf = (req: PayloadRequest, refs: Ref[], lang: ContentLocale) =>
  itemsIn(
    req,
    (source) => {
      const ids = refs.filter((r) => r.slug === source.collection).map((r) => r.id)
      return ids.length ? { id: { in: ids } } : null
    },
    lang,
  )

/** The notification the service worker shows (site/src/pwa/sw.ts reads the same fields). */
export type PushMessage = { title: string; body: string; url: string; lang: ContentLocale }

function messageFor(items: ContentItem[], lang: ContentLocale): PushMessage {
  const t = formTexts(lang).subscribe
  if (items.length === 1) {
    const [item] = items as [ContentItem]
    return {
      title: item.title,
      body: `${t.kinds[item.kind]} – Unser Neubrandenburg`,
      url: itemUrl(item, lang),
      lang,
    }
  }
  return {
    title: pluralText(localeInfo(lang).intl, t.push, items.length),
    body: items
      .map((i) => i.title)
      .join(' · ')
      .slice(0, 300),
    url: `${siteUrl()}${sitePath(lang)}`,
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
  // Each language once, when the first subscriber of that language comes.
  const content: Partial<Record<ContentLocale, Promise<ContentItem[]>>> = {}
  const itemsFor = (lang: ContentLocale) => (content[lang] ??= itemsOf(req, refs, lang))
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
      const lang = subscriptionLang(sub.lang)
      const items = matching(sub, await itemsFor(lang), '')
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

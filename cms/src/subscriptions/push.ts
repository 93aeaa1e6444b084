import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { setting } from '../config'
import { clientAddress } from '../security/clientAddress'
import { hit, limitKey } from '../security/limiter'
import { checkChoice, readChoiceBody, subscriptionLang } from './form'
import { vapidKeys } from './pushKeys'
import { choiceFields, langField } from './model'

export const pushSubscriptionsSlug = 'push-subscriptions'

/** The push services of the browsers in use (Chrome/Edge/Opera, Firefox, Windows, Safari). */
const defaultPushHosts = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '.notify.windows.com',
  'web.push.apple.com',
]

/**
 * Only a known push service's https address is taken as an endpoint: the CMS posts to it, and an
 * arbitrary URL would make the CMS a tool for requests into other networks.
 */
export function allowedEndpoint(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  const hosts = setting('PUSH_SERVICE_HOSTS')
    ? setting('PUSH_SERVICE_HOSTS')!
        .split(',')
        .map((h) => h.trim().toLowerCase())
    : defaultPushHosts
  const host = url.hostname.toLowerCase()
  return (
    url.protocol === 'https:' &&
    value.length <= 1000 &&
    hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h))
  )
}

const base64url = /^[A-Za-z0-9_-]{16,200}$/

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

const message = {
  tooMany:
    'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es später noch einmal.',
  invalid: 'Ihr Browser hat keine gültige Push-Anmeldung geschickt. Bitte laden Sie die Seite neu.',
  saved: 'Push-Mitteilungen sind in diesem Browser eingeschaltet.',
  removed: 'Push-Mitteilungen sind in diesem Browser ausgeschaltet.',
}

/** POST …/subscribe: the browser's PushSubscription (JSON) and the same choice as the e-mail form. */
async function subscribe(req: PayloadRequest): Promise<Response> {
  if (await hit(req.payload, 'enquiryClient', limitKey(clientAddress(req.headers))))
    return json(429, { message: message.tooMany })
  const raw = await readChoiceBody(req)
  if (!raw) return json(413, { message: message.invalid })
  const endpoint = raw.endpoint?.[0] ?? ''
  const p256dh = raw.p256dh?.[0] ?? ''
  const auth = raw.auth?.[0] ?? ''
  const lang = subscriptionLang(raw.lang?.[0] ?? '')
  if (!allowedEndpoint(endpoint) || !base64url.test(p256dh) || !base64url.test(auth))
    return json(400, { message: message.invalid, errors: [{ field: 'push', message: message.invalid }] })
  const choice = checkChoice(raw, lang)
  if (!choice.ok) return json(400, { message: choice.errors[0]!.message, errors: choice.errors })
  const { frequency: _frequency, ...follows } = choice.choice
  // One row per browser: a new choice from the same browser replaces the old one.
  await req.payload.delete({
    collection: pushSubscriptionsSlug,
    where: { endpoint: { equals: endpoint } },
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: pushSubscriptionsSlug,
    data: { endpoint, p256dh, auth, lang, ...follows },
    overrideAccess: true,
    req,
  })
  return json(201, { message: message.saved })
}

/** POST …/unsubscribe: the endpoint is the browser's secret; whoever has it may switch it off. */
async function unsubscribe(req: PayloadRequest): Promise<Response> {
  const raw = await readChoiceBody(req)
  const endpoint = raw?.endpoint?.[0] ?? ''
  if (endpoint)
    await req.payload.delete({
      collection: pushSubscriptionsSlug,
      where: { endpoint: { equals: endpoint } },
      overrideAccess: true,
      req,
    })
  return json(200, { message: message.removed })
}

const endpoints: Endpoint[] = [
  // The public VAPID key, which the browser needs to subscribe (the private key never leaves the database).
  {
    path: '/key',
    method: 'get',
    handler: async (req) => json(200, { publicKey: (await vapidKeys(req.payload)).publicKey }),
  },
  { path: '/subscribe', method: 'post', handler: subscribe },
  { path: '/unsubscribe', method: 'post', handler: unsubscribe },
]

/**
 * Browsers that receive push messages: the push service's address and the browser's keys (which
 * encrypt each message for it) and the choice. No address, no name. Nobody reads them through the
 * API or the admin; only the CMS's own code does.
 */
export const PushSubscriptions: CollectionConfig = {
  slug: pushSubscriptionsSlug,
  labels: { singular: 'Push-Abonnement', plural: 'Push-Abonnements' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  endpoints,
  fields: [
    { name: 'endpoint', type: 'text', required: true, unique: true, index: true },
    { name: 'p256dh', type: 'text', required: true },
    { name: 'auth', type: 'text', required: true },
    langField,
    ...choiceFields,
  ],
}

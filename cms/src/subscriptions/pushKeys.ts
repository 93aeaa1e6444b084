import type { CollectionConfig, Payload } from 'payload'
import webpush from 'web-push'

export const pushKeysSlug = 'push-keys'
const name = 'vapid'

/**
 * The VAPID key pair that signs every push message (RFC 8292). Generated once, on first need, and
 * kept in the database, so every CMS process and every restart signs with the same key, and the
 * browsers' subscriptions (made for the public key) stay valid. Never in the repository or the
 * environment; nobody reads it through the API.
 */
export const PushKeys: CollectionConfig = {
  slug: pushKeysSlug,
  labels: { singular: 'Push-Schlüssel', plural: 'Push-Schlüssel' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'publicKey', type: 'text', required: true },
    { name: 'privateKey', type: 'text', required: true },
  ],
}

type Keys = { publicKey: string; privateKey: string }
const cache = new WeakMap<Payload, Keys>()

async function stored(payload: Payload): Promise<Keys | null> {
  const found = await payload.find({
    collection: pushKeysSlug,
    where: { name: { equals: name } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = found.docs[0]
  return doc ? { publicKey: doc.publicKey, privateKey: doc.privateKey } : null
}

export async function vapidKeys(payload: Payload): Promise<Keys> {
  const known = cache.get(payload) ?? (await stored(payload))
  if (known) {
    cache.set(payload, known)
    return known
  }
  const keys = webpush.generateVAPIDKeys()
  try {
    await payload.create({ collection: pushKeysSlug, data: { name, ...keys }, overrideAccess: true })
  } catch (error) {
    // Another process stored its pair first (the name is unique): use that one.
    const other = await stored(payload)
    if (!other) throw error
    cache.set(payload, other)
    return other
  }
  cache.set(payload, keys)
  return keys
}

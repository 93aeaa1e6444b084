import crypto from 'node:crypto'

/** Header names of the generic build webhook; the build runner reads the same constants. */
export const SIGNATURE_HEADER = 'x-webhook-signature'
export const TIMESTAMP_HEADER = 'x-webhook-timestamp'

/** Requests older (or further in the future) than this are replays or broken clocks. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60

/**
 * HMAC-SHA256 over `<timestamp>.<body>`: binding the timestamp into the signature means an
 * attacker cannot replay an old body with a fresh timestamp.
 */
export function signPayload(secret: string, timestamp: number, body: string | Buffer): string {
  const mac = crypto.createHmac('sha256', secret)
  mac.update(`${timestamp}.`)
  mac.update(body)
  return `sha256=${mac.digest('hex')}`
}

export function signedHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000)
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signPayload(secret, timestamp, body) }
}

export type VerifyResult =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'mismatch'; message: string }

/** Checks signature and age in constant time; `message` is German because operators read it in logs. */
export function verifySignature(options: {
  secret: string
  body: Buffer | string
  signature: string | undefined | null
  timestamp: string | undefined | null
  now?: number
  maxAgeSeconds?: number
}): VerifyResult {
  const { secret, body, signature, timestamp } = options
  if (!signature || !timestamp) {
    return { ok: false, reason: 'missing', message: 'Signatur oder Zeitstempel fehlt.' }
  }
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: 'malformed', message: 'Signatur oder Zeitstempel hat ein ungültiges Format.' }
  }
  const ts = Number(timestamp)
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000)
  if (Math.abs(nowSeconds - ts) > (options.maxAgeSeconds ?? MAX_SIGNATURE_AGE_SECONDS)) {
    return {
      ok: false,
      reason: 'expired',
      message: 'Zeitstempel ist älter als 5 Minuten oder liegt in der Zukunft.',
    }
  }
  const expected = Buffer.from(signPayload(secret, ts, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'mismatch', message: 'Signatur stimmt nicht.' }
  }
  return { ok: true, timestamp: ts }
}

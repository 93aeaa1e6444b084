import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { setting } from '../config'
import { databaseLimiter, type LimiterOptions, pruneSqlStore } from './store'

/**
 * Every rate limit of the CMS, in one place, on rate-limiter-flexible. The limits that protect
 * accounts and mailboxes (login, password reset, account form) count in the database, so they
 * hold across CMS instances; the request limit of the API guards one process's CPU and counts in
 * that process's memory (each instance has its own capacity; a database write per request would
 * cost more than it saves).
 *
 * Keys carry a hash of client address and e-mail, never the values themselves (DSGVO).
 */

type Definition = { points: number; duration: number; store: 'memory' | 'database' }

/** Read when a limiter is first used, so tests and deployments can set them through env. */
export const limits = {
  /** Requests to /api per client (GraphQL costs more, see guard.ts), per minute. */
  api: (): Definition => ({ points: setting('API_RATE_LIMIT'), duration: 60, store: 'memory' }),
  /** Failed logins per client and e-mail: that client is refused for that account. */
  loginClientAccount: (): Definition => ({ points: 5, duration: 15 * 60, store: 'database' }),
  /** Failed logins per client over all accounts (address spraying). */
  loginClient: (): Definition => ({
    points: setting('LOGIN_CLIENT_LIMIT'),
    duration: 15 * 60,
    store: 'database',
  }),
  /** Failed logins per e-mail from all clients: the account is locked, the owner gets a link. */
  loginAccount: (): Definition => ({
    points: setting('LOGIN_ACCOUNT_LOCK_AFTER'),
    duration: 15 * 60,
    store: 'database',
  }),
  /** Bumped when an account is unlocked: gives every client a fresh count for it. */
  loginEpoch: (): Definition => ({ points: Number.MAX_SAFE_INTEGER, duration: 0, store: 'database' }),
  /** "Passwort vergessen" mails per e-mail. */
  resetMail: (): Definition => ({ points: 3, duration: 15 * 60, store: 'database' }),
  /** Enquiries to clubs through the site's form, per client and per sender address. */
  enquiryClient: (): Definition => ({
    points: setting('ENQUIRY_LIMIT'),
    duration: setting('ENQUIRY_WINDOW_MINUTES') * 60,
    store: 'database',
  }),
  enquiryAddress: (): Definition => ({
    points: setting('ENQUIRY_LIMIT_PER_ADDRESS'),
    duration: 24 * 60 * 60,
    store: 'database',
  }),
  /** Account requests through the public form per client. */
  accountRequest: (): Definition => ({
    points: setting('ACCOUNT_REQUEST_LIMIT'),
    duration: setting('ACCOUNT_REQUEST_WINDOW_MINUTES') * 60,
    store: 'database',
  }),
} as const

export type LimitName = keyof typeof limits

const instances = new WeakMap<Payload, Map<LimitName, RateLimiterAbstract>>()
let pruneTimer: NodeJS.Timeout | undefined

export function limiter(payload: Payload, name: LimitName): RateLimiterAbstract {
  let byName = instances.get(payload)
  if (!byName) instances.set(payload, (byName = new Map()))
  let found = byName.get(name)
  if (found) return found
  const { points, duration, store } = limits[name]()
  const opts = { keyPrefix: name, points, duration } as LimiterOptions
  found = store === 'memory' ? new RateLimiterMemory(opts) : databaseLimiter(payload, opts)
  byName.set(name, found)
  if (store === 'database' && !pruneTimer) {
    pruneTimer = setInterval(() => void pruneSqlStore(payload).catch(() => undefined), 60 * 60_000)
    pruneTimer.unref()
  }
  return found
}

/** Key material is hashed: the table holds no addresses or e-mails. */
export const limitKey = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32)

/** Consumes points; returns the seconds to wait when over the limit, else 0. */
export async function hit(payload: Payload, name: LimitName, key: string, points = 1): Promise<number> {
  try {
    await limiter(payload, name).consume(key, points)
    return 0
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}

/** Seconds until the key may be used again (0 when it is under its limit), without consuming. */
export async function waitFor(payload: Payload, name: LimitName, key: string): Promise<number> {
  const res = await limiter(payload, name).get(key)
  if (!res || res.consumedPoints < limiter(payload, name).points) return 0
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
}

export const refund = (payload: Payload, name: LimitName, key: string, points = 1) =>
  limiter(payload, name).reward(key, points)
export const forget = (payload: Payload, name: LimitName, key: string) => limiter(payload, name).delete(key)

/** "in 5 Minuten" / "in 1 Minute" for German messages. */
export const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return `in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`
}

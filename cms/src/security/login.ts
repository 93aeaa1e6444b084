import { createHmac, pbkdf2, timingSafeEqual } from 'node:crypto'

import {
  APIError,
  AuthenticationError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { adminUrl } from '../email/links'
import { clientAddress } from './clientAddress'
import { forget, hit, inMinutes, limiter, limitKey, limits, refund } from './limiter'

/**
 * Login defences (issue 12, finding 4):
 * - the same work and answer for existing and missing accounts: a missing account costs one
 *   password hash like a wrong password (Payload's 600,000 PBKDF2 rounds), both count the same
 *   limits, both get Payload's "E-Mail oder Passwort falsch";
 * - per client: 5 failed tries for one account (then that client is refused for it), 30 over all
 *   accounts, for 15 minutes; other clients, the owner's among them, are not affected;
 * - per account: after LOGIN_ACCOUNT_LOCK_AFTER (20) failures from all clients within 15
 *   minutes the account is locked for everyone, and its owner gets a mail with a link that lifts
 *   the lock at once (routes in liftLock.ts). Refused tries do not count towards it;
 * - every refusal says the same, whether or not the account exists.
 * Attempts are counted before the password is checked and refunded on success, so parallel
 * guesses cannot slip past the count.
 */

const lockedMessage = (seconds: number) =>
  `Zu viele fehlgeschlagene Anmeldeversuche: Die Anmeldung ist vorübergehend gesperrt. Bitte versuchen Sie es ${inMinutes(seconds)} noch einmal oder setzen Sie Ihr Passwort über „Passwort vergessen?“ zurück.`
const locked = (seconds: number) => new APIError(lockedMessage(seconds), 401, undefined, true)

/** Payload's current password hash parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). */
const hashRounds = 600_000
const hashLength = 32
const dummySalt = 'c1a7f0e0d2b34a5f8e6d4c3b2a190817'

const emailOf = (data: unknown) => {
  const value = (data as { email?: unknown } | undefined)?.email
  return typeof value === 'string' ? value.trim().toLowerCase() : ''
}

type Keys = { client: string; clientAccount: string; account: string }

async function keysFor(req: PayloadRequest, email: string): Promise<Keys> {
  const address = clientAddress(req.headers)
  const account = limitKey(email)
  // Unlocking bumps the account's epoch, which gives every client a fresh count for it.
  const epoch = (await limiter(req.payload, 'loginEpoch').get(account))?.consumedPoints ?? 0
  return { client: limitKey(address), clientAccount: limitKey(address, email, String(epoch)), account }
}

export const guardLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { data } = args as { data?: { email?: unknown; password?: unknown } }
  const email = emailOf(data)
  const password = data?.password
  // Payload answers a missing field itself.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const keys = await keysFor(req, email)
  const { payload } = req

  // An account whose failures from all clients reached the limit is locked for everyone.
  const accountLimiter = limiter(payload, 'loginAccount')
  const account = await accountLimiter.get(keys.account)
  if (account && account.consumedPoints >= accountLimiter.points) {
    throw locked(
      await lockAccount(
        req,
        email,
        account.consumedPoints > accountLimiter.points ? account.msBeforeNext : 0,
      ),
    )
  }

  let wait = await hit(payload, 'loginClientAccount', keys.clientAccount)
  if (wait) throw locked(wait)
  wait = await hit(payload, 'loginClient', keys.client)
  if (wait) {
    await refund(payload, 'loginClientAccount', keys.clientAccount)
    throw locked(wait)
  }
  // Counted only for tries that get their password checked: refused ones cannot lock the account.
  wait = await hit(payload, 'loginAccount', keys.account)
  if (wait) throw locked(await lockAccount(req, email, 0))

  const user = await payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now()) {
    throw locked((new Date(user.lockUntil).getTime() - Date.now()) / 1000)
  }
  if (!user) {
    // As long as checking a real password, then the same answer as for a wrong one.
    await new Promise((resolve) => pbkdf2(password, dummySalt, hashRounds, hashLength, 'sha256', resolve))
    throw new AuthenticationError(req.t)
  }
  return args
}

/** A successful login gives back what its attempt counted. */
export const afterLogin: CollectionAfterOperationHook<'users'> = async ({ args, operation, req, result }) => {
  if (operation !== 'login') return result
  const email = emailOf((args as { data?: unknown }).data)
  if (!email) return result
  const keys = await keysFor(req, email)
  await Promise.all([
    forget(req.payload, 'loginClientAccount', keys.clientAccount),
    refund(req.payload, 'loginClient', keys.client),
    refund(req.payload, 'loginAccount', keys.account),
  ])
  return result
}

/** Lifting a lock (staff's "unlock", the owner's mailed link, a password reset) starts afresh. */
export async function liftLoginLimits(req: PayloadRequest, email: string) {
  const account = limitKey(email.trim().toLowerCase())
  await limiter(req.payload, 'loginEpoch').penalty(account, 1)
  await forget(req.payload, 'loginAccount', account)
}

export const afterUnlock: CollectionAfterOperationHook<'users'> = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' && operation !== 'resetPassword') return result
  if (operation === 'unlock') {
    const email = emailOf((args as { data?: unknown }).data)
    if (email && result) await liftLoginLimits(req, email)
  } else {
    // A new password set through the mailed link also ends a lock.
    const user = (result as { user?: { id?: number | string; email?: string } } | undefined)?.user
    if (user?.email && user.id !== undefined) {
      await req.payload.db.updateOne({
        collection: 'users',
        id: user.id,
        data: { lockUntil: null, loginAttempts: 0 },
        req,
        returning: false,
      })
      await liftLoginLimits(req, user.email)
    }
  }
  return result
}

/** Signs the lift-lock link: valid for exactly this lock of this account. */
export const liftToken = (secret: string, id: number | string, lockUntil: string) =>
  createHmac('sha256', secret).update(`lift-lock:${id}:${lockUntil}`).digest('hex')

export const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Locks the account for 15 minutes when its count has just reached the limit (`lockedFor` 0),
 * for existing and missing accounts alike; an existing account's owner gets the mail with the
 * link that lifts the lock. A lock in force (`lockedFor` its milliseconds left) only reports the
 * time. Returns the seconds left.
 */
async function lockAccount(req: PayloadRequest, email: string, lockedFor: number): Promise<number> {
  if (lockedFor > 0) return Math.max(1, lockedFor / 1000)
  const accountLimiter = limiter(req.payload, 'loginAccount')
  const key = limitKey(email)
  const seconds = limits.loginAccount().duration
  await accountLimiter.block(key, seconds)
  const user = await req.payload.db.findOne<{ id: number | string }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (user) await mailLiftLink(req, user.id, email, seconds * 1000)
  return seconds
}

async function mailLiftLink(req: PayloadRequest, id: number | string, email: string, ms: number) {
  const lockUntil = new Date(Date.now() + ms).toISOString()
  await req.payload.db.updateOne({ collection: 'users', id, data: { lockUntil }, req, returning: false })
  const link = `${adminUrl(req, '').replace(/\/admin$/, '')}${req.payload.config.routes.api}/users/lift-lock?id=${encodeURIComponent(String(id))}&token=${liftToken(req.payload.secret, id, lockUntil)}`
  const text = [
    'Guten Tag,',
    '',
    'für Ihr Konto bei „Unser Neubrandenburg“ gab es viele fehlgeschlagene Anmeldeversuche. Zu Ihrem Schutz ist die Anmeldung deshalb vorübergehend gesperrt.',
    '',
    `Wenn Sie sich jetzt anmelden möchten, heben Sie die Sperre mit diesem Link auf: ${link}`,
    '',
    'Wenn Sie die Versuche nicht selbst unternommen haben, versucht vermutlich jemand, Ihr Passwort zu erraten. Ihr Passwort ist dadurch nicht bekannt geworden; ein langes, einzigartiges Passwort schützt Sie.',
  ].join('\n')
  // Sent in the background: the refusal must take as long for missing accounts.
  void req.payload
    .sendEmail({ to: email, subject: 'Anmeldung vorübergehend gesperrt – Unser Neubrandenburg', text })
    .catch((error: unknown) => req.payload.logger.error({ err: error }, 'Sperr-Mail nicht gesendet'))
}

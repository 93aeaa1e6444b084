import crypto from 'node:crypto'

import type { Payload } from 'payload'

/**
 * Link tokens of a subscription. The token is HMAC(CMS secret, purpose + salt); the collection
 * keeps the salt and SHA-256 of the token. A copy of the database alone gives no working link,
 * and the CMS can still put the manage link into every digest without storing it.
 */
export type TokenPurpose = 'manage' | 'calendar'

export const newSalt = () => crypto.randomBytes(18).toString('base64url')
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')
export const tokenFor = (payload: Payload, purpose: TokenPurpose, salt: string) =>
  crypto.createHmac('sha256', payload.secret).update(`${purpose}:${salt}`).digest('base64url')

export function issue(payload: Payload, purpose: TokenPurpose) {
  const salt = newSalt()
  const token = tokenFor(payload, purpose, salt)
  return { salt, token, hash: hashToken(token) }
}

/** A plausible token (43 base64url characters), before any database look-up. */
export const wellFormed = (token: string) => /^[A-Za-z0-9_-]{40,50}$/.test(token)

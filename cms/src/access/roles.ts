import type { Access, Condition, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

export const roles = ['admin', 'editor', 'association'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | User | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role = (user as User | null | undefined)?.role
  return Boolean(role && (allowed as string[]).includes(role))
}

/** City staff: the editorial team and administrators. */
export const isStaff = (user: MaybeUser) => hasRole(user, 'admin', 'editor')

export const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin')
export const staffOnly: Access = ({ req }) => isStaff(req.user)
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/** A club volunteer: may work on the associations listed on their account, nothing else. */
export const isAssociationMember = (user: MaybeUser) => hasRole(user, 'association')

/** Ids of the associations a user belongs to, read from the token (saveToJWT) or a loaded user. */
export function memberAssociationIds(user: MaybeUser): (number | string)[] {
  const list = (user as User | null | undefined)?.associations
  if (!Array.isArray(list)) return []
  return list
    .map((entry) => (typeof entry === 'object' && entry !== null ? entry.id : entry))
    .filter((id): id is number => id !== null && id !== undefined)
}

/** Anyone logged in; used for fields the public must not see (review notes, trust flags). */
export const loggedInField: FieldAccess = ({ req }) => Boolean(req.user)

/** For access hooks that receive only the request (e.g. Payload's job queue). */
export const staffRequest = ({ req }: { req: PayloadRequest }) => isStaff(req.user)

/**
 * Admin condition for fields only staff can change: club members would see them disabled and
 * wonder why, so the admin leaves them out for them (the values stay in the form and on the server).
 * It hides them from club members only: Payload skips a field's validation where its condition
 * fails, so for system writes (no user) and staff the field stays visible and validated.
 */
export const staffOnlyInAdmin: Condition = (_data, _siblingData, { user }) =>
  !isAssociationMember(user) || isStaff(user)

/**
 * Admin navigation: directories, fixed pages and settings are the editors' business. Club members
 * can read them (they are public) but see only what they maintain, so their menu stays short.
 */
export const hiddenFromClubs = ({ user }: { user: unknown }) => !isStaff(user as MaybeUser)

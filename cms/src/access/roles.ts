import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

export const roles = ['admin', 'editor'] as const
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

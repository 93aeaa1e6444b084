import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins manage all accounts; everybody else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Who may see and manage which accounts:
 * - admins: all accounts;
 * - editors: their own account and the club accounts (role "association"), nothing else;
 * - everybody else: only their own account.
 */
const ownAccount = (id: number | string): Where => ({ id: { equals: id } })
const clubAccounts: Where = { role: { equals: 'association' } }

export const readOrUpdateUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { or: [ownAccount(req.user.id), clubAccounts] }
  return ownAccount(req.user.id)
}

export const createUsers: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  // Editors create club accounts only; a missing role falls back to "association" (the default).
  if (hasRole(req.user, 'editor')) return !data?.role || data.role === 'association'
  return false
}

export const deleteUsers: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return clubAccounts
  return false
}

import type { Access, PayloadRequest, Where } from 'payload'

import { isStaff } from '../access/roles'

type Id = number | string

// Club accounts (role "association", issue 5) carry their association ids on the token. Read here
// without relying on more than the user shape, so feeds work with or without club accounts.
function memberAssociations(user: PayloadRequest['user']): Id[] {
  const u = user as { role?: string; associations?: unknown } | null | undefined
  if (u?.role !== 'association' || !Array.isArray(u.associations)) return []
  return u.associations
    .map((a) => (typeof a === 'object' && a !== null ? (a as { id?: Id }).id : (a as Id)))
    .filter((id): id is Id => id !== undefined && id !== null)
}

const ownFeeds = (req: PayloadRequest): Where | false => {
  const ids = memberAssociations(req.user)
  return ids.length ? { association: { in: ids } } : false
}

/**
 * Feed addresses can contain private tokens (Google's "secret address"), so feeds are never public:
 * editors see all, a club sees and manages only its own association's feeds.
 */
export const feedAccess: Record<'read' | 'create' | 'update' | 'delete', Access> = {
  read: ({ req }) => isStaff(req.user) || ownFeeds(req),
  update: ({ req }) => isStaff(req.user) || ownFeeds(req),
  delete: ({ req }) => isStaff(req.user) || ownFeeds(req),
  create: ({ req, data }) => {
    if (isStaff(req.user)) return true
    const ids = memberAssociations(req.user)
    if (!ids.length) return false
    if (!data) return true
    const wanted = typeof data.association === 'object' && data.association ? data.association.id : data.association
    return ids.some((id) => String(id) === String(wanted))
  },
}

import type { Access, PayloadRequest, Where } from 'payload'

import { isAssociationMember, isStaff, memberAssociationIds } from '../access/roles'

const memberIds = (req: PayloadRequest) =>
  isAssociationMember(req.user) ? memberAssociationIds(req.user) : []

const staffOrOwnFeeds: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  const ids = memberIds(req)
  return ids.length ? ({ association: { in: ids } } satisfies Where) : false
}

/**
 * Feed addresses can contain private tokens (Google's "secret address"), so feeds are never public:
 * editors see all, a club account sees and manages only its own associations' feeds.
 */
export const feedAccess: Record<'read' | 'create' | 'update' | 'delete', Access> = {
  read: staffOrOwnFeeds,
  update: staffOrOwnFeeds,
  delete: staffOrOwnFeeds,
  create: ({ req, data }) => {
    if (isStaff(req.user)) return true
    const ids = memberIds(req)
    if (!ids.length) return false
    // Without data Payload only asks whether the "create" button may show.
    if (!data) return true
    const wanted =
      typeof data.association === 'object' && data.association ? data.association.id : data.association
    return ids.some((id) => String(id) === String(wanted))
  },
}

import type { Access } from 'payload'

import { isStaff } from './roles'

/** The public sees published documents only; drafts and versions need a staff login. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } }
}

import type { Access } from 'payload'

import { isAssociationMember, isStaff } from './roles'

/** Staff and club members may upload (clubs need logos and photos for their own entries). */
export const staffOrMember: Access = ({ req }) => isStaff(req.user) || isAssociationMember(req.user)

/** Staff change any file; a club member only the files they uploaded themselves. */
export const staffOrUploader: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  if (isAssociationMember(req.user)) return { uploadedBy: { equals: req.user!.id } }
  return false
}

import type { CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import { isAssociationMember, isStaff, memberAssociationIds } from './roles'

/**
 * Which field ties a document to the associations that may edit it. `id` means the document is
 * the association itself. Events can have several organizers: any one of them may edit.
 */
export const ownerFields = {
  associations: 'id',
  events: 'organizers',
  opportunities: 'association',
  news: 'association',
} as const

export type OwnedCollection = keyof typeof ownerFields

type Id = number | string

/** Normalises a relationship value (id, populated doc, array of either) to a list of ids. */
export function idsOf(value: unknown): Id[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id?: Id }).id : entry))
    .filter((id): id is Id => typeof id === 'number' || (typeof id === 'string' && id !== ''))
}

export const sameId = (a: Id, b: Id) => String(a) === String(b)
export const includesId = (list: Id[], id: Id) => list.some((entry) => sameId(entry, id))

/** Owner associations of a stored or incoming document. */
export function ownersOf(slug: OwnedCollection, doc: Record<string, unknown> | undefined | null): Id[] {
  if (!doc) return []
  const field = ownerFields[slug]
  return idsOf(field === 'id' ? doc.id : doc[field])
}

/** Does this user belong to one of the document's associations? */
export function ownsDocument(
  user: PayloadRequest['user'],
  slug: OwnedCollection,
  doc: Record<string, unknown> | undefined | null,
) {
  const mine = memberAssociationIds(user)
  return ownersOf(slug, doc).some((id) => includesId(mine, id))
}

const ownedWhere = (slug: OwnedCollection, ids: Id[], prefix = ''): Where => {
  const field = ownerFields[slug]
  return { [`${prefix}${field}`]: { in: ids } }
}

/**
 * Row-level rules for content that associations maintain themselves:
 * - the public reads published documents only;
 * - club members additionally read (incl. drafts and versions), update and delete the documents
 *   of their own associations, and create documents only for them;
 * - city staff may do everything.
 * Publishing by club members is turned into a review request by the review hooks, not here.
 */
export function ownedContentAccess(slug: OwnedCollection): NonNullable<CollectionConfig['access']> {
  const memberIds = (req: PayloadRequest) =>
    isAssociationMember(req.user) ? memberAssociationIds(req.user) : []
  const isProfile = ownerFields[slug] === 'id'

  return {
    read: ({ req }) => {
      if (isStaff(req.user)) return true
      const ids = memberIds(req)
      const published: Where = { _status: { equals: 'published' } }
      return ids.length ? { or: [published, ownedWhere(slug, ids)] } : published
    },
    readVersions: ({ req }) => {
      if (isStaff(req.user)) return true
      const ids = memberIds(req)
      if (!ids.length) return false
      return isProfile ? { parent: { in: ids } } : ownedWhere(slug, ids, 'version.')
    },
    create: ({ req, data }) => {
      if (isStaff(req.user)) return true
      // Associations are created by the editorial team (e.g. when approving an account request).
      if (isProfile) return false
      const ids = memberIds(req)
      if (!ids.length) return false
      // Without an owner in the data Payload asks "may this user create at all?": the admin's
      // buttons pass no data, its create view an empty or default-filled object. Real writes
      // never get here without an owner: guardMemberWrite (beforeOperation, before access) fills
      // in the member's only association or refuses the save. With an owner, it must be theirs.
      const owners = ownersOf(slug, data)
      if (!owners.length) return true
      return owners.some((id) => includesId(ids, id))
    },
    update: ({ req }) => {
      if (isStaff(req.user)) return true
      const ids = memberIds(req)
      return ids.length ? ownedWhere(slug, ids) : false
    },
    delete: ({ req }) => {
      if (isStaff(req.user)) return true
      // A club may withdraw its own entries, but not remove its profile (accounts hang on it).
      if (isProfile) return false
      const ids = memberIds(req)
      return ids.length ? ownedWhere(slug, ids) : false
    },
  }
}

/** Field visible to staff and to members of the document's associations, not to the public. */
export const ownerOrStaffField =
  (slug: OwnedCollection): FieldAccess =>
  ({ req, doc }) =>
    isStaff(req.user) || (isAssociationMember(req.user) && ownsDocument(req.user, slug, doc))

import type { Payload, PayloadRequest } from 'payload'

export type ImportDecision = { publish: boolean; reviewStatus?: 'approved' | 'submitted' }

const hasField = (payload: Payload, slug: 'associations' | 'events', name: string) =>
  Boolean(
    payload.collections[slug]?.config.flattenedFields.some((field) => 'name' in field && field.name === name),
  )

/**
 * Imported events follow the association's review rules (issue 5): a trusted association's entries
 * go live at once, everyone else's wait as drafts "submitted for review". Without review fields in
 * the schema the safe default holds: drafts for an editor to publish.
 */
export async function decideForAssociation(
  payload: Payload,
  associationId: number | string,
  req?: PayloadRequest,
): Promise<ImportDecision> {
  const tracksReview = hasField(payload, 'events', 'reviewStatus')
  let trusted = false
  if (hasField(payload, 'associations', 'trusted')) {
    const association = await payload.findByID({
      collection: 'associations',
      id: associationId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    trusted = Boolean((association as { trusted?: boolean } | null)?.trusted)
  }
  return {
    publish: trusted,
    ...(tracksReview ? { reviewStatus: trusted ? 'approved' : 'submitted' } : {}),
  }
}

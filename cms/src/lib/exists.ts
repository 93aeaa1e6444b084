import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** Whether any document matches, regardless of who asks (used inside hooks and validators). */
export async function exists(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
): Promise<boolean> {
  const found = await req.payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}

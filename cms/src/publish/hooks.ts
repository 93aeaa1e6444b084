import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { ChangeAction } from './changes'
import { enqueueChange } from './enqueue'
import { hasDrafts, skip, type StatusDoc } from './publishState'

/**
 * Decides what a save means for the public site. Drafts (also autosave) are invisible; a published
 * document that is saved again counts; a document that was published and now is not was unpublished.
 * A draft saved on top of a published document also has previousDoc published and doc draft, so
 * the document row tells the two apart: a draft save leaves it published, an unpublish does not.
 */
async function classifyChange(args: {
  collection: CollectionConfig
  doc: StatusDoc
  previousDoc?: StatusDoc
  operation: 'create' | 'update'
  req: PayloadRequest
}): Promise<ChangeAction | null> {
  const { collection, doc, previousDoc, operation, req } = args
  if (!hasDrafts(collection)) return operation === 'create' ? 'published' : 'updated'
  if (doc._status === 'published') return previousDoc?._status === 'published' ? 'updated' : 'published'
  if (previousDoc?._status !== 'published' || doc.id === undefined) return null
  const row = (await req.payload.db.findOne({
    collection: collection.slug as CollectionSlug,
    where: { id: { equals: doc.id } },
    req,
  })) as StatusDoc | null
  return row && row._status !== 'published' ? 'unpublished' : null
}

export const contentAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (skip(context)) return doc
  const action = await classifyChange({ collection, doc, previousDoc, operation, req }).catch((error) => {
    req.payload.logger.error({ err: error }, 'Veröffentlichung: Änderung konnte nicht eingeordnet werden')
    return null
  })
  if (action) await enqueueChange(req, { slug: collection.slug, id: doc.id, action })
  return doc
}

export const contentAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (skip(context)) return doc
  if (!hasDrafts(collection) || (doc as StatusDoc)._status === 'published') {
    await enqueueChange(req, { slug: collection.slug, id: doc.id, action: 'deleted' })
  }
  return doc
}

export const globalAfterChange: GlobalAfterChangeHook = async ({
  global,
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (skip(context)) return doc
  const drafts = hasDrafts(global)
  const published = (doc as StatusDoc)._status === 'published'
  const wasPublished = (previousDoc as StatusDoc | undefined)?._status === 'published'
  if (!drafts || published || wasPublished) {
    await enqueueChange(req, {
      slug: global.slug,
      global: true,
      action: !drafts || published ? 'updated' : 'unpublished',
    })
  }
  return doc
}

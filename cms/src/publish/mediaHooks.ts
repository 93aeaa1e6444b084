// Publish hooks for uploads: a changed or deleted file starts a build only when published content uses it.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  PayloadRequest,
  Where,
} from 'payload'

import { enqueueChange } from './enqueue'
import { hasDrafts, skip } from './publishState'

/** Dotted paths of every upload/relationship field in `fields` that can point at `mediaSlug`. */
export function mediaPaths(fields: Field[], mediaSlug: string, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if ((field.type === 'upload' || field.type === 'relationship') && named) {
      const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (targets.includes(mediaSlug)) paths.push(named)
    } else if ((field.type === 'group' || field.type === 'array') && 'fields' in field) {
      paths.push(...mediaPaths(field.fields, mediaSlug, named ? `${named}.` : prefix))
    } else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      paths.push(...mediaPaths(field.fields, mediaSlug, prefix))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPrefix = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        paths.push(...mediaPaths(tab.fields, mediaSlug, tabPrefix))
      }
    } else if (field.type === 'blocks' && named) {
      for (const block of field.blocks ?? []) paths.push(...mediaPaths(block.fields, mediaSlug, `${named}.`))
    }
  }
  return [...new Set(paths)]
}

/**
 * Media hooks: a changed or deleted file matters only when a published document uses it (an
 * unused upload does not change the site). Files placed inside rich text are not looked up; the
 * next publish of that document picks them up.
 */
export function mediaHooks(mediaSlug: string, contentCollections: CollectionConfig[]) {
  const usage = contentCollections
    .map((collection) => ({ collection, paths: mediaPaths(collection.fields, mediaSlug) }))
    .filter((entry) => entry.paths.length > 0)

  const usedByPublished = async (req: PayloadRequest, id: number | string) => {
    for (const { collection, paths } of usage) {
      const where: Where = { or: paths.map((path) => ({ [path]: { equals: id } })) }
      const scoped: Where = hasDrafts(collection)
        ? { and: [where, { _status: { equals: 'published' } }] }
        : where
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: scoped,
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) return true
    }
    return false
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
    if (skip(context) || operation === 'create') return doc
    try {
      if (await usedByPublished(req, doc.id))
        await enqueueChange(req, { slug: mediaSlug, id: doc.id, action: 'updated' })
    } catch (error) {
      req.payload.logger.error(
        { err: error },
        'Veröffentlichung: Verwendung der Datei konnte nicht geprüft werden',
      )
    }
    return doc
  }
  // References are cleared when the row goes (SQLite foreign keys), so usage is checked before the
  // delete; req.context does not survive to afterDelete for uploads, so the answer is kept per request.
  const usedBeforeDelete = new WeakMap<PayloadRequest, Set<number | string>>()
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
    if (skip(context)) return
    try {
      if (await usedByPublished(req, id)) {
        const ids = usedBeforeDelete.get(req) ?? new Set()
        usedBeforeDelete.set(req, ids.add(id))
      }
    } catch (error) {
      req.payload.logger.error(
        { err: error },
        'Veröffentlichung: Verwendung der Datei konnte nicht geprüft werden',
      )
    }
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
    if (usedBeforeDelete.get(req)?.delete(id))
      await enqueueChange(req, { slug: mediaSlug, id, action: 'deleted' })
    return doc
  }
  return { afterChange, beforeDelete, afterDelete }
}

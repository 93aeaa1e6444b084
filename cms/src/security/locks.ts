import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Payload,
  type Where,
} from 'payload'

import { isStaff } from '../access/roles'

const refusal = () =>
  new APIError(
    'Sie können nur Inhalte zur Bearbeitung sperren, die Sie selbst bearbeiten dürfen.',
    403,
    undefined,
    true,
  )

/**
 * Payload lets every logged-in account create entries in payload-locked-documents, so a club
 * account could lock a staff-only page and make the editor's save fail with 423. A lock is
 * accepted only from someone who may update the locked document (the collection's or global's
 * own update access, with its row-level rule).
 */
const onlyEditableLocks: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!req.user || isStaff(req.user)) return data
  const { payload } = req
  const document = data.document as { relationTo?: string; value?: unknown } | undefined
  const globalSlug = typeof data.globalSlug === 'string' ? data.globalSlug : undefined
  if (globalSlug) {
    const global = payload.globals.config.find((entry) => entry.slug === globalSlug)
    const allowed = global?.access?.update ? await global.access.update({ req }) : false
    if (!allowed) throw refusal()
    return data
  }
  const slug = document?.relationTo
  const value = document?.value
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  const collection = slug ? payload.collections[slug as keyof typeof payload.collections] : undefined
  if (!collection || (typeof id !== 'string' && typeof id !== 'number')) throw refusal()
  const access = collection.config.access?.update
  const result = access ? await access({ req, id: id as number, data: undefined }) : Boolean(req.user)
  if (result === true) return data
  if (!result) throw refusal()
  const { totalDocs } = await payload.count({
    collection: collection.config.slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  if (!totalDocs) throw refusal()
  return data
}

/** The locked-documents collection only exists after Payload sanitised the config. */
export function guardDocumentLocks(payload: Payload) {
  const locks = payload.collections['payload-locked-documents' as keyof typeof payload.collections]
  if (!locks) return
  const hooks = (locks.config.hooks.beforeChange ??= [])
  if (!hooks.includes(onlyEditableLocks)) hooks.push(onlyEditableLocks)
}

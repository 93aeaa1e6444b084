// Two editors open the same document; the one who saves second used to overwrite the first one's
// changes without a word. A save from a client (the admin, REST, GraphQL) carries the `updatedAt`
// the client loaded; when the stored document (its latest version, drafts included) is newer, the
// save is refused with a German conflict message and nothing is stored. The admin keeps the form
// as it was, so the editor loses no input.
//
// Server-side writes (Local API: scheduled publishing, review hooks, seeds, the calendar import)
// are never checked, and neither is a client save without `updatedAt` (it claims no version).

import { APIError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

import { formatGerman } from '../lib/dates'
import { PUBLIC_COLLECTIONS } from '../publish/settings'

export const STALE_SAVE_STATUS = 409

export const rejectStaleSave: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (operation !== 'update' || req.payloadAPI === 'local') return args
  const { id, data } = args as { id?: number | string; data?: { updatedAt?: unknown } }
  if (id === undefined || id === null || typeof data?.updatedAt !== 'string') return args
  const sent = Date.parse(data.updatedAt)
  if (Number.isNaN(sent)) return args
  const stored = await req.payload.findByID({
    collection: collection.slug as never,
    id,
    draft: Boolean(collection.versions?.drafts),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const storedAt = Date.parse(String((stored as { updatedAt?: unknown } | null)?.updatedAt ?? ''))
  if (Number.isNaN(storedAt) || storedAt <= sent) return args
  throw new APIError(
    `Dieses Dokument wurde inzwischen von anderer Seite geändert (zuletzt gespeichert am ${formatGerman(storedAt)}), ` +
      `nachdem Sie es geöffnet hatten (Stand ${formatGerman(sent)}). Ihre Änderungen wurden nicht gespeichert, damit nichts ` +
      'überschrieben wird. Bitte kopieren Sie Ihre Eingaben, laden Sie die Seite neu und tragen Sie sie dann erneut ein.',
    STALE_SAVE_STATUS,
    undefined,
    true,
  )
}

/** Adds the conflict check to the content collections (the ones the public site is built from). */
export const staleSavePlugin =
  (slugs: string[] = PUBLIC_COLLECTIONS): Plugin =>
  (incoming: Config): Config => ({
    ...incoming,
    collections: (incoming.collections ?? []).map((collection) =>
      slugs.includes(collection.slug)
        ? { ...collection, hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rejectStaleSave] } }
        : collection,
    ),
  })

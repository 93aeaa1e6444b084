// Two editors open the same document; the one who saves second used to overwrite the first one's
// changes without a word. A save from a client (the admin, REST, GraphQL) carries the `updatedAt`
// the client loaded; when the stored document (its latest version, drafts included) is newer, the
// save is refused with a German conflict message and nothing is stored. The admin keeps the form
// as it was, so the editor loses no input.
//
// Server-side writes (Local API: scheduled publishing, review hooks, seeds, the calendar import)
// are never checked, and neither is a client save without `updatedAt` (it claims no version).

import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Config,
  type Plugin,
} from 'payload'

import { formatGerman } from '../lib/dates'
import { PUBLIC_COLLECTIONS } from '../publish/settings'

export const STALE_SAVE_STATUS = 409

/** "02.12.2026 um 14.05 Uhr" (Berlin time). */
const when = (time: number) =>
  `${formatGerman(time, false)} um ${formatGerman(time).split(', ').pop()!.replace(':', '.')} Uhr`

export const rejectStaleSave: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'update' || req.payloadAPI === 'local') return args
  const { id, data } = args as { id?: number | string; data?: { updatedAt?: unknown } }
  if (id === undefined || id === null || typeof data?.updatedAt !== 'string') return args
  const sent = Date.parse(data.updatedAt)
  if (Number.isNaN(sent)) return args
  const stored = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    draft: Boolean(collection.versions?.drafts),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const storedAt = Date.parse(String((stored as { updatedAt?: unknown } | null)?.updatedAt ?? ''))
  if (Number.isNaN(storedAt) || storedAt <= sent) return args
  // No commas or colons: the admin's error toast would split the sentence into a list of fields.
  const error = new APIError(
    `Dieses Dokument wurde inzwischen von anderer Seite geändert (zuletzt gespeichert am ${when(storedAt)}). ` +
      'Ihre Änderungen wurden nicht gespeichert – so wird nichts überschrieben. ' +
      'Bitte kopieren Sie Ihre Eingaben und laden Sie die Seite neu. Tragen Sie sie danach erneut ein.',
    STALE_SAVE_STATUS,
    undefined,
    true,
  )
  // Payload answers "An unknown error occurred." for an error without a name, and the production
  // bundle's minified class names can be empty: name it, so the admin shows the message.
  error.name = 'StaleSaveError'
  throw error
}

/** Adds the conflict check to the content collections (the ones the public site is built from). */
export const staleSavePlugin =
  (slugs: readonly string[] = PUBLIC_COLLECTIONS): Plugin =>
  (incoming: Config): Config => ({
    ...incoming,
    collections: (incoming.collections ?? []).map((collection) =>
      slugs.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rejectStaleSave],
            },
          }
        : collection,
    ),
  })

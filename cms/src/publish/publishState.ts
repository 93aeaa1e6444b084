// What the publish hooks ask of every document: does its collection keep drafts, is it published,
// and did the saving code ask for no site build (SKIP_PUBLISH_CONTEXT).
import { SKIP_PUBLISH_CONTEXT } from './settings'

export type StatusDoc = { id?: number | string; _status?: 'draft' | 'published' | null }

export const hasDrafts = (collection: { versions?: unknown }) =>
  Boolean(
    collection.versions &&
    typeof collection.versions === 'object' &&
    (collection.versions as { drafts?: unknown }).drafts,
  )

export const skip = (context: Record<string, unknown> | undefined) => Boolean(context?.[SKIP_PUBLISH_CONTEXT])

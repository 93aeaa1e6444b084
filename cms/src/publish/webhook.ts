// The rebuild webhook's body: what the CMS sends (./changes.ts builds it), the build runner accepts
// (scripts/build-runner) and the site build applies (ContentChanges). Stated once, as a schema.
import { z } from 'zod'

export const changeActionSchema = z.enum(['published', 'updated', 'unpublished', 'deleted'])
export type ChangeAction = z.infer<typeof changeActionSchema>

export const documentIdSchema = z.union([z.number(), z.string()])
export type DocumentId = z.infer<typeof documentIdSchema>

export const changeEntrySchema = z.object({
  /** Collection slug, or the global slug when `global` is true. */
  slug: z.string(),
  global: z.boolean().optional(),
  id: documentIdSchema.optional(),
  action: changeActionSchema,
  at: z.string(),
})
export type ChangeEntry = z.infer<typeof changeEntrySchema>

const collectionChangeSchema = z.object({
  collection: z.string(),
  ids: z.array(documentIdSchema),
  actions: z.array(changeActionSchema),
})
const globalChangeSchema = z.object({ global: z.string(), actions: z.array(changeActionSchema) })

export const webhookBodySchema = z.object({
  event: z.literal('site.rebuild'),
  reason: z.literal('content-changed'),
  /** Grouped per collection or global: which ids changed and how. */
  collections: z.array(collectionChangeSchema),
  globals: z.array(globalChangeSchema),
  changes: z.array(changeEntrySchema),
  truncated: z.boolean(),
  firstChangeAt: z.string(),
  lastChangeAt: z.string(),
  sentAt: z.string(),
  deliveryId: z.string(),
  attempt: z.number().int(),
})
export type WebhookBody = z.infer<typeof webhookBodySchema>

/**
 * What a receiver needs of the body, and no more: a sender that leaves out what the runner does not
 * use (a hand-made trigger, an older CMS) still gets a build, one that reads everything when a
 * list is missing. Wrongly typed fields are refused.
 */
export const webhookRequestSchema = webhookBodySchema.partial().extend({
  event: z.string().optional(),
  collections: z.array(collectionChangeSchema.partial({ ids: true, actions: true })).optional(),
  globals: z.array(globalChangeSchema.partial({ actions: true })).optional(),
})
export type WebhookRequest = z.infer<typeof webhookRequestSchema>

/**
 * What changed since the last build, collection slug -> ids: what the site build reads anew.
 * `null` (or anything the site cannot apply by id, such as a settings or media change) means:
 * read everything.
 */
export type ContentChanges = Record<string, DocumentId[]> | null

/** The change list a webhook body carries, or null when it cannot be applied document by document. */
export function contentChangesOf(body: WebhookRequest): ContentChanges {
  if (body.truncated || (body.globals?.length ?? 0) > 0 || !body.collections?.length) return null
  const list: Record<string, DocumentId[]> = {}
  for (const c of body.collections) {
    if (!c.ids?.length) return null
    list[c.collection] = c.ids
  }
  return list
}

/** One line naming what the body lists, for the build's trigger ("events(2), settings"). */
export const describeRequest = (body: WebhookRequest): string =>
  [
    ...(body.collections ?? []).map((c) => `${c.collection}(${c.ids?.length ?? 0})`),
    ...(body.globals ?? []).map((g) => g.global),
  ].join(', ') ||
  body.event ||
  'ohne Angabe'

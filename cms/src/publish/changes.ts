/** What the public site would show differently, as recorded by the hooks and sent to the builders. */

import type { ChangeAction, ChangeEntry, DocumentId, WebhookBody } from './webhook'

export type { ChangeAction, ChangeEntry, WebhookBody } from './webhook'

export type DeliveryInput = {
  changes: ChangeEntry[]
  firstChangeAt: string
  lastChangeAt: string
  /** More changes happened than are listed; builders rebuild everything anyway. */
  truncated?: boolean
}

/** Keeps job rows small when a bulk import touches thousands of documents. */
export const MAX_LISTED_CHANGES = 500

const keyOf = (c: ChangeEntry) => `${c.global ? 'g' : 'c'}:${c.slug}:${c.id ?? ''}`

/** Merges the inputs of superseded jobs with a new change: one entry per document, latest wins. */
export function mergeChanges(previous: Partial<DeliveryInput>[], next: ChangeEntry): DeliveryInput {
  const byKey = new Map<string, ChangeEntry>()
  let truncated = false
  let first = next.at
  for (const input of previous) {
    if (input.truncated) truncated = true
    if (input.firstChangeAt && input.firstChangeAt < first) first = input.firstChangeAt
    for (const change of input.changes ?? []) byKey.set(keyOf(change), change)
  }
  byKey.delete(keyOf(next))
  byKey.set(keyOf(next), next)
  let changes = [...byKey.values()]
  if (changes.length > MAX_LISTED_CHANGES) {
    changes = changes.slice(-MAX_LISTED_CHANGES)
    truncated = true
  }
  return { changes, firstChangeAt: first, lastChangeAt: next.at, ...(truncated ? { truncated } : {}) }
}

export function buildWebhookBody(
  input: DeliveryInput,
  deliveryId: string,
  attempt: number,
  now = new Date(),
): WebhookBody {
  const collections = new Map<string, { ids: Set<DocumentId>; actions: Set<ChangeAction> }>()
  const globals = new Map<string, Set<ChangeAction>>()
  for (const change of input.changes) {
    if (change.global) {
      const actions = globals.get(change.slug) ?? new Set()
      actions.add(change.action)
      globals.set(change.slug, actions)
      continue
    }
    const group = collections.get(change.slug) ?? { ids: new Set(), actions: new Set() }
    if (change.id !== undefined) group.ids.add(change.id)
    group.actions.add(change.action)
    collections.set(change.slug, group)
  }
  return {
    event: 'site.rebuild',
    reason: 'content-changed',
    collections: [...collections].map(([collection, g]) => ({
      collection,
      ids: [...g.ids],
      actions: [...g.actions],
    })),
    globals: [...globals].map(([global, actions]) => ({ global, actions: [...actions] })),
    changes: input.changes,
    truncated: Boolean(input.truncated),
    firstChangeAt: input.firstChangeAt,
    lastChangeAt: input.lastChangeAt,
    sentAt: now.toISOString(),
    deliveryId,
    attempt,
  }
}

/** One line for Netlify's deploy list ("trigger_title") and for the status in the admin. */
export function summarize(input: DeliveryInput): string {
  const count = input.changes.length
  const slugs = [...new Set(input.changes.map((c) => c.slug))].join(', ')
  return `${count}${input.truncated ? '+' : ''} Änderung${count === 1 ? '' : 'en'} (${slugs})`
}

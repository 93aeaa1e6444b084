/** Names and tunables of the publish pipeline, read from the environment when they are needed (defaults in ../config.ts). */

import { setting } from '../config'

export const PUBLISH_TASK = 'deliverBuildRequest'
export const PUBLISH_QUEUE = 'publish'
export const PUBLISH_STATUS_SLUG = 'publish-status'
/** One key for every delivery: only one runs at a time, newer pending ones replace older ones. */
export const PUBLISH_CONCURRENCY_KEY = 'publish:site'
// The public collections and globals are listed once, in ./publicContent.ts (the site reads them too).
export { PUBLIC_COLLECTIONS, PUBLIC_GLOBALS } from './publicContent'

/** Context flag for bulk imports (seed, migrations) that want to skip the rebuild trigger. */
export const SKIP_PUBLISH_CONTEXT = 'skipPublishTrigger'

/**
 * The collecting window. A change after this much quiet (no other change, no delivery waiting) is
 * delivered at once; changes that follow within the window are collected and delivered together
 * once the window has passed without a further change (at most maxWaitMs after the first of them).
 */
export const debounceMs = () => setting('PUBLISH_DEBOUNCE_MS')

/** Upper bound for the wait while editors keep changing things, so a busy afternoon still builds. */
export const maxWaitMs = () => setting('PUBLISH_MAX_WAIT_MS') ?? Math.max(15_000, debounceMs() * 4)

export const retryAttempts = () => setting('PUBLISH_RETRY_ATTEMPTS')
export const retryDelayMs = () => setting('PUBLISH_RETRY_DELAY_MS')
export const deliveryTimeoutMs = () => setting('PUBLISH_DELIVERY_TIMEOUT_MS')

/**
 * Whether this process delivers on its own. Follows Payload's PAYLOAD_JOBS_AUTORUN (tests and
 * one-off scripts switch it off); PUBLISH_AUTORUN overrides it for tests of the whole pipeline.
 */
export function publishAutoRun(): boolean {
  const own = setting('PUBLISH_AUTORUN')
  if (own !== undefined) return own === 'true'
  return setting('PAYLOAD_JOBS_AUTORUN') !== 'false'
}

export type Target = { kind: 'netlify' | 'webhook'; url: string; secret?: string }

export function resolveTargets(env: NodeJS.ProcessEnv = process.env): Target[] {
  const targets: Target[] = []
  const netlify = env.NETLIFY_BUILD_HOOK_URL?.trim()
  if (netlify) targets.push({ kind: 'netlify', url: netlify })
  const webhook = env.BUILD_WEBHOOK_URL?.trim()
  if (webhook) targets.push({ kind: 'webhook', url: webhook, secret: env.BUILD_WEBHOOK_SECRET?.trim() })
  return targets
}

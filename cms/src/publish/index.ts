import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { deliverTask } from './deliver'
import { contentAfterChange, contentAfterDelete, globalAfterChange } from './hooks'
import { mediaHooks } from './mediaHooks'
import { startPump } from './pump'
import {
  PUBLIC_COLLECTIONS,
  PUBLIC_GLOBALS,
  PUBLISH_QUEUE,
  PUBLISH_STATUS_SLUG,
  publishAutoRun,
} from './settings'
import { PublishStatus } from './status'

export type PublishPipelineOptions = {
  /** Collections whose changes rebuild the site. Default: the ones the site is built from (PUBLIC_COLLECTIONS). */
  collections?: string[]
  /** Upload collections whose files count when a published document uses them. Default: all upload collections. */
  media?: string[]
  /** Globals that rebuild the site. Default: the ones the site reads (PUBLIC_GLOBALS). */
  globals?: string[]
}

const withHooks = <T extends CollectionConfig | GlobalConfig>(
  config: T,
  hooks: Record<string, unknown[]>,
): T => {
  const merged: Record<string, unknown[]> = { ...(config.hooks as Record<string, unknown[]> | undefined) }
  for (const [name, list] of Object.entries(hooks)) merged[name] = [...(merged[name] ?? []), ...list]
  return { ...config, hooks: merged }
}

/**
 * Rebuilds the public site when what citizens see changes: hooks on content, media and globals
 * queue one coalesced delivery job; the job calls the Netlify build hook and/or the signed generic
 * webhook of the build runner and records the outcome in the global "Veröffentlichung / Website-Status".
 */
export const publishPipeline =
  (options: PublishPipelineOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const collections = incoming.collections ?? []
    const contentSlugs = new Set<string>(options.collections ?? PUBLIC_COLLECTIONS)
    const mediaSlugs = new Set(options.media ?? collections.filter((c) => c.upload).map((c) => c.slug))
    const content = collections.filter((c) => contentSlugs.has(c.slug))

    const withPipeline = collections.map((collection) => {
      if (contentSlugs.has(collection.slug)) {
        return withHooks(collection, { afterChange: [contentAfterChange], afterDelete: [contentAfterDelete] })
      }
      if (mediaSlugs.has(collection.slug)) {
        const hooks = mediaHooks(collection.slug, content)
        return withHooks(collection, {
          afterChange: [hooks.afterChange],
          beforeDelete: [hooks.beforeDelete],
          afterDelete: [hooks.afterDelete],
        })
      }
      return collection
    })

    const globalSlugs = new Set<string>(options.globals ?? PUBLIC_GLOBALS)
    const globals = (incoming.globals ?? []).map((global) =>
      globalSlugs.has(global.slug) && global.slug !== PUBLISH_STATUS_SLUG
        ? withHooks(global, { afterChange: [globalAfterChange] })
        : global,
    )

    const jobs = incoming.jobs ?? {}
    // Fallback for processes that run Payload's cron (only where the config registers any, i.e.
    // not in scripts and tests); the pump below is what makes it fast. The publish queue has no
    // schedules, so this cron never needs to write schedule bookkeeping.
    const autoRun =
      Array.isArray(jobs.autoRun) && jobs.autoRun.length > 0
        ? [
            ...jobs.autoRun,
            { cron: '*/10 * * * * *', queue: PUBLISH_QUEUE, limit: 5, disableScheduling: true },
          ]
        : jobs.autoRun

    return {
      ...incoming,
      collections: withPipeline,
      globals: [...globals, PublishStatus],
      jobs: {
        ...jobs,
        autoRun,
        enableConcurrencyControl: true,
        tasks: [...(jobs.tasks ?? []), deliverTask()],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (publishAutoRun()) startPump(payload)
      },
    }
  }

export { PUBLISH_QUEUE, PUBLISH_STATUS_SLUG, PUBLISH_TASK, SKIP_PUBLISH_CONTEXT } from './settings'
export { pumpFor, startPump } from './pump'

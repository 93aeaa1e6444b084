import type { Config, Plugin } from 'payload'

import { subscriptionTasks } from './jobs'
import { Subscriptions } from './Subscriptions'

/**
 * Subscriptions without an account (issue 18): the collection with its public endpoints
 * (form, double opt-in, manage page, one-click unsubscribe, personal calendar, counts), the
 * digest and the cleanup of unconfirmed addresses as Payload tasks.
 */
export const subscriptionsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Subscriptions],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...subscriptionTasks] },
  })

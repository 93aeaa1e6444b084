import type { Config, Plugin } from 'payload'

import { subscriptionTasks } from './jobs'
import { PushSubscriptions } from './push'
import { PushKeys } from './pushKeys'
import { pushTask, queuePush } from './pushSend'
import { Subscriptions } from './Subscriptions'

/**
 * Subscriptions without an account (issue 18): the collection with its public endpoints
 * (form, double opt-in, manage page, one-click unsubscribe, personal calendar, counts), the
 * digest and the cleanup of unconfirmed addresses as Payload tasks, the editors' dashboard counts.
 */
export const subscriptionsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // Counts for editors on the dashboard, after the panels the config lists itself.
        beforeDashboard: [
          ...(config.admin?.components?.beforeDashboard ?? []),
          '/subscriptions/SubscriptionCounts#SubscriptionCounts',
        ],
      },
    },
    collections: [...(config.collections ?? []), Subscriptions, PushSubscriptions, PushKeys],
    // Push messages go out when the publish pipeline has requested the site build (publish/listeners.ts).
    custom: {
      ...config.custom,
      publishListeners: [...((config.custom?.publishListeners as unknown[]) ?? []), queuePush],
    },
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...subscriptionTasks, pushTask] },
  })

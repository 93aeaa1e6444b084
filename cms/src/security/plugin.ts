import type { Config, Plugin } from 'payload'

import { guardDocumentLocks } from './locks'
import { RateLimits } from './RateLimits'

/**
 * The CMS's hardening that is not tied to one collection: the rate-limit table, and the rule
 * for document locks. Login, passwords and sessions are part of Users.ts; request limits sit in
 * front of Payload (guard.ts); GraphQL limits in graphql.ts.
 */
export const securityPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), RateLimits],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      guardDocumentLocks(payload)
    },
  })

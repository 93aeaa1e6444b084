import type { Config, Plugin } from 'payload'

import { explainForbidden, keepPublicMessage } from './errors'
import { explainQueryError } from './queries'
import { guardDocumentLocks } from './locks'
import { RateLimits } from './RateLimits'

/**
 * The CMS's hardening that is not tied to one collection: the rate-limit table, the rule for
 * document locks, and German reasons for Payload's bare 403. Login, passwords and sessions are part of Users.ts; request limits sit in
 * front of Payload (guard.ts); GraphQL limits in graphql.ts.
 */
export const securityPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), RateLimits],
    hooks: {
      ...config.hooks,
      afterError: [
        ...(config.hooks?.afterError ?? []),
        keepPublicMessage,
        explainForbidden,
        explainQueryError,
      ],
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      guardDocumentLocks(payload)
    },
  })

import type { Config, Plugin } from 'payload'

import { explainForbidden, keepPublicMessage } from './errors'
import { explainQueryError, refuseUnknownSort } from './queries'
import { guardDocumentLocks } from './locks'
import { RateLimits } from './RateLimits'

/**
 * The CMS's hardening that is not tied to one collection: the rate-limit table, the rule for
 * document locks, German reasons for Payload's bare 403, and a 400 naming an unknown sort or where field. Login, passwords and sessions are part of Users.ts; request limits sit in
 * front of Payload (guard.ts); GraphQL limits in graphql.ts.
 */
export const securityPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    // Every collection of ours refuses an unknown sort field in GraphQL (REST: guard.ts).
    collections: [...(config.collections ?? []), RateLimits].map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseUnknownSort, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
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

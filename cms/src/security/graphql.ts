import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql'
import type { Config, PayloadRequest } from 'payload'

/**
 * GraphQL limits. The site reads REST only (site/src/lib/cms.ts) and the admin does not use
 * GraphQL either, so GraphQL is for logged-in accounts only: an anonymous query is refused during
 * validation, before anything is resolved. For accounts: at most 10 aliases (60 aliases of one
 * list query took 26 s), depth 8, and a complexity cap of 300 (Payload's default is 1000).
 */
export const graphQLLimits = { aliases: 10, depth: 8, complexity: 300 }

const loggedInOnly: ValidationRule = (context) => ({
  Document() {
    context.reportError(
      new GraphQLError(
        'GraphQL steht nur angemeldeten Konten zur Verfügung. Öffentliche Inhalte lesen Sie über die REST-API (/api/…).',
      ),
    )
  },
})

/** graphql-armor would throw (a 500 without message); report as a normal validation error instead. */
const report = (message: string) => (context: ValidationContext | null) =>
  context?.reportError(new GraphQLError(message))

export const graphQLSettings: NonNullable<Config['graphQL']> = {
  disablePlaygroundInProduction: true,
  disableIntrospectionInProduction: true,
  maxComplexity: graphQLLimits.complexity,
  validationRules: (args) => {
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    return [
      ...(req?.user ? [] : [loggedInOnly]),
      maxAliasesRule({
        n: graphQLLimits.aliases,
        exposeLimits: false,
        propagateOnRejection: false,
        onReject: [report(`Zu viele Aliase in der Abfrage (höchstens ${graphQLLimits.aliases}).`)],
      }),
      maxDepthRule({
        n: graphQLLimits.depth,
        exposeLimits: false,
        propagateOnRejection: false,
        onReject: [
          report(`Die Abfrage ist zu tief verschachtelt (höchstens ${graphQLLimits.depth} Ebenen).`),
        ],
      }),
    ] as ValidationRule[]
  },
}

import { z } from 'zod'

// Shapes of Consul Democracy's public GraphQL API (app/graphql/types/*.rb): relay connections with
// edges/node and pageInfo, camelCase field names. Only the fields we read are declared; zod ignores
// the rest, and anything missing or of the wrong type makes the whole answer count as unusable.

const count = z.number().int().nonnegative().nullish()
const text = z.string().nullish()

const pageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() })

const connection = <T extends z.ZodType>(node: T) =>
  z.object({ pageInfo, edges: z.array(z.object({ node })) })

// An item's tags (Consul: tags.public_for_api), a connection of their own; only the names are read.
const tags = z.object({ edges: z.array(z.object({ node: z.object({ name: z.string() }) })) }).nullish()

export const proposalNode = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  summary: text,
  description: text,
  cachedVotesUp: count,
  commentsCount: count,
  publicCreatedAt: text,
  retiredAt: text,
  geozone: z.object({ name: z.string() }).nullish(),
  tags,
})

export const debateNode = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  description: text,
  cachedVotesUp: count,
  commentsCount: count,
  publicCreatedAt: text,
  tags,
})

export const budgetNode = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  phase: z.string(),
})

// A budget project (Budget::Investment, app/graphql/types/budget_investment_type.rb). Consul's API
// gives it no heading, geozone, budget or tags: only the author's free-text location can say
// where it is. Its title may be null in the type; such an entry is skipped.
export const investmentNode = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: text,
  description: text,
  location: text,
  feasibility: text,
  commentsCount: count,
})

export const proposalsData = z.object({ proposals: connection(proposalNode) })
export const debatesData = z.object({ debates: connection(debateNode) })
export const budgetsData = z.object({ budgets: connection(budgetNode) })
export const investmentsData = z.object({ budget: z.object({ investments: connection(investmentNode) }) })

export type ProposalNode = z.infer<typeof proposalNode>
export type DebateNode = z.infer<typeof debateNode>
export type BudgetNode = z.infer<typeof budgetNode>
export type InvestmentNode = z.infer<typeof investmentNode>

/** A GraphQL answer: data and/or errors; Consul answers errors with status 200. */
export const graphqlEnvelope = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string() }).loose()).optional(),
})

export const snapshotSchema = z.object({
  instanceUrl: z.string(),
  fetchedAt: z.iso.datetime({ offset: true }),
  items: z.array(
    z.object({
      kind: z.enum(['proposal', 'debate', 'budget']),
      title: z.string(),
      summary: z.string(),
      url: z.string(),
      supports: z.number().optional(),
      comments: z.number().optional(),
      district: z.string().optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
  // Snapshots written before budget projects were read have none.
  projects: z
    .array(
      z.object({
        title: z.string(),
        summary: z.string(),
        url: z.string(),
        location: z.string().optional(),
        feasibility: z.string().optional(),
        phase: z.string().optional(),
        comments: z.number().optional(),
      }),
    )
    .optional(),
})
export type Snapshot = z.infer<typeof snapshotSchema>

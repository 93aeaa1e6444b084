import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

// A local stand-in for Consul's public GraphQL endpoint (POST/GET /graphql). It answers from
// recorded-style fixtures and follows Consul's rules: relay connections, at most 25 per page, at
// most two collections per query, errors reported with status 200.

const fixtures = path.resolve(import.meta.dirname, '../fixtures/consul')
const load = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8')

/** The fixtures were recorded on this day; dates are shifted so item ages stay as recorded. */
const RECORDED_AT = Date.parse('2026-11-25T10:00:00Z')

export type StandInMode =
  | 'ok'
  | 'overlap'
  | 'slow'
  | 'disabled'
  | 'errors'
  | 'shape'
  | 'html'
  // The instance has a single budget (its projects' links can name it).
  | 'one-budget'
  // A Consul whose Query type has no `budget(id:)` field: proposals and budgets, no projects.
  | 'no-budget-field'

export type ConsulStandIn = {
  url: string
  mode: StandInMode
  queries: string[]
  close: () => Promise<void>
}

function shiftDates(json: string): string {
  const offset = Date.now() - RECORDED_AT
  return json.replace(/"publicCreatedAt": "([^"]+) UTC"/g, (_, value: string) => {
    const shifted = new Date(Date.parse(`${value.replace(' ', 'T')}Z`) + offset)
    return `"publicCreatedAt": "${shifted
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, '')} UTC"`
  })
}

// Field names of Consul's GraphQL types (app/graphql/types/*_type.rb, camelCase). Like the real
// API, the stand-in rejects fields that do not exist and returns only the fields asked for.
const typeFields: Record<string, string[]> = {
  proposals: [
    'cachedVotesUp',
    'comments',
    'commentsCount',
    'confidenceScore',
    'description',
    'geozone',
    'geozoneId',
    'hotScore',
    'id',
    'proposalNotifications',
    'publicAuthor',
    'publicCreatedAt',
    'retiredAt',
    'retiredExplanation',
    'retiredReason',
    'summary',
    'tags',
    'title',
    'videoUrl',
    'votesFor',
  ],
  debates: [
    'cachedVotesDown',
    'cachedVotesTotal',
    'cachedVotesUp',
    'comments',
    'commentsCount',
    'confidenceScore',
    'description',
    'hotScore',
    'id',
    'publicAuthor',
    'publicCreatedAt',
    'tags',
    'title',
    'votesFor',
  ],
  budgets: ['id', 'name', 'phase', 'investments', 'investment'],
  investments: [
    'comments',
    'commentsCount',
    'description',
    'feasibility',
    'id',
    'location',
    'milestones',
    'price',
    'publicAuthor',
    'title',
  ],
}
const typeNames: Record<string, string> = {
  proposals: 'Proposal',
  debates: 'Debate',
  budgets: 'Budget',
  investments: 'BudgetInvestment',
}

const budgetsOf = (mode: StandInMode) => {
  const page = JSON.parse(load('budgets.json')) as {
    data: { budgets: { edges: { node: { id: string } }[] } }
  }
  if (mode === 'one-budget') page.data.budgets.edges = page.data.budgets.edges.slice(0, 1)
  return page
}

/**
 * `budget(id: …) { investments(…) }`: like Consul's resolver, every public investment whatever the
 * budget (BudgetType#investments returns Budget::Investment.public_for_api); an unknown id is an error.
 */
function investmentsAnswer(query: string, id: string, mode: StandInMode): unknown {
  if (mode === 'no-budget-field')
    return { errors: [{ message: "Field 'budget' doesn't exist on type 'Query'" }] }
  if (!budgetsOf(mode).data.budgets.edges.some((e) => e.node.id === id))
    return { errors: [{ message: `Couldn't find Budget with 'id'=${id}` }] }
  if (/after:\s*"/.test(query)) return { errors: [{ message: 'Unknown cursor' }] }
  const fields = selectedFields(query, 'investments')
  const unknown = fields.find((f) => !typeFields.investments.includes(f))
  if (unknown) return { errors: [{ message: `Field '${unknown}' doesn't exist on type 'BudgetInvestment'` }] }
  const page = JSON.parse(load('investments.json')) as {
    data: { budget: { investments: { edges: { node: Record<string, unknown> }[] } } }
  }
  for (const edge of page.data.budget.investments.edges)
    edge.node = Object.fromEntries(Object.entries(edge.node).filter(([key]) => fields.includes(key)))
  return page
}

/** Top-level field names inside `node { … }` of one collection; nested selections are skipped. */
function selectedFields(query: string, collection: string): string[] {
  const start = query.indexOf('node {', query.indexOf(`${collection}(`))
  if (start < 0) return []
  let depth = 0
  const names: string[] = []
  for (const token of query.slice(start + 'node {'.length).match(/[A-Za-z_]+|[{}]/g) ?? []) {
    if (token === '{') depth++
    else if (token === '}') {
      if (depth === 0) break
      depth--
    } else if (depth === 0) names.push(token)
  }
  return names
}

function answer(query: string, mode: StandInMode): unknown {
  const overlap = mode === 'overlap'
  const nested = /\bbudget\s*\(\s*id:\s*"([^"]*)"\s*\)\s*\{\s*investments\s*\(/.exec(query)
  if (nested) return investmentsAnswer(query, nested[1]!, mode)
  const collections = [...query.matchAll(/\b(proposals|debates|budgets)\s*\(/g)].map((m) => m[1])
  if (collections.length > 2) return { errors: [{ message: 'Too many collections requested (max. 2)' }] }
  const first = Number(/first:\s*(\d+)/.exec(query)?.[1] ?? 25)
  if (first > 25) return { errors: [{ message: 'first must be at most 25' }] }
  const after = /after:\s*"([^"]*)"/.exec(query)?.[1]
  const data: Record<string, unknown> = {}
  for (const collection of collections) {
    let file: string
    if (collection === 'proposals')
      file = after === 'MjU' ? 'proposals-page-2.json' : after ? '' : 'proposals-page-1.json'
    else file = after ? '' : `${collection}.json`
    if (!file) return { errors: [{ message: `Unknown cursor ${after}` }] }
    const fields = selectedFields(query, collection)
    const unknown = fields.find((f) => !typeFields[collection].includes(f))
    if (unknown)
      return { errors: [{ message: `Field '${unknown}' doesn't exist on type '${typeNames[collection]}'` }] }
    const page = (
      (collection === 'budgets' ? budgetsOf(mode) : JSON.parse(shiftDates(load(file)))) as {
        data: Record<string, { edges: { node: Record<string, unknown> }[] }>
      }
    ).data
    // A proposal published while we page moves the last item of page 1 onto page 2 as well.
    if (overlap && file === 'proposals-page-2.json') {
      const previous = (JSON.parse(shiftDates(load('proposals-page-1.json'))) as { data: typeof page }).data
        .proposals.edges
      page.proposals.edges.unshift(previous[previous.length - 1])
    }
    for (const edge of page[collection].edges) {
      edge.node = Object.fromEntries(Object.entries(edge.node).filter(([key]) => fields.includes(key)))
    }
    Object.assign(data, page)
  }
  return { data }
}

export async function startConsulStandIn(mode: StandInMode = 'ok'): Promise<ConsulStandIn> {
  const state: ConsulStandIn = { url: '', mode, queries: [], close: async () => {} }
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Seite nicht gefunden</h1>')
      return
    }
    const query =
      req.method === 'POST'
        ? String((JSON.parse(Buffer.concat(chunks).toString() || '{}') as { query?: string }).query ?? '')
        : (url.searchParams.get('query') ?? '')
    state.queries.push(query)
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
    switch (state.mode) {
      case 'slow':
        // Never answers; the reader's timeout has to end the wait.
        return
      case 'disabled':
        // What Consul does when an admin switches the API feature off: an HTML "forbidden" page.
        res
          .writeHead(403, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!DOCTYPE html><html><body><h1>Zugriff verweigert</h1></body></html>')
        return
      case 'html':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!DOCTYPE html><html><body>Wartungsarbeiten</body></html>')
        return
      case 'errors':
        json(200, {
          data: null,
          errors: [
            {
              message: "Field 'proposals' doesn't exist on type 'Query'",
              locations: [{ line: 1, column: 3 }],
            },
          ],
        })
        return
      case 'shape':
        // An older API generation: "nodes" lists and snake_case fields instead of edges/camelCase.
        json(200, {
          data: {
            proposals: { nodes: [{ id: 1, title: 'Alt', cached_votes_up: 3 }] },
            debates: { nodes: [] },
            budgets: { nodes: [] },
          },
        })
        return
      default:
        try {
          json(200, answer(query, state.mode))
        } catch (error) {
          // A bug in the stand-in must fail the test quickly, not hang it until the timeout.
          json(500, { errors: [{ message: `Stand-in: ${(error as Error).message}` }] })
        }
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}

/** A local address where nothing listens: "Consul is down". */
export async function deadAddress(): Promise<string> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

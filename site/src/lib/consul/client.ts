import type { z } from 'zod'

import { readLimited } from '../sources/read-limited'
import { graphqlEnvelope } from './schema'

/** Why a Consul answer was not usable; `message` is plain German for the build log. */
export class ConsulError extends Error {
  override name = 'ConsulError'
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'disabled' | 'errors' | 'shape',
    message: string,
  ) {
    super(message)
  }
}

// Consul's schema caps pages at 25 (default_max_page_size) and we never need more than a few pages:
// a city instance has dozens of open items, not thousands.
export const PAGE_SIZE = 25
const MAX_PAGES = 8
const MAX_BYTES = 2 * 1024 * 1024

export type Requester = <T extends z.ZodType>(query: string, shape: T) => Promise<z.infer<T>>

/** POSTs GraphQL queries to <instance>/graphql until `signal` aborts; validates every answer. */
export function graphqlRequester(instanceUrl: string, signal: AbortSignal): Requester {
  const endpoint = `${instanceUrl}/graphql`
  return async (query, shape) => {
    let response: Response
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
        redirect: 'error',
        signal,
      })
    } catch (error) {
      if (signal.aborted)
        throw new ConsulError('timeout', 'Zeitüberschreitung: Consul hat nicht rechtzeitig geantwortet.')
      throw new ConsulError(
        'unreachable',
        `Consul ist nicht erreichbar (${(error as Error).cause ?? (error as Error).message}).`,
      )
    }
    const body = await readLimited(response, MAX_BYTES, (kind, detail) =>
      kind === 'size'
        ? new ConsulError('shape', 'Die Antwort von Consul ist unerwartet groß.')
        : signal.aborted
          ? new ConsulError('timeout', 'Zeitüberschreitung: Consul hat nicht rechtzeitig geantwortet.')
          : new ConsulError('unreachable', `Die Verbindung zu Consul ist abgebrochen (${detail}).`),
    )
    if (response.status === 403 || response.status === 404 || response.status === 410) {
      throw new ConsulError(
        'disabled',
        `Die Consul-Schnittstelle ist abgeschaltet oder nicht vorhanden (HTTP ${response.status}).`,
      )
    }
    if (!response.ok)
      throw new ConsulError('unreachable', `Consul antwortet mit einem Fehler (HTTP ${response.status}).`)
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      throw new ConsulError('shape', 'Consul hat kein JSON geliefert (vermutlich eine Fehlerseite).')
    }
    const envelope = graphqlEnvelope.safeParse(json)
    if (!envelope.success)
      throw new ConsulError('shape', 'Die Antwort von Consul hat ein unerwartetes Format.')
    if (envelope.data.errors?.length) {
      const messages = envelope.data.errors
        .map((e) => e.message)
        .slice(0, 3)
        .join('; ')
      throw new ConsulError('errors', `Consul meldet Fehler: ${messages}`)
    }
    const parsed = shape.safeParse(envelope.data.data)
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'data'
      throw new ConsulError('shape', `Die Antwort von Consul hat ein unerwartetes Format (bei „${where}“).`)
    }
    return parsed.data
  }
}

type Connection<N> = { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: N }[] }

/**
 * Follows `after` cursors through one collection. Each query asks for a single collection (Consul
 * allows at most two per query), and the cursor goes into the query text as a JSON string literal
 * because older Consul versions parse `variables` only from a JSON-encoded string.
 */
export async function fetchAll<N, T extends z.ZodType>(
  request: Requester,
  collection: string,
  fields: string,
  shape: T,
  pick: (data: z.infer<T>) => Connection<N>,
  /** A field the collection hangs off, e.g. `budget(id: "4")` for a budget's investments. */
  within?: string,
): Promise<N[]> {
  const nodes: N[] = []
  let after: string | null | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const args = `first: ${PAGE_SIZE}${after ? `, after: ${JSON.stringify(after)}` : ''}`
    const list = `${collection}(${args}) { pageInfo { hasNextPage endCursor } edges { node { ${fields} } } }`
    const query = within ? `{ ${within} { ${list} } }` : `{ ${list} }`
    const connection = pick(await request(query, shape))
    nodes.push(...connection.edges.map((edge) => edge.node))
    // A cursor that does not move would only fetch the same page again.
    if (
      !connection.pageInfo.hasNextPage ||
      !connection.pageInfo.endCursor ||
      connection.pageInfo.endCursor === after
    )
      break
    after = connection.pageInfo.endCursor
  }
  return nodes
}

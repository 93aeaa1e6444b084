import autocannon from 'autocannon'

/**
 * An abusive client hammers GraphQL (the 60-alias list query of the security review, anonymous)
 * with autocannon while an editor reads REST, one request after another. Bounded in requests
 * and time; loopback only. Used by tests/security/load.test.ts (asserts behaviour) and
 * scripts/bench.ts (prints the figures).
 */
export type AbuseLoadResult = {
  abusive: {
    sent: number
    answered: number
    refused: number
    errors: number
    perSecond: number
    statuses: Record<string, number>
  }
  editor: { reads: number; failed: number; medianMs: number; maxMs: number }
  durationMs: number
}

const aliasQuery = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: Events(limit: 100) { docs { id title summary } }`).join(' ')} }`

export async function abuseLoad(options: {
  apiUrl: string
  editorToken: string
  /** Headers that make the abuser a client of its own (e.g. X-Forwarded-For behind a trusted proxy). */
  abuserHeaders?: Record<string, string>
  editorHeaders?: Record<string, string>
  requests?: number
  maxSeconds?: number
  editorReads?: number
}): Promise<AbuseLoadResult> {
  const { apiUrl, editorToken, requests = 600, maxSeconds = 20, editorReads = 15 } = options
  const started = performance.now()
  const statuses: Record<string, number> = {}
  let answered = 0
  // Warm-up: the first GraphQL request builds Payload's schema (seconds), as a running CMS has long done.
  await fetch(`${apiUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1' },
    body: '{"query":"{ __typename }"}',
  })
  let finish: (result: autocannon.Result) => void = () => {}
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve))
  const instance = autocannon(
    {
      url: `${apiUrl}/api/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.abuserHeaders },
      body: JSON.stringify({ query: aliasQuery }),
      connections: 10,
      amount: requests,
      timeout: 30,
      // A refused query is an answer without data (GraphQL errors, or 429 from the rate limit).
      setupClient: (client) =>
        client.on('body', (body: Buffer) => /"data":\s*\{/.test(body.toString()) && answered++),
    },
    (error, result) =>
      error
        ? finish({ requests: { sent: 0, average: 0 }, '2xx': 0, non2xx: 0, errors: 1 } as never)
        : finish(result),
  )
  instance.on('response', (_client, statusCode) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  })
  const stop = setTimeout(() => instance.stop(), maxSeconds * 1000)

  const latencies: number[] = []
  let failed = 0
  for (let i = 0; i < editorReads; i++) {
    const t = performance.now()
    const res = await fetch(`${apiUrl}/api/events?limit=20&depth=0`, {
      headers: { Authorization: `JWT ${editorToken}`, ...options.editorHeaders },
    })
    await res.arrayBuffer()
    latencies.push(performance.now() - t)
    if (res.status !== 200) failed++
  }
  const result = await done
  clearTimeout(stop)
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    abusive: {
      sent: result.requests.sent,
      answered,
      refused: result.requests.sent - answered - result.errors,
      errors: result.errors,
      perSecond: Math.round(result.requests.average),
      statuses,
    },
    editor: {
      reads: latencies.length,
      failed,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      maxMs: Math.round(sorted[sorted.length - 1]!),
    },
    durationMs: Math.round(performance.now() - started),
  }
}

import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { password } from '../selfservice/fixtures'

/**
 * Finding 2: GraphQL, body size, paging and request-rate limits through the real API server
 * (the same guard runs in the Next route handlers). Clients are told apart by X-Forwarded-For,
 * which counts because the test's loopback address is configured as a trusted proxy.
 */
let cms: TestCms
let editorToken: string
let client = 0
const newClient = () => `198.51.100.${++client}`

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  process.env.API_RATE_LIMIT = '60'
  cms = await startTestCms({ api: true, name: 'api-limits' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password, role: 'editor' },
  })
  editorToken = await login(cms.api!, 'redaktion@example.org', password)
})
afterAll(async () => {
  await cms?.close()
})

async function send(path: string, init: RequestInit & { from?: string; token?: string } = {}) {
  const res = await fetch(`${cms.api!.url}${path}`, {
    ...init,
    headers: {
      'x-forwarded-for': init.from ?? newClient(),
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.headers as Record<string, string>),
    },
  })
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body: body as GraphqlBody }
}

const graphql = (query: string, token?: string) =>
  send('/api/graphql', { method: 'POST', body: JSON.stringify({ query }), token })
/** GraphQL's answer (data, errors) or the guard's German refusal; a text answer keeps its text. */
type GraphqlBody = { data?: { Events: { docs: unknown[] } } | null; errors?: { message: string }[] }
const messages = (body: GraphqlBody): string => JSON.stringify(body?.errors ?? body)

describe('GraphQL', () => {
  it('is for logged-in accounts only: an anonymous query is refused in German before anything runs', async () => {
    const res = await graphql('{ Events(limit: 1) { docs { id title } } }')
    expect(res.body.data ?? null).toBeNull()
    expect(messages(res.body)).toMatch(/nur angemeldeten Konten/)
  })

  it('answers a logged-in editor', async () => {
    const res = await graphql('{ Events(limit: 1) { docs { id title } } }', editorToken)
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(Array.isArray(res.body.data?.Events.docs)).toBe(true)
  })

  it('refuses more than 10 aliases and deep nesting, even for accounts', async () => {
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `a${i}: Events(limit: 100) { docs { id title summary } }`,
    ).join(' ')
    const many = await graphql(`{ ${aliases} }`, editorToken)
    expect(many.body.data ?? null).toBeNull()
    expect(messages(many.body)).toMatch(/Aliase/)
    // Events > docs > organizers > networks x5 > id: depth 10, every field real.
    const tooDeep = await graphql(
      `{ Events { docs { organizers { ${'networks { '.repeat(5)}id${' }'.repeat(5)} } } } }`,
      editorToken,
    )
    expect(tooDeep.body.data ?? null).toBeNull()
    expect(messages(tooDeep.body)).toMatch(/zu tief verschachtelt/)
    expect(messages(tooDeep.body)).not.toMatch(/Cannot query/)
  })
})

describe('request bodies', () => {
  it('refuses a 20 MiB login body with 413 before parsing it', async () => {
    const big = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(20 * 1024 * 1024) })
    const res = await send('/api/users/login', { method: 'POST', body: big })
    expect(res.status).toBe(413)
    expect(messages(res.body)).toMatch(/Die Anfrage ist zu groß/)
  })

  it('stops a streamed body without Content-Length at the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${cms.api!.url}/api/users/login`)
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            'x-forwarded-for': newClient(),
          },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', (error) =>
        (error as NodeJS.ErrnoException).code === 'EPIPE' ||
        (error as NodeJS.ErrnoException).code === 'ECONNRESET'
          ? undefined
          : reject(error),
      )
      const chunk = Buffer.alloc(256 * 1024, 'a')
      let sent = 0
      const pump = () => {
        while (sent < 12) {
          sent++
          if (!req.write(chunk)) return req.once('drain', pump)
        }
        req.end()
      }
      req.write('{"email":"a@example.org","password":"')
      pump()
    })
    expect(status).toBe(413)
  })

  it('refuses a GraphQL document over 100 KiB', async () => {
    const res = await send('/api/graphql', {
      method: 'POST',
      token: editorToken,
      body: JSON.stringify({ query: `{ Events { docs { id } } } #${'x'.repeat(200 * 1024)}` }),
    })
    expect(res.status).toBe(413)
  })
})

describe('paging', () => {
  it.each([
    ['page=99999999999999999999', /Ungültige Seitenzahl/],
    ['page=-1', /Ungültige Seitenzahl/],
    ['page=abc', /Ungültige Seitenzahl/],
    ['limit=-5', /Ungültige Anzahl/],
    ['limit=zehn', /Ungültige Anzahl/],
    ['limit=100000', /Ungültige Anzahl/],
  ])('answers ?%s with a German 400 instead of 500', async (query, message) => {
    const res = await send(`/api/events?${query}`)
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(message)
  })

  it('still serves normal paging', async () => {
    expect((await send('/api/events?page=1&limit=250')).status).toBe(200)
  })
})

describe('request rate per client', () => {
  it('refuses a client over its budget with a German 429 and Retry-After, and keeps serving others', async () => {
    const abuser = newClient()
    let refused: Awaited<ReturnType<typeof send>> | undefined
    for (let i = 0; i < 80 && !refused; i++) {
      const res = await send('/api/events?limit=1', { from: abuser })
      if (res.status === 429) refused = res
    }
    expect(refused).toBeDefined()
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(messages(refused!.body)).toMatch(/Zu viele Anfragen von Ihrem Anschluss/)
    expect((await send('/api/events?limit=1', { from: newClient() })).status).toBe(200)
  })

  it('cannot be bypassed by a forged X-Forwarded-For from a direct client', async () => {
    const saved = process.env.TRUSTED_PROXIES
    // Without trusted proxies the loopback peer is the client, whatever the header says.
    process.env.TRUSTED_PROXIES = ''
    try {
      let refused = false
      for (let i = 0; i < 80 && !refused; i++)
        refused = (await send('/api/events?limit=1', { from: newClient() })).status === 429
      expect(refused).toBe(true)
    } finally {
      process.env.TRUSTED_PROXIES = saved
    }
  })
})

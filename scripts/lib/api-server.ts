import http from 'node:http'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { setting } from '../../cms/src/config'
import { guardApiRequest } from '../../cms/src/security/guard'
import { securityHeaders } from '../../cms/src/security/headers.mjs'
import { stampPeer } from '../../cms/src/security/peerStamp'
import { listen } from './listen'

export type ApiServer = { url: string; port: number; close: () => Promise<void> }

/**
 * Serves Payload's real REST API (and media files) from a plain Node HTTP server, without the
 * Next.js admin. Site builds, the benchmark and tests use it: it starts in a second instead of
 * building the admin. The admin UI itself runs on Next (`npm start`). Same request limits
 * (security/guard.ts) and security headers as the Next server.
 */
let graphQL: ((request: Request) => Promise<Response>) | undefined

/** Payload's GraphQL route handler (the one Next serves), loaded on first use: it is large. */
async function graphQLHandler(payload: Payload) {
  if (!graphQL) {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    graphQL = GRAPHQL_POST(payload.config)
  }
  return graphQL
}

export async function startApiServer(payload: Payload, port = 0, host = '127.0.0.1'): Promise<ApiServer> {
  const { handleEndpoints } = await import('payload')
  const headersForAll = securityHeaders({ production: setting('NODE_ENV') === 'production' })
  const server = http.createServer(async (req, res) => {
    stampPeer(req)
    for (const { key, value } of headersForAll) res.setHeader(key, value)
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`)
      if (!url.pathname.startsWith(payload.config.routes.api)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden')
        return
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        // @ts-expect-error Node's fetch needs this for streamed request bodies
        duplex: hasBody ? 'half' : undefined,
      })
      const isGraphQL =
        url.pathname === `${payload.config.routes.api}${payload.config.routes.graphQL}` &&
        req.method === 'POST'
      const response = await guardApiRequest(payload, request, async (limited) =>
        isGraphQL
          ? (await graphQLHandler(payload))(limited)
          : handleEndpoints({ config: payload.config, path: url.pathname, request: limited }),
      )
      const headers: Record<string, string | string[]> = {}
      response.headers.forEach((value, key) => {
        if (key === 'set-cookie') return
        headers[key] = value
      })
      const cookies = response.headers.getSetCookie?.() ?? []
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      if (response.body && req.method !== 'HEAD') {
        Readable.fromWeb(response.body as never).pipe(res)
      } else {
        res.end()
      }
    } catch (error) {
      payload.logger.error({ err: error }, 'API server error')
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: 'Interner Fehler' }] }))
    }
  })
  // Longer than the idle time of Node's fetch (4 s), so the server does not close a connection the
  // site build is about to reuse (seen as ECONNRESET under load); the reader retries as well.
  server.keepAliveTimeout = 65_000
  return listen(server, port, host)
}

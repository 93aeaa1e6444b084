import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fetchRetryingDropped } from '../../cms/src/lib/droppedConnection'

// The one retry every reader of another server uses (site build, HumHub import, calendar feeds):
// reads are sent again once when the connection was closed before any answer; writes never are,
// since the server may have acted on them. The stand-in closes every reused kept-alive connection
// as the next request arrives, and every connection of a request to /drop/….
let server: http.Server
let url: string
const received: string[] = []
const served = new WeakSet<Socket>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(`${req.method} ${req.url}`)
    if (served.has(req.socket) || req.url?.startsWith('/drop')) return void req.socket.destroy()
    served.add(req.socket)
    req.resume()
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'text/plain', connection: 'keep-alive' }).end('ok'),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('a connection closed before the answer', () => {
  it('is read again on a new connection for GET', async () => {
    for (let n = 0; n < 3; n++)
      expect(await (await fetchRetryingDropped(`${url}/read/${n}`, { timeoutMs: 10_000 })).text()).toBe('ok')
    // Every read after the first went out twice: once on the dropped connection, once on a new one.
    expect(received.filter((r) => r === 'GET /read/2')).toHaveLength(2)
  })

  it('is not sent again for POST: the caller sees the failure', async () => {
    await expect(
      fetchRetryingDropped(`${url}/drop/write`, { method: 'POST', body: 'b', timeoutMs: 10_000 }),
    ).rejects.toThrow(/fetch failed/)
    expect(received.filter((r) => r === 'POST /drop/write')).toHaveLength(1)
  })

  it('is read again only once: a server that keeps dropping is reported', async () => {
    await expect(fetchRetryingDropped(`${url}/drop/read`, { timeoutMs: 10_000 })).rejects.toThrow(
      /fetch failed/,
    )
    expect(received.filter((r) => r === 'GET /drop/read')).toHaveLength(2)
  })
})

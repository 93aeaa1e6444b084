import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CmsUnavailableError, makeFetcher } from '../../site/src/lib/cms-client'

// The site build reads the CMS over kept-alive connections. A server may close an idle one at the
// very moment the build reuses it (their idle timers race, more often on a busy machine); the
// request never reached the CMS. The stand-in drops a reused connection once for every address.
let server: http.Server
let url: string
let answered = 0
const served = new WeakSet<Socket>()
const dropped = new Set<string>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (served.has(req.socket) && !dropped.has(req.url!)) {
      dropped.add(req.url!)
      return void req.socket.destroy()
    }
    served.add(req.socket)
    answered++
    if (req.url === '/api/broken') return void res.writeHead(500).end('{}')
    res
      .writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' })
      .end(JSON.stringify({ path: req.url }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('reading the CMS', () => {
  it('reads again on a new connection when a kept-alive one was closed under it', async () => {
    const get = makeFetcher(url, 10_000)
    for (let n = 0; n < 5; n++)
      expect(await get(`/api/events?page=${n}`)).toEqual({ path: `/api/events?page=${n}` })
    expect(answered).toBe(5)
    expect(dropped.size).toBeGreaterThan(0)
  })

  it('still stops with the German message when the CMS answers with an error', async () => {
    const get = makeFetcher(url, 10_000)
    await expect(get('/api/broken')).rejects.toThrow(CmsUnavailableError)
    await expect(get('/api/broken')).rejects.toThrow(/HTTP 500/)
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../../cms/src/publish/signature'

export type Received = {
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  json: unknown
  validSignature: boolean
}

/**
 * A stand-in for a build target on 127.0.0.1 (Netlify's build hook or a webhook receiver): records
 * every request and answers with the status the test sets.
 */
export async function startReceiver(secret: string) {
  const received: Received[] = []
  let status = 200
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const check = verifySignature({
        secret,
        body,
        signature: req.headers[SIGNATURE_HEADER] as string | undefined,
        timestamp: req.headers[TIMESTAMP_HEADER] as string | undefined,
      })
      let json: unknown = null
      try {
        json = JSON.parse(body)
      } catch {}
      received.push({ path: req.url ?? '', headers: req.headers, body, json, validSignature: check.ok })
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setStatus: (s: number) => {
      status = s
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

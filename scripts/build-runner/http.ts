// The runner's HTTP side: GET /status, and the signed POST /webhook (build) and POST /rollback.
// Every refusal answers before anything is built: wrong method, media type, size, signature,
// replay, or a body that is no build request (the schema in cms/src/publish/webhook.ts).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { z } from 'zod'

import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../cms/src/publish/signature'
import { contentChangesOf, describeRequest, webhookRequestSchema } from '../../cms/src/publish/webhook'
import type { BuildQueue } from './queue'
import { RequestError } from './types'

/** POST /rollback: `{}` for the previous build, `{ "build": "<id>" }` for a given one. */
const rollbackBodySchema = z.object({ build: z.string().optional() })

/** The same signed request again within this window is a replay (signatures older than 5 minutes fail anyway). */
const REPLAY_WINDOW_MS = 10 * 60_000

export type ControlServerOptions = {
  queue: BuildQueue
  secret: string
  host: string
  port: number
  /** Larger bodies are refused with 413. */
  maxBodyBytes: number
  log: (message: string) => void
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new RequestError(413, `Anfrage zu groß (höchstens ${limit} Bytes).`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new RequestError(413, `Anfrage zu groß (höchstens ${limit} Bytes).`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body))

const header = (req: http.IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export async function startControlServer(
  options: ControlServerOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { queue, secret, log } = options
  const seenSignatures = new Map<string, number>()

  function checkSignature(req: http.IncomingMessage, body: Buffer) {
    const signature = header(req, SIGNATURE_HEADER)
    const result = verifySignature({ secret, body, signature, timestamp: header(req, TIMESTAMP_HEADER) })
    if (!result.ok || !signature) throw new RequestError(401, result.ok ? 'Signatur fehlt.' : result.message)
    const now = Date.now()
    for (const [sig, at] of seenSignatures) if (now - at > REPLAY_WINDOW_MS) seenSignatures.delete(sig)
    if (seenSignatures.has(signature))
      throw new RequestError(409, 'Diese Anfrage wurde bereits angenommen (Wiederholung).')
    seenSignatures.set(signature, now)
  }

  async function signedJson(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      throw new RequestError(405, 'Nur POST ist erlaubt.')
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      throw new RequestError(415, 'Erwartet wird application/json.')
    const body = await readBody(req, options.maxBodyBytes)
    checkSignature(req, body)
    try {
      return JSON.parse(body.toString('utf8'))
    } catch {
      throw new RequestError(400, 'Der Inhalt ist kein gültiges JSON.')
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    try {
      if (url.pathname === '/status' && (req.method === 'GET' || req.method === 'HEAD')) {
        json(res, 200, await queue.status())
      } else if (url.pathname === '/rollback') {
        const body = rollbackBodySchema.safeParse(await signedJson(req, res))
        if (!body.success)
          throw new RequestError(400, `Ungültige Rückkehr-Anfrage: ${z.prettifyError(body.error)}`)
        json(res, 200, { live: await queue.rollback(body.data.build) })
      } else if (url.pathname === '/webhook') {
        const body = webhookRequestSchema.safeParse(await signedJson(req, res))
        if (!body.success)
          throw new RequestError(
            400,
            `Der Inhalt ist kein gültiger Build-Auftrag: ${z.prettifyError(body.error)}`,
          )
        queue.requestBuild(`webhook: ${describeRequest(body.data)}`, contentChangesOf(body.data))
        json(res, 202, { accepted: true, ...queue.pending() })
      } else {
        throw new RequestError(404, 'Nicht gefunden.')
      }
    } catch (error) {
      const status = error instanceof RequestError ? error.status : 500
      if (status === 401 || status === 409 || status === 413) queue.countRejected()
      if (status >= 500) log(`Fehler: ${(error as Error).message}`)
      if (!res.headersSent) {
        if (status === 413) res.setHeader('connection', 'close')
        json(res, status, { error: (error as Error).message })
      }
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host}:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

import type { Payload } from 'payload'

import { setting } from '../config'
import { uploadLimitFor } from '../hooks/checkUpload'
import { clientAddress } from './clientAddress'
import { hit, inMinutes, limitKey } from './limiter'
import { readThrough } from '../api/readCache'
import { sortProblem } from './queries'

/**
 * The outer defences of every /api request, in front of Payload's own handler, for both servers
 * that serve the API: the Next route handlers (production, cms/src/app/(payload)/api) and the
 * plain test API server (scripts/lib/api-server.ts). In this order: request rate per client,
 * body size, paging and sort parameters, and a time limit; anonymous reads of published content
 * may be answered from the read cache (api/readCache.ts). Every refusal is German JSON in Payload's error
 * shape ({ errors: [{ message }] }), which the admin shows as it is.
 */

export const bodyLimits = {
  /** GraphQL documents are small; a 7 MB query took 9 s to parse. */
  graphql: () => setting('API_GRAPHQL_BODY_LIMIT'),
  /**
   * Uploads (the admin sends every save as multipart with the document in `_payload`): the
   * collection's file limit plus room for the document.
   */
  multipart: (pathname: string) => uploadLimitFor(pathname) + 1024 * 1024,
  /** JSON and forms: rich text documents stay well below this. */
  other: () => setting('API_BODY_LIMIT'),
}

/** Highest accepted `page` and `limit` (the site reads 250 per page, the admin at most 100). */
export const maxPage = 100_000
export const maxLimit = () => setting('API_MAX_LIMIT')

/** Reads (and GraphQL) 30 s; writes 120 s: a save may resize images and send mail on a busy host. */
export const timeLimitMs = (method: string) =>
  method === 'GET' || method === 'HEAD' ? setting('API_TIME_LIMIT_MS') : setting('API_WRITE_TIME_LIMIT_MS')

/** What one request costs of the client's API budget: GraphQL can ask for much more than REST. */
const cost = (path: string, method: string) =>
  path.endsWith('/graphql') ? 10 : method === 'GET' || method === 'HEAD' ? 1 : 2

export function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })
}

// The rest of the body stays unread: the connection cannot carry another request.
const tooLarge = (limit: number) =>
  refusal(
    413,
    `Die Anfrage ist zu groß (höchstens ${(limit / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB). Bitte laden Sie größere Dateien einzeln hoch oder kürzen Sie den Inhalt.`,
    { Connection: 'close' },
  )

/** 400 for paging values Payload would turn into a database error (500) or a huge read. */
export function pagingProblem(url: URL): string | null {
  const checks: [string, number, number][] = [
    ['page', 1, maxPage],
    ['limit', 0, maxLimit()],
  ]
  for (const [name, min, max] of checks) {
    const raw = url.searchParams.get(name)
    if (raw === null || raw === '') continue
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      return name === 'page'
        ? `Ungültige Seitenzahl „${raw.slice(0, 30)}“: erlaubt sind ganze Zahlen von ${min} bis ${max.toLocaleString('de-DE')}.`
        : `Ungültige Anzahl „${raw.slice(0, 30)}“ (limit): erlaubt sind ganze Zahlen von ${min} bis ${max.toLocaleString('de-DE')}.`
    }
  }
  return null
}

class BodyTooLarge extends Error {}

/** Counts the bytes of a streamed body and fails the stream past the limit. */
function limitStream(body: ReadableStream<Uint8Array>, limit: number, tripped: { value: boolean }) {
  let seen = 0
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > limit) {
          tripped.value = true
          controller.error(new BodyTooLarge('body too large'))
          return
        }
        controller.enqueue(chunk)
      },
    }),
  )
}

type Handler = (request: Request) => Promise<Response>

/**
 * Runs `handler` for an /api request under the limits above. `request` must carry the peer stamp
 * (security/clientAddress.ts) for the per-client limit to tell clients apart.
 */
export async function guardApiRequest(
  payload: Payload,
  request: Request,
  handler: Handler,
): Promise<Response> {
  const url = new URL(request.url)
  const method = request.method.toUpperCase()
  if (method !== 'OPTIONS') {
    const wait = await hit(
      payload,
      'api',
      limitKey(clientAddress(request.headers)),
      cost(url.pathname, method),
    )
    if (wait) {
      return refusal(
        429,
        `Zu viele Anfragen von Ihrem Anschluss. Bitte versuchen Sie es ${inMinutes(wait)} noch einmal.`,
        {
          'Retry-After': String(wait),
        },
      )
    }
  }

  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const limit = url.pathname.endsWith('/graphql')
    ? bodyLimits.graphql()
    : type.startsWith('multipart/form-data')
      ? bodyLimits.multipart(url.pathname)
      : bodyLimits.other()
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) return tooLarge(limit)

  const problem = pagingProblem(url) ?? (method === 'GET' ? sortProblem(payload, url) : null)
  if (problem) return refusal(400, problem)

  const tripped = { value: false }
  const abort = new AbortController()
  const guarded = request.body
    ? new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: limitStream(request.body, limit, tripped),
        signal: abort.signal,
        // @ts-expect-error Node's fetch needs this for streamed request bodies
        duplex: 'half',
      })
    : request

  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () => {
        abort.abort()
        payload.logger.warn({ path: url.pathname, method }, 'API request over the time limit')
        resolve(
          refusal(
            503,
            'Die Anfrage hat zu lange gedauert und wurde abgebrochen. Bitte versuchen Sie es noch einmal oder fragen Sie weniger Daten auf einmal ab.',
          ),
        )
      },
      timeLimitMs(url.pathname.endsWith('/graphql') ? 'GET' : method),
    )
  })
  try {
    const response = await Promise.race([
      readThrough(payload, guarded, handler).catch((error: unknown) => {
        if (tripped.value) return tooLarge(limit)
        throw error
      }),
      timeout,
    ])
    // Payload may answer a failed body read with its own error; the cause was the size.
    return tripped.value ? tooLarge(limit) : response
  } finally {
    clearTimeout(timer)
  }
}

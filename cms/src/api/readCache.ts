import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { setting } from '../config'
import { PUBLIC_COLLECTIONS } from '../publish/publicContent'
import { currentGeneration, generationNow } from './changes'

/**
 * A cache of anonymous reads of published content, in front of Payload's REST handler (wired in
 * security/guard.ts, so the Next server and the test API server share it). At 32 concurrent
 * clients a city-scale events list took seconds per request, almost all of it Payload's find,
 * population and afterRead work for the same answer again and again (issue 15).
 * What is cached: GET of a public content collection's list or of one document by id, without
 * any credential (no Authorization header, no login cookie) and without `draft`, answered 200
 * without a cookie. Those answers are the same for every anonymous reader, so nobody ever gets
 * a draft or another account's data from here (tests/security/read-cache.test.ts).
 * Freshness: every entry belongs to a content generation (./changes.ts), which every change in
 * any CMS process on the database moves on; API_READ_CACHE_SECONDS bounds an entry's age on top
 * (0 turns the cache off). Identical misses wait for one read instead of each doing their own.
 * Anonymous readers get an ETag and `Cache-Control: no-cache`, so a browser or proxy asks again
 * each time and gets 304 while nothing changed.
 */

/** The site's public collections (one list, publish/publicContent.ts) and the uploads they show. */
export const cachedCollections = new Set<string>([...PUBLIC_COLLECTIONS, 'media', 'sign-videos'])

const maxEntries = 2000
const maxBytes = 64 * 1024 * 1024
const idPattern = /^(\d+|[0-9a-f]{24})$/

type Entry = {
  generation: number
  expires: number
  headers: [string, string][]
  body: Uint8Array
  etag: string
}
type Filled = { entry: Entry } | { response: Response }

const entries = new Map<string, Entry>()
const pending = new Map<string, Promise<Filled>>()
let bytes = 0

/** The cache key of a request that may be answered from the cache, else null. */
export function cacheKey(payload: Payload, request: Request, url: URL): string | null {
  if (request.method !== 'GET') return null
  if (request.headers.has('authorization')) return null
  const cookies = request.headers.get('cookie') ?? ''
  // Any of Payload's cookies (the login, the admin's language): such a reader is no anonymous one.
  if (cookies.includes(`${payload.config.cookiePrefix ?? 'payload'}-`)) return null
  const match = /^\/api\/([^/]+)(?:\/([^/]+))?\/?$/.exec(url.pathname)
  if (!match || !cachedCollections.has(match[1]!)) return null
  if (match[2] !== undefined && !idPattern.test(match[2])) return null
  const draft = url.searchParams.get('draft')
  if (draft !== null && draft !== 'false') return null
  return url.pathname + url.search
}

function remember(key: string, entry: Entry) {
  const old = entries.get(key)
  if (old) bytes -= old.body.byteLength
  entries.delete(key)
  entries.set(key, entry)
  bytes += entry.body.byteLength
  // Oldest first: a Map iterates in insertion order, and a hit moves its entry to the end.
  for (const [k, e] of entries) {
    if (entries.size <= maxEntries && bytes <= maxBytes) break
    entries.delete(k)
    bytes -= e.body.byteLength
  }
}

async function fill(
  request: Request,
  handler: (request: Request) => Promise<Response>,
  generation: number,
  ttlMs: number,
): Promise<Filled> {
  const response = await handler(request)
  if (response.status !== 200 || response.headers.has('set-cookie')) return { response }
  const body = new Uint8Array(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, key) => {
    if (key !== 'content-length' && key !== 'etag' && key !== 'cache-control') headers.push([key, value])
  })
  const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
  return { entry: { generation, expires: Date.now() + ttlMs, headers, body, etag } }
}

function answer(request: Request, entry: Entry, state: 'hit' | 'miss'): Response {
  const headers = new Headers(entry.headers)
  headers.set('etag', entry.etag)
  headers.set('cache-control', 'public, no-cache')
  headers.set('vary', 'Authorization, Cookie')
  headers.set('x-read-cache', state)
  const tags = request.headers.get('if-none-match')
  if (tags && tags.split(',').some((t) => t.trim() === entry.etag)) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(entry.body.slice(), { status: 200, headers })
}

/** Answers `request` from the cache where it may, else through `handler` (storing the answer). */
export async function readThrough(
  payload: Payload,
  request: Request,
  handler: (request: Request) => Promise<Response>,
): Promise<Response> {
  const ttlMs = setting('API_READ_CACHE_SECONDS') * 1000
  const key = ttlMs > 0 ? cacheKey(payload, request, new URL(request.url)) : null
  if (!key) return handler(request)
  const generation = await currentGeneration(payload)
  if (generation === null) return handler(request)
  const cached = entries.get(key)
  if (cached && cached.generation === generation && cached.expires > Date.now()) {
    entries.delete(key)
    entries.set(key, cached)
    return answer(request, cached, 'hit')
  }
  const flightKey = `${generation} ${key}`
  let flight = pending.get(flightKey)
  const first = !flight
  if (!flight) {
    flight = fill(request, handler, generation, ttlMs)
    pending.set(flightKey, flight)
    void flight.finally(() => pending.delete(flightKey)).catch(() => {})
  }
  const filled = first ? await flight : await flight.catch(() => null)
  if (!filled) return handler(request)
  if ('response' in filled) return first ? filled.response : handler(request)
  // Stored only if no change came in while it was read: else it may show the old state.
  if (first && generationNow() === generation) remember(key, filled.entry)
  return answer(request, filled.entry, 'miss')
}

/** Empties the cache (tests, and a process that changed the database behind Payload's back). */
export function clearReadCache() {
  entries.clear()
  bytes = 0
}

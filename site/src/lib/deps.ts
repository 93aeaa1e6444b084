// Which content each page read while it was rendered, so that the next build can tell which pages
// would come out exactly the same. Astro's incremental build (experimental.incrementalBuild) copies
// a page from the last build instead of rendering it when the page's cacheKey is unchanged; the key
// here is a digest of the page's props and of the current value of everything the page read last
// time. A page only reads content through the tracked functions in ./data.ts, so if none of those
// values changed, neither did the page (Astro itself invalidates a page when its code changes).
//
// Rendering is sequential (build.concurrency 1, Astro's default; incremental builds require it), so
// every read between the middleware's beginPage() for one page and the next belongs to that page.

import crypto from 'node:crypto'
import fs from 'node:fs'

/** What a page read: `kind|arg|arg…`, re-evaluated by the resolver registered for `kind`. */
type Dep = string
type Resolver = (...args: string[]) => unknown

export type PageRecord = {
  /** Everything the page read, sorted. */
  deps: Dep[]
  /** Digest of the page's props and of the values of its deps when it was rendered. */
  renderKey: string
  /** The cacheKey Astro recorded for the page (Astro compares the next build's key with it). */
  cacheKey: string
}
export type DepsFile = { version: 1; pages: Record<string, PageRecord> }

const resolvers = new Map<string, Resolver>()
let depth = 0
let currentPage: string | null = null
let currentDeps: Set<Dep> | null = null
const rendered = new Map<string, Set<Dep>>()
const planned = new Map<string, { propsDigest: string; cacheKey: string }>()
const versions = new Map<Dep, string>()
// A key nobody has used before: a page without a record must be rendered.
const buildId = crypto.randomUUID()

/**
 * Wraps a read of the content snapshot: the page that calls it depends on its value for exactly
 * these arguments. Reads inside (other tracked functions) are covered by that value and not
 * recorded on their own. Arguments are strings so the next build can call it again by name.
 */
export function tracked<A extends string[], R>(kind: string, fn: (...args: A) => R): (...args: A) => R {
  if (resolvers.has(kind)) throw new Error(`Doppelt registrierte Abhängigkeit: ${kind}`)
  resolvers.set(kind, fn as unknown as Resolver)
  return (...args: A) => {
    if (currentDeps && depth === 0) currentDeps.add([kind, ...args].join('|'))
    depth++
    try {
      return fn(...args)
    } finally {
      depth--
    }
  }
}

// Digests of content documents, once per object: lists of thousands of documents are hashed
// again and again (props of list and filter pages), the documents themselves only once.
const objectDigests = new WeakMap<object, string>()

const sha = (text: string) => crypto.createHash('sha1').update(text).digest('base64url').slice(0, 22)

function normalise(value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value.entries()].map(([k, v]) => [k, normalise(v)]) }
  if (value instanceof Set) return { $set: [...value].map(normalise) }
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    // A content document (id and updatedAt): hashed once, then referred to by its digest.
    if ('id' in v && 'updatedAt' in v) {
      let d = objectDigests.get(v)
      if (!d) {
        d = sha(JSON.stringify(v))
        objectDigests.set(v, d)
      }
      return `#${d}`
    }
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(v)) out[key] = normalise(v[key])
    return out
  }
  return value
}

const digest = (value: unknown) => sha(JSON.stringify(normalise(value)) ?? 'undefined')

function versionOf(dep: Dep): string {
  let v = versions.get(dep)
  if (v !== undefined) return v
  const [kind, ...args] = dep.split('|')
  const resolve = resolvers.get(kind)
  if (!resolve) v = `unbekannt:${buildId}`
  else {
    depth++
    try {
      v = digest(resolve(...args))
    } catch {
      v = `fehler:${buildId}`
    } finally {
      depth--
    }
  }
  versions.set(dep, v)
  return v
}

const keyFor = (propsDigest: string, deps: Dep[]) =>
  sha(`${propsDigest}\n${deps.map((d) => `${d}=${versionOf(d)}`).join('\n')}`)

/** One name per page across builds: the route pattern and its parameters. */
export function pageKey(routePattern: string, params: Record<string, string | number | undefined>) {
  const entries = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => [k, String(v)])
    .sort(([a], [b]) => a.localeCompare(b))
  return `${routePattern} ${JSON.stringify(entries)}`
}

let previous: Record<string, PageRecord> | undefined
function previousPages(): Record<string, PageRecord> {
  if (previous) return previous
  previous = {}
  const file = process.env.NB_SITE_DEPS
  if (file) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as DepsFile
      if (data.version === 1 && data.pages) previous = data.pages
    } catch {
      // No record yet (first build) or an unreadable one: every page is rendered.
    }
  }
  return previous
}

type StaticPath = { params: Record<string, string | number | undefined>; props?: unknown }

/**
 * getStaticPaths entries with a cacheKey each. The key is the one Astro recorded last time when
 * nothing the page read has changed, otherwise a new digest (or, without a record, a key nobody
 * used before), so Astro renders exactly the pages whose inputs changed.
 */
export function withCacheKeys<T extends StaticPath>(
  routePattern: string | undefined,
  entries: T[],
): (T & { cacheKey?: string })[] {
  // Without the incremental build (tests of single pages, `astro dev`) there is nothing to key.
  if (!routePattern || !process.env.NB_SITE_DEPS) return entries
  const before = previousPages()
  return entries.map((entry) => {
    const key = pageKey(routePattern, entry.params)
    const propsDigest = digest(entry.props ?? null)
    const record = before[key]
    let cacheKey = `neu:${buildId}`
    if (record) {
      const now = keyFor(propsDigest, record.deps)
      cacheKey = now === record.renderKey ? record.cacheKey : now
    }
    planned.set(key, { propsDigest, cacheKey })
    return { ...entry, cacheKey }
  })
}

function finishPage() {
  if (currentPage && currentDeps) rendered.set(currentPage, currentDeps)
  currentPage = null
  currentDeps = null
}

/** Called by the middleware when Astro starts rendering a page. */
export function beginPage(routePattern: string, params: Record<string, string | number | undefined>) {
  // Only incremental builds use the records (a dev server would just collect them forever).
  if (!process.env.NB_SITE_DEPS) return
  finishPage()
  currentPage = pageKey(routePattern, params)
  currentDeps = new Set()
}

/** The records for the next build: fresh ones for rendered pages, carried over for copied ones. */
export function collectRecords(): DepsFile {
  finishPage()
  const pages: Record<string, PageRecord> = {}
  const before = previousPages()
  for (const [key, plan] of planned) {
    const deps = rendered.get(key)
    if (deps) {
      const list = [...deps].sort()
      pages[key] = { deps: list, renderKey: keyFor(plan.propsDigest, list), cacheKey: plan.cacheKey }
    } else if (before[key]) {
      pages[key] = { ...before[key], cacheKey: plan.cacheKey }
    }
  }
  return { version: 1, pages }
}

/** How many pages were rendered in this build (the rest were copied). */
export const renderedCount = () => rendered.size + (currentPage ? 1 : 0)

// The build script (scripts/lib/astro-build.mjs) runs in the same process as Astro's prerenderer
// and collects the records through this handle after the build.
;(globalThis as Record<symbol, unknown>)[Symbol.for('nb.site.deps')] = { collectRecords, renderedCount }

/** `export const getStaticPaths = keyed(() => [...])`: the entries get their cacheKeys. */
export const keyed =
  <T extends StaticPath>(paths: () => T[]) =>
  (options?: { routePattern?: string }) =>
    withCacheKeys(options?.routePattern, paths())

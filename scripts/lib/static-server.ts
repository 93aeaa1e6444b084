import fs from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { listen } from './listen'
import { buildHeaderRules, headersForPath } from './netlify-rules'
import { redirectFor } from './redirects'

// Serves a built site like Netlify would: directory URLs, the site's own 404 page, and content
// types for everything the build writes (feeds, open data, Pagefind's wasm and index chunks).

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

export function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase()
  if (types[ext]) return types[ext]
  // Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pf_filter) are gzip'd binaries.
  if (ext.startsWith('.pf_')) return 'application/octet-stream'
  return 'application/octet-stream'
}

async function isFile(file: string) {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

export type Resolved =
  | { kind: 'file'; file: string; status: 200 | 404 }
  | { kind: 'redirect'; location: string }
  | { kind: 'error'; status: 400 | 403 | 404; message: string }

/**
 * Maps a URL path to a file of a built site the way Netlify does: directory URLs get a trailing
 * slash and their index.html, `/foo` may be `foo.html`, anything else is the site's 404 page.
 * Paths that climb out of `root` are refused.
 */
export async function resolveStaticFile(root: string, url: URL): Promise<Resolved> {
  let rel: string
  try {
    rel = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'error', status: 400, message: 'Ungültige Adresse' }
  }
  const target = path.resolve(root, `.${path.posix.normalize(rel)}`)
  if (target !== root && !target.startsWith(root + path.sep))
    return { kind: 'error', status: 403, message: 'Verboten' }
  if (await isFile(target)) return { kind: 'file', file: target, status: 200 }
  if (await isFile(path.join(target, 'index.html'))) {
    if (!url.pathname.endsWith('/')) return { kind: 'redirect', location: `${url.pathname}/${url.search}` }
    return { kind: 'file', file: path.join(target, 'index.html'), status: 200 }
  }
  if (await isFile(`${target}.html`)) return { kind: 'file', file: `${target}.html`, status: 200 }
  // Old addresses (the HumHub move, see scripts/humhub/redirects.ts) where no page answers.
  const moved = await redirectFor(root, url)
  if (moved) return { kind: 'redirect', location: moved }
  const notFound = path.join(root, '404.html')
  if (await isFile(notFound)) return { kind: 'file', file: notFound, status: 404 }
  return { kind: 'error', status: 404, message: 'Seite nicht gefunden' }
}

/** Writes a resolved answer: the file with its type and length, a redirect, or a short text. */
export async function sendResolved(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  resolved: Resolved,
  headersFor: (file: string) => Record<string, string>,
) {
  if (resolved.kind === 'redirect') {
    res.writeHead(301, { location: resolved.location }).end()
    return
  }
  if (resolved.kind === 'error') {
    res.writeHead(resolved.status, { 'content-type': 'text/plain; charset=utf-8' }).end(resolved.message)
    return
  }
  const stat = await fs.stat(resolved.file)
  res.writeHead(resolved.status, {
    ...headersFor(resolved.file),
    'content-type': contentTypeFor(resolved.file),
    'content-length': stat.size,
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(resolved.file)
    .on('error', () => res.destroy())
    .pipe(res)
}

export type StaticServer = { url: string; port: number; close: () => Promise<void> }

export async function startStaticServer(options: {
  dir: string
  port?: number
  host?: string
}): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res
          .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
          .end('Methode nicht erlaubt')
        return
      }
      // Resolved per request: the publish pipeline swaps a symlink to a fresh build atomically.
      const root = await fs.realpath(options.dir)
      const url = new URL(req.url ?? '/', 'http://localhost')
      // The build's own header policy (CSP, framing, caching: scripts/lib/header-policy.ts), as on Netlify.
      const rules = await buildHeaderRules(root)
      await sendResolved(req, res, await resolveStaticFile(root, url), () => ({
        'x-content-type-options': 'nosniff',
        ...headersForPath(rules, url.pathname),
      }))
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Interner Fehler: ${(error as Error).message}`)
    }
  })
  return listen(server, options.port ?? 0, host)
}

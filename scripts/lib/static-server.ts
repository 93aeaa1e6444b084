import fs from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

// Serves a built site like Netlify would: directory URLs, the site's own 404 page, and content
// types for everything the build writes (feeds, open data, Pagefind's wasm and index chunks).

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
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

export type StaticServer = { url: string; port: number; close: () => Promise<void> }

export async function startStaticServer(options: { dir: string; port?: number; host?: string }): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Methode nicht erlaubt')
        return
      }
      // Resolved per request: the publish pipeline swaps a symlink to a fresh build atomically.
      const root = await fs.realpath(options.dir)
      const url = new URL(req.url ?? '/', 'http://localhost')
      let rel: string
      try {
        rel = decodeURIComponent(url.pathname)
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Ungültige Adresse')
        return
      }
      const target = path.resolve(root, `.${path.posix.normalize(rel)}`)
      if (target !== root && !target.startsWith(root + path.sep)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Verboten')
        return
      }
      let file: string | undefined
      if (await isFile(target)) file = target
      else if (await isFile(path.join(target, 'index.html'))) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
          return
        }
        file = path.join(target, 'index.html')
      } else if (await isFile(`${target}.html`)) file = `${target}.html`

      let status = 200
      if (!file) {
        status = 404
        file = path.join(root, '404.html')
        if (!(await isFile(file))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Seite nicht gefunden')
          return
        }
      }
      const stat = await fs.stat(file)
      const headers: Record<string, string | number> = {
        'content-type': contentTypeFor(file),
        'content-length': stat.size,
        'x-content-type-options': 'nosniff',
        'cache-control': /\/_astro\//.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      }
      res.writeHead(status, headers)
      if (req.method === 'HEAD') {
        res.end()
        return
      }
      createReadStream(file).on('error', () => res.destroy()).pipe(res)
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Interner Fehler: ${(error as Error).message}`)
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

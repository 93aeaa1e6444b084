import fs from 'node:fs/promises'
import http from 'node:http'

import { resolveStaticFile, sendResolved } from '../lib/static-server'
import { listen } from '../lib/listen'
import { buildHeaderRules, headersForPath, type HeaderRule } from '../lib/netlify-rules'

export type SiteServer = { url: string; port: number; close: () => Promise<void> }

const text = (res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  res
    .writeHead(status, {
      ...headers,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(body)

/**
 * Serves the live build the way Netlify does (directory URLs, the site's 404 page, the headers of
 * netlify.toml). `liveDir` is the `current` symlink: it is resolved on every request, so a swap
 * to a new build takes effect atomically between two requests and never in the middle of one.
 */
export type ProxyRule = { from: string; to: string }

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
])

/** Netlify's proxy rules (status 200 to another origin), e.g. the account form to the CMS. */
async function proxy(req: http.IncomingMessage, res: http.ServerResponse, target: string) {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (!hopByHop.has(name) && typeof value === 'string') headers[name] = value
  }
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const chunks: Buffer[] = []
  if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer)
  const upstream = await fetch(target, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  })
  const out: Record<string, string> = {}
  upstream.headers.forEach((value, name) => {
    if (!hopByHop.has(name) && name !== 'content-encoding') out[name] = value
  })
  const body = Buffer.from(await upstream.arrayBuffer())
  res.writeHead(upstream.status, { ...out, 'content-length': body.length }).end(body)
}

export async function startSiteServer(options: {
  liveDir: string
  rules: HeaderRule[]
  proxies?: ProxyRule[]
  port?: number
  host?: string
}): Promise<SiteServer> {
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer(async (req, res) => {
    try {
      const proxied = options.proxies?.find(
        (p) => p.from === new URL(req.url ?? '/', 'http://localhost').pathname,
      )
      if (proxied) {
        await proxy(req, res, proxied.to).catch(() => {
          if (!res.headersSent)
            text(
              res,
              502,
              'Das CMS ist gerade nicht erreichbar. Ihre Eingaben wurden nicht gesendet; bitte versuchen Sie es später erneut.',
            )
        })
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        text(res, 405, 'Methode nicht erlaubt', { allow: 'GET, HEAD' })
        return
      }
      let root: string
      try {
        root = await fs.realpath(options.liveDir)
      } catch {
        text(
          res,
          503,
          'Die Website wird gerade zum ersten Mal erstellt. Bitte versuchen Sie es in einer Minute erneut.',
          { 'retry-after': '30' },
        )
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      // netlify.toml's rules and the live build's _headers (its CSP, framing and caching) together,
      // as Netlify applies them.
      const rules = [...options.rules, ...(await buildHeaderRules(root))]
      await sendResolved(req, res, await resolveStaticFile(root, url), () =>
        headersForPath(rules, url.pathname),
      )
    } catch (error) {
      if (!res.headersSent) text(res, 500, `Interner Fehler: ${(error as Error).message}`)
      else res.destroy()
    }
  })
  return listen(server, options.port ?? 0, host)
}

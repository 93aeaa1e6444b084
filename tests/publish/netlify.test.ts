import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'smol-toml'
import { describe, expect, it } from 'vitest'

import { headersForPath, loadHeaderRules, netlifyRedirects } from '../../scripts/lib/netlify-rules'

const file = path.resolve(import.meta.dirname, '../../netlify.toml')
const text = fs.readFileSync(file, 'utf8')
type Toml = {
  build: { command: string; publish: string; environment: Record<string, string> }
  redirects: { from: string; to: string; status: number; force?: boolean }[]
  headers: { for: string; values: Record<string, string> }[]
}
const config = parse(text) as unknown as Toml
const rules = loadHeaderRules(file)
const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'))

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/)
        return [name, sources]
      }),
  ) as Record<string, string[]>

describe('netlify.toml', () => {
  it('the proxy to the CMS follows PAYLOAD_URL: a Netlify build writes it as _redirects with the CMS it read', () => {
    const proxies = config.redirects.filter((r) => r.status === 200)
    expect(proxies.map((p) => p.from)).toEqual([
      '/api/konto-beantragen',
      '/api/anfrage',
      '/api/benachrichtigungen',
      '/api/push/key',
      '/api/push/subscribe',
      '/api/push/unsubscribe',
    ])
    const redirects = netlifyRedirects(file, 'https://cms.beispiel-stadt.de')
    expect(redirects).toBe(
      proxies
        .map((p) => `${p.from}  https://cms.beispiel-stadt.de${new URL(p.to).pathname}  200!\n`)
        .join(''),
    )
    // The 404 rule is not a proxy and stays in netlify.toml only.
    expect(redirects).not.toContain('404')
  })

  it('builds the site with npm run build:site into site/dist on Node 24, and documents PAYLOAD_URL', () => {
    expect(config.build.command).toBe('npm run build:site')
    expect(pkg.scripts['build:site']).toBeTruthy()
    expect(config.build.publish).toBe('site/dist')
    expect(config.build.environment.NODE_VERSION).toBe('24')
    expect(text).toMatch(/PAYLOAD_URL\s+public address of the CMS/)
  })

  it('sends a strict CSP and the security headers on every page', () => {
    for (const p of [
      '/',
      '/veranstaltungen/stadtfest/',
      '/_astro/app.js',
      '/pagefind/pagefind.js',
      '/404.html',
    ]) {
      const h = headersForPath(rules, p)
      const csp = directives(h['content-security-policy'])
      expect(csp['default-src'], p).toEqual(["'self'"])
      // Nothing inline, nothing evaluated except Pagefind's WebAssembly, no third party anywhere.
      expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
      expect(csp['style-src']).toEqual(["'self'"])
      for (const sources of Object.values(csp)) {
        for (const s of sources) expect(s, p).toMatch(/^'(self|none|wasm-unsafe-eval)'$/)
      }
      expect(csp['frame-ancestors']).toEqual(["'none'"])
      expect(csp['object-src']).toEqual(["'none'"])
      expect(csp['base-uri']).toEqual(["'self'"])
      expect(csp['form-action']).toEqual(["'self'"])
      expect(h['strict-transport-security']).toMatch(/max-age=(\d{8,})/)
      expect(h['x-content-type-options']).toBe('nosniff')
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(h['permissions-policy']).toContain('geolocation=()')
      expect(h['permissions-policy']).toContain('camera=()')
    }
    expect(config.headers.find((h) => h.for === '/*')!.values['Content-Security-Policy']).not.toMatch(/\n/)
  })

  it('caches hashed assets and Pagefind chunks for a year, HTML and Pagefind entry files not at all', () => {
    const cache = (p: string) => headersForPath(rules, p)['cache-control']
    expect(cache('/_astro/BaseLayout.DXtQsy1y.css')).toBe('public, max-age=31536000, immutable')
    expect(cache('/pagefind/fragment/de_1a2b3c.pf_fragment')).toBe('public, max-age=31536000, immutable')
    expect(cache('/pagefind/index/de_1a2b3c.pf_index')).toBe('public, max-age=31536000, immutable')
    for (const p of [
      '/',
      '/veranstaltungen/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/404.html',
    ]) {
      expect(cache(p), p).toBe('public, max-age=0, must-revalidate')
    }
    expect(cache('/kalender/veranstaltungen.ics')).toBe('public, max-age=300')
  })

  it('serves the custom 404 page for unknown addresses and forwards the account form to the CMS', () => {
    const notFound = config.redirects.find((r) => r.from === '/*')!
    expect(notFound).toMatchObject({ to: '/404.html', status: 404 })
    expect(notFound.force ?? false).toBe(false) // existing files win
    const form = config.redirects.findIndex((r) => r.from === '/api/konto-beantragen')
    expect(form).toBeGreaterThanOrEqual(0)
    expect(form).toBeLessThan(config.redirects.indexOf(notFound)) // first match wins
    expect(config.redirects[form]).toMatchObject({ status: 200, force: true })
    expect(config.redirects[form].to).toMatch(/^https:\/\/[^/]+\/api\/account-requests\/apply$/)
    const enquiry = config.redirects.findIndex((r) => r.from === '/api/anfrage')
    expect(enquiry).toBeLessThan(config.redirects.indexOf(notFound))
    expect(config.redirects[enquiry]).toMatchObject({
      status: 200,
      force: true,
      to: expect.stringMatching(/^https:\/\/[^/]+\/api\/enquiries\/send$/),
    })
  })
})

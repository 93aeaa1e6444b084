import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'smol-toml'
import { describe, expect, it } from 'vitest'

import { headerRules, headersFileText, siteCsp } from '../../scripts/lib/header-policy'
import {
  addressesOf,
  headerConflicts,
  headersForPath,
  loadHeaderRules,
  netlifyRedirects,
  parseHeadersFile,
  patternFor,
} from '../../scripts/lib/netlify-rules'

const file = path.resolve(import.meta.dirname, '../../netlify.toml')
const text = fs.readFileSync(file, 'utf8')
type Toml = {
  build: { command: string; publish: string; environment: Record<string, string> }
  redirects: { from: string; to: string; status: number; force?: boolean }[]
  headers: { for: string; values: Record<string, string> }[]
}
const config = parse(text) as unknown as Toml
// A built site's files as the header policy sees them (the real build: tests/site/embed.test.ts),
// with slugs that share a beginning, since Netlify's `/a/*` matches `/ab` too.
const files = [
  'index.html',
  '404.html',
  'favicon.svg',
  'robots.txt',
  'sitemap-index.xml',
  'manifest.webmanifest',
  'en/index.html',
  'en/manifest.webmanifest',
  'en/aktuelles/rss.xml',
  '_astro/BaseLayout.DXtQsy1y.css',
  '_astro/app.js',
  'veranstaltungen/index.html',
  'veranstaltungen/stadtfest/index.html',
  'veranstaltungen/stadtfest-2027/index.html',
  'aktuelles/index.html',
  'aktuelles/rss.xml',
  'aktuelles/neue-wege/index.html',
  'kalender/veranstaltungen.ics',
  'kalender/themen/umwelt.ics',
  'medien/bild.webp',
  'daten/index.html',
  'daten/katalog.jsonld',
  'daten/v1/veranstaltungen.json',
  'einbetten/index.html',
  'einbetten/widget.js',
  'einbetten/veranstaltungen/index.html',
  'einbetten/themen/umwelt/veranstaltungen/index.html',
  'einbetten/vereine/index.html',
  'en/einbetten/index.html',
  'en/einbetten/veranstaltungen/index.html',
  'ar/einbetten/themen/umwelt/veranstaltungen/index.html',
  'uk/einbetten/vereine/index.html',
]
const origins = ['https://www.neubrandenburg.de']
const tomlRules = loadHeaderRules(file)
const rules = [...tomlRules, ...parseHeadersFile(headersFileText(headerRules(files, origins)))]
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
    expect(siteCsp()).not.toMatch(/\n/)
  })

  it('never sets one header by two rules for one address, whatever Netlify does with them', () => {
    const addresses = [
      ...addressesOf(files),
      '/pagefind/pagefind.js',
      '/pagefind/fragment/de_1.pf_fragment',
      '/sw.js',
    ]
    expect(headerConflicts(rules, addresses)).toEqual([])
    // netlify.toml keeps only what the policy never sets.
    const policyHeaders = new Set(
      parseHeadersFile(headersFileText(headerRules(files, origins))).flatMap((r) => Object.keys(r.values)),
    )
    for (const rule of tomlRules)
      for (const name of Object.keys(rule.values)) expect(policyHeaders.has(name), name).toBe(false)
  })

  it("lets the editors' origins frame the embeds, and nothing else be framed at all", () => {
    for (const p of [
      '/einbetten/veranstaltungen/',
      '/einbetten/themen/umwelt/veranstaltungen/',
      '/einbetten/vereine',
      // The embeds in the other site languages (issue 20).
      '/en/einbetten/veranstaltungen/',
      '/ar/einbetten/themen/umwelt/veranstaltungen/',
      '/uk/einbetten/vereine/',
    ]) {
      const h = headersForPath(rules, p)
      expect(directives(h['content-security-policy'])['frame-ancestors'], p).toEqual(["'self'", ...origins])
      expect(h['x-frame-options'], p).toBeUndefined()
    }
    for (const p of [
      '/',
      '/einbetten/',
      '/einbetten/widget.js',
      '/en/einbetten/',
      '/veranstaltungen/stadtfest/',
      '/en/',
      '/daten/',
    ]) {
      const h = headersForPath(rules, p)
      expect(directives(h['content-security-policy'])['frame-ancestors'], p).toEqual(["'none'"])
      expect(h['x-frame-options'], p).toBe('DENY')
    }
    // The Einbetten pages preview an embed of this site; every other page frames nothing.
    for (const p of ['/einbetten/', '/en/einbetten/'])
      expect(directives(headersForPath(rules, p)['content-security-policy'])['frame-src'], p).toEqual([
        "'self'",
      ])
    expect(
      directives(headersForPath(rules, '/veranstaltungen/')['content-security-policy'])['frame-src'],
    ).toEqual(["'none'"])
  })

  it('matches paths as Netlify does: optional trailing slash, /a/* also /ab, :name one segment, any case', () => {
    expect(patternFor('/a/*').test('/ab')).toBe(true)
    expect(patternFor('/a/*').test('/a')).toBe(true)
    expect(patternFor('/a/').test('/a')).toBe(true)
    expect(patternFor('/a/').test('/a/b')).toBe(false)
    expect(patternFor('/:x/b').test('/y/b/')).toBe(true)
    expect(patternFor('/:x/b').test('/y/z/b')).toBe(false)
    expect(patternFor('/*.ics').test('/kalender/a.ics')).toBe(true)
    expect(patternFor('/Sw.js').test('/sw.js')).toBe(true)
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

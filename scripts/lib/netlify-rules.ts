// Netlify's rules from netlify.toml (headers, proxy redirects to the CMS): the plain site build
// writes them as _redirects, the build runner's site server applies them when it serves the site.
import fs from 'node:fs'
import fsp from 'node:fs/promises'

import { parse } from 'smol-toml'

/**
 * What Netlify sends when no rule sets Cache-Control (HTML and everything not named in the
 * site's header policy): always ask again, so a publish is visible at once.
 */
export const defaultCacheControl = 'public, max-age=0, must-revalidate'

export type HeaderRule = { for: string; pattern: RegExp; values: Record<string, string> }

/**
 * Netlify path patterns, matched the way Netlify matches them (its headers parser, getForRegExp):
 * case-insensitive, an optional trailing slash, `:name` one segment, a standalone `*` anything,
 * even nothing and even without the slash before it (`/a/*` matches `/a` and `/ab`), `*` inside a
 * segment anything. Tests rely on this to see overlaps exactly as Netlify would.
 */
export function patternFor(path: string): RegExp {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  const parts = path
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) =>
      part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.split('*').map(escape).join('(.*)'),
    )
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu')
}

type NetlifyToml = {
  headers?: { for: string; values: Record<string, string | string[]> }[]
  redirects?: { from: string; to: string; status?: number }[]
}

/**
 * Netlify's proxy rules to the CMS (status 200, absolute target), pointed at the CMS this runner
 * builds from: netlify.toml names the production CMS, a self-hosted or local runner has its own.
 */
export function loadProxyRules(file: string, cmsUrl: string): { from: string; to: string }[] {
  const config = parse(fs.readFileSync(file, 'utf8')) as NetlifyToml
  return (config.redirects ?? [])
    .filter((r) => r.status === 200 && /^https?:\/\//.test(r.to) && !r.from.includes('*'))
    .map((r) => {
      const target = new URL(r.to)
      return { from: r.from, to: new URL(`${target.pathname}${target.search}`, cmsUrl).toString() }
    })
}

/**
 * The proxy rules as a Netlify `_redirects` file pointed at `cmsUrl`. A Netlify build writes it
 * into the published directory with PAYLOAD_URL (the CMS it read), and Netlify applies it before
 * netlify.toml's rules: the CMS address lives in one environment variable, not in the file.
 */
export function netlifyRedirects(file: string, cmsUrl: string): string {
  return loadProxyRules(file, cmsUrl)
    .map((rule) => `${rule.from}  ${rule.to}  200!`)
    .join('\n')
    .concat('\n')
}

/** Reads the [[headers]] rules of netlify.toml, so a self-hosted site sends what Netlify would. */
export function loadHeaderRules(file: string): HeaderRule[] {
  const config = parse(fs.readFileSync(file, 'utf8')) as NetlifyToml
  return (config.headers ?? []).map((rule) => ({
    for: rule.for,
    pattern: patternFor(rule.for),
    values: Object.fromEntries(
      Object.entries(rule.values).map(([name, value]) => [
        name.toLowerCase(),
        Array.isArray(value) ? value.join(', ') : value.replace(/\s*\n\s*/g, ' ').trim(),
      ]),
    ),
  }))
}

/**
 * Reads a `_headers` file (Netlify's format: a path line, then indented `Name: value` lines) that
 * a build wrote into the site, e.g. the embeds' frame-ancestors from the CMS settings.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ for: trimmed, pattern: patternFor(trimmed), values: {} })
      continue
    }
    const colon = trimmed.indexOf(':')
    const rule = rules.at(-1)
    if (rule && colon > 0)
      rule.values[trimmed.slice(0, colon).trim().toLowerCase()] = trimmed.slice(colon + 1).trim()
  }
  return rules
}

/** The rules that match a path: every one of them applies on Netlify. */
export function rulesForPath(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => rule.pattern.test(path))
}

/**
 * The headers Netlify sends for a path: every matching rule applies (the site's rules never set
 * one header twice for a path, scripts/lib/header-policy.ts), Cache-Control has Netlify's default.
 */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = { 'cache-control': defaultCacheControl }
  for (const rule of rulesForPath(rules, path)) Object.assign(result, rule.values)
  return result
}

/** The _headers file of a built site (none: no rules), read on every request: always the live build's. */
export const buildHeaderRules = (root: string) =>
  fsp.readFile(`${root}/_headers`, 'utf8').then(parseHeadersFile, (): HeaderRule[] => [])

/** The addresses of a built site's files (`a/index.html` also as `/a/` and `/a`), as requests name them. */
export function addressesOf(files: string[]): string[] {
  return files.flatMap((file) => {
    const dir = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : undefined
    return dir === undefined
      ? [`/${file}`]
      : [`/${file}`, `/${dir}`, ...(dir ? [`/${dir.slice(0, -1)}`] : [])]
  })
}

/** Every address where one header is set by more than one rule (Netlify would override or join them). */
export function headerConflicts(rules: HeaderRule[], addresses: string[]) {
  const conflicts: { address: string; header: string; rules: string[] }[] = []
  for (const address of addresses) {
    const by = new Map<string, string[]>()
    for (const rule of rulesForPath(rules, address))
      for (const name of Object.keys(rule.values)) by.set(name, [...(by.get(name) ?? []), rule.for])
    for (const [header, from] of by) if (from.length > 1) conflicts.push({ address, header, rules: from })
  }
  return conflicts
}

// Netlify's rules from netlify.toml (headers, proxy redirects to the CMS): the plain site build
// writes them as _redirects, the build runner's site server applies them when it serves the site.
import fs from 'node:fs'

import { parse } from 'smol-toml'

export type HeaderRule = { for: string; pattern: RegExp; values: Record<string, string> }

/** Netlify path patterns: `*` is a splat, `:name` one segment. */
export function patternFor(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
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

/** Like Netlify: every matching rule applies, a later rule overrides the same header of an earlier one. */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) if (rule.pattern.test(path)) Object.assign(result, rule.values)
  return result
}

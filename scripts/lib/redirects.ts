import fs from 'node:fs/promises'
import path from 'node:path'

// The part of Netlify's `_redirects` format a self-hosted site needs, so the local site server
// answers old addresses like Netlify does: exact paths, `:placeholders`, a trailing `*` splat,
// query conditions (`id=:id`), first matching rule wins. Only redirects (301/302) apply here;
// proxy rules (200) belong to Netlify and are ignored. Like Netlify without `!`, a rule only
// applies where no file answers (the caller asks only then).

export type RedirectRule = { from: string; query: [string, string][]; to: string; status: number }

export function parseRedirects(text: string): RedirectRule[] {
  const rules: RedirectRule[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const parts = line.split(/\s+/)
    const from = parts.shift() as string
    const query: [string, string][] = []
    while (parts.length && /^[^/:][^=]*=/.test(parts[0]) && !/^https?:/.test(parts[0])) {
      const [key, value] = (parts.shift() as string).split('=')
      query.push([key, value])
    }
    const to = parts.shift()
    const status = Number((parts.shift() ?? '301').replace(/!$/, ''))
    if (to && (status === 301 || status === 302)) rules.push({ from, query, to, status })
  }
  return rules
}

/** Where `url` is redirected to by the first matching rule, or undefined. */
export function matchRedirect(rules: RedirectRule[], url: URL): string | undefined {
  for (const rule of rules) {
    const values: Record<string, string> = {}
    const splat = rule.from.endsWith('/*')
    const fromSegments = (splat ? rule.from.slice(0, -2) : rule.from).split('/')
    const segments = url.pathname.split('/')
    if (splat) {
      if (segments.length < fromSegments.length) continue
      values.splat = segments.slice(fromSegments.length).join('/')
      segments.length = fromSegments.length
    } else if (segments.length !== fromSegments.length) continue
    let ok = fromSegments.every((segment, i) => {
      if (segment.startsWith(':'))
        return segments[i] !== '' && ((values[segment.slice(1)] = segments[i]), true)
      return segment === segments[i]
    })
    for (const [key, value] of rule.query) {
      const actual = url.searchParams.get(key)
      if (actual === null) ok = false
      else if (value.startsWith(':')) values[value.slice(1)] = actual
      else if (value !== actual) ok = false
    }
    if (!ok) continue
    return rule.to.replace(/:([a-z]+)/gi, (whole, name: string) => values[name] ?? whole)
  }
  return undefined
}

const cache = new Map<string, { mtimeMs: number; rules: RedirectRule[] }>()

/** The redirect for `url` from `<root>/_redirects`, re-read when the file changes (a new build). */
export async function redirectFor(root: string, url: URL): Promise<string | undefined> {
  const file = path.join(root, '_redirects')
  let stat
  try {
    stat = await fs.stat(file)
  } catch {
    return undefined
  }
  let entry = cache.get(file)
  if (!entry || entry.mtimeMs !== stat.mtimeMs) {
    entry = { mtimeMs: stat.mtimeMs, rules: parseRedirects(await fs.readFile(file, 'utf8')) }
    cache.set(file, entry)
  }
  return matchRedirect(entry.rules, url)
}

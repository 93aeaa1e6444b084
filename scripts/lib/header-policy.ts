// The site's path-specific HTTP headers (CSP, X-Frame-Options, Cache-Control): one definition,
// written by the site build into the published directory's _headers file and sent by the local
// servers from that file (scripts/lib/static-server.ts, scripts/build-runner/site-server.ts).
//
// Why not netlify.toml: Netlify applies every rule that matches a path, and when two matching
// rules set the same header it keeps one of them (netlify.toml over _headers for the same path)
// or sends both. A `/*` CSP with frame-ancestors 'none' next to the embeds' own CSP would then
// refuse the embeds on partner sites. So every header here is set by exactly one rule for any
// path: the rules are cut along the built directory tree, not layered. netlify.toml keeps only the
// headers that are the same on every path and that no rule here sets (tests/publish/netlify.test.ts).
import fs from 'node:fs/promises'
import path from 'node:path'

import { einbettenPages, embedCsp, framablePatterns } from '../../site/src/lib/embed-policy'
import { patternFor } from './netlify-rules'
import { listTree } from './walk'

/**
 * Every page: no third-party sources at all (DSGVO), nothing inline, no framing.
 * 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs; nothing else is evaluated.
 * `frameSrc` 'self' only for the Einbetten pages (every language), which previews an embed of this site in a frame.
 */
export const siteCsp = (frameSrc: "'none'" | "'self'" = "'none'") =>
  [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    `frame-src ${frameSrc}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

const immutable = 'public, max-age=31536000, immutable'
const embedPatterns = framablePatterns.map(patternFor)

/** The framing headers of one built file (its path relative to the published directory, with slashes). */
function framing(file: string, origins: string[]): Record<string, string> {
  const url = `/${file}`
  // X-Frame-Options cannot name origins; frame-ancestors in the CSP decides for the embeds.
  if (embedPatterns.some((p) => p.test(url))) return { 'Content-Security-Policy': embedCsp(origins) }
  const csp = einbettenPages.includes(file) ? siteCsp("'self'") : siteCsp()
  return { 'Content-Security-Policy': csp, 'X-Frame-Options': 'DENY' }
}

/** How long browsers keep one built file; undefined: Netlify's default (ask again every time). */
function caching(file: string): Record<string, string> | undefined {
  // Content-hashed names never change their content.
  if (/^_astro\//.test(file) || /^pagefind\/(fragment|index|filter)\//.test(file))
    return { 'Cache-Control': immutable }
  // Images copied from the CMS: a new upload gets a new file name; a day is a safe middle ground.
  if (/^medien\//.test(file)) return { 'Cache-Control': 'public, max-age=86400' }
  // The service worker and the app manifests: asked again on every check, so a new deployment
  // reaches returning visitors on their next navigation (site/src/pwa/sw.ts).
  if (/(^|\/)(sw\.js|manifest\.webmanifest)$/.test(file)) return { 'Cache-Control': 'no-cache' }
  // Feeds and calendars are polled by readers: short cache, but not on every request.
  if (/\.(ics|xml)$/.test(file)) return { 'Cache-Control': 'public, max-age=300' }
  return undefined
}

/** Files the build writes after _headers (the search index, the service worker); their rules must exist already. */
export const laterFiles = [
  'sw.js',
  'sitemap.xml',
  'pagefind/pagefind.js',
  'pagefind/fragment/_',
  'pagefind/index/_',
  'pagefind/filter/_',
]

type Tree = { files: string[]; dirs: Map<string, Tree> }

function treeOf(files: string[]): Tree {
  const root: Tree = { files: [], dirs: new Map() }
  for (const file of files) {
    const parts = file.split('/')
    let node = root
    for (const dir of parts.slice(0, -1)) {
      if (!node.dirs.has(dir)) node.dirs.set(dir, { files: [], dirs: new Map() })
      node = node.dirs.get(dir)!
    }
    node.files.push(parts.at(-1)!)
  }
  return root
}

export type PolicyRule = { for: string; values: Record<string, string> }

/** What one directory's files get: `distinct` values (0, 1, or 2 for "more than one"), and its first file. */
type Summary = { distinct: 0 | 1 | 2; key: string; first: string }

const valuesKey = (v: Record<string, string> | undefined) => (v ? JSON.stringify(v) : '')

// Bottom-up and once per directory: a city build has 23,000 directories, and asking every level
// again for all files below it cost seconds on every publish.
function summarise(
  node: Tree,
  at: string,
  valuesOf: (file: string) => Record<string, string> | undefined,
  memo: Map<Tree, Summary>,
): Summary {
  const known = memo.get(node)
  if (known) return known
  const s: Summary = { distinct: 0, key: '', first: '' }
  const add = (distinct: 0 | 1 | 2, key: string, first: string) => {
    if (distinct === 0) return
    if (s.distinct === 0) Object.assign(s, { distinct, key, first })
    else if (distinct === 2 || key !== s.key) s.distinct = 2
  }
  for (const file of node.files) add(1, valuesKey(valuesOf(`${at}${file}`)), `${at}${file}`)
  for (const [name, child] of node.dirs) {
    const c = summarise(child, `${at}${name}/`, valuesOf, memo)
    add(c.distinct, c.key, c.first)
  }
  memo.set(node, s)
  return s
}

/** Whether another of the sorted `names` starts with `name` (they follow it in the sorted list). */
function prefixClash(sorted: string[], name: string) {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < name) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < sorted.length && sorted[i].startsWith(name); i++) if (sorted[i] !== name) return true
  return false
}

/**
 * Rules for one group of headers that never overlap: a directory whose files all get the same
 * values becomes one `/dir/*` rule, unless a sibling's name starts with the directory's name
 * (Netlify's `/dir/*` would match it too); anything else is split down to exact file paths.
 */
function cut(
  tree: Tree,
  prefix: string,
  valuesOf: (file: string) => Record<string, string> | undefined,
  out: PolicyRule[],
  memo = new Map<Tree, Summary>(),
) {
  const siblings = [...tree.files, ...tree.dirs.keys()].map((n) => n.toLowerCase()).sort()
  for (const file of tree.files) {
    const values = valuesOf(`${prefix}${file}`)
    if (!values) continue
    out.push({ for: `/${prefix}${file}`, values })
    // The directory's own address serves its index.html.
    if (file === 'index.html') out.push({ for: `/${prefix}`, values })
  }
  for (const [name, child] of tree.dirs) {
    const at = `${prefix}${name}/`
    const summary = summarise(child, at, valuesOf, memo)
    if (summary.distinct === 1 && !prefixClash(siblings, name.toLowerCase())) {
      const values = valuesOf(summary.first)
      if (values) out.push({ for: `/${at}*`, values })
    } else cut(child, at, valuesOf, out, memo)
  }
}

/**
 * The path-specific header rules for a built site: `files` are its files relative to the
 * published directory (slashes), `origins` the sites the editors allow to frame the embeds.
 */
export function headerRules(files: string[], origins: string[]): PolicyRule[] {
  const tree = treeOf([
    ...new Set([...files, ...laterFiles].filter((f) => f !== '_headers' && f !== '_redirects')),
  ])
  const rules: PolicyRule[] = []
  cut(tree, '', (f) => framing(f, origins), rules)
  cut(tree, '', caching, rules)
  return rules
}

/** The rules in Netlify's _headers format. */
export function headersFileText(rules: PolicyRule[]): string {
  return [
    '# Written by the site build (scripts/lib/header-policy.ts); the embeds may be framed by the',
    '# origins in the CMS settings (Einbetten auf anderen Websites).',
    ...rules.flatMap((rule) => [
      rule.for,
      ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n')
}

/** The files of a built site, relative to its directory with slashes (what headerRules takes). */
export async function siteFiles(dir: string): Promise<string[]> {
  const { files, others } = listTree(dir)
  // Sorted: the rules come out in the same order whatever order the file system lists them in.
  return [...files, ...others].sort()
}

/** Writes the site's _headers file for the built site in `dir`. */
export async function writeHeadersFile(dir: string, origins: string[]) {
  await fs.writeFile(path.join(dir, '_headers'), headersFileText(headerRules(await siteFiles(dir), origins)))
}

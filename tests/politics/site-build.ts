import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { buildInChild as build } from '../helpers/site-build'

// Helpers of the politics build tests: a site build in its own process (tests/helpers/site-build.ts)
// with the sources' snapshots in one folder, and reading what it wrote, including Pagefind's
// compressed index.

export { privateWorkDir } from '../helpers/site-build'

/**
 * Builds the site from `cmsUrl` into `outDir` in a fresh process; the sources' snapshots (Consul,
 * OParl, Open311) live in `cacheDir`. Resolves with the build log, rejects with its end.
 */
export const buildInChild = (options: {
  cmsUrl: string
  outDir: string
  cacheDir: string
  workDir: string
}) => build({ ...options, consulCache: path.join(options.cacheDir, 'consul-cache.json') })

export const page = (out: string, route: string) =>
  fs.readFileSync(path.join(out, route, 'index.html'), 'utf8')

/** The visible text of some HTML, entities decoded, whitespace folded. */
export const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')

/** Every file of a build as text; Pagefind's index files are gzip with a signature in front. */
export function everyFileText(out: string): { file: string; content: string }[] {
  const files: { file: string; content: string }[] = []
  for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    if (/\.(png|jpe?g|webp|avif|gif|wasm|woff2?|pdf|mp4)$/.test(entry.name)) continue
    let buffer = fs.readFileSync(file)
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) buffer = zlib.gunzipSync(buffer)
    files.push({ file: path.relative(out, file), content: buffer.toString('utf8') })
  }
  return files
}

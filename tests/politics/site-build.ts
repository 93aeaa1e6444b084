import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

// Helpers of the politics build tests: a site build in its own process (as the build runner does
// it), and reading what it wrote, including Pagefind's compressed index.

const repo = path.resolve(import.meta.dirname, '../..')

/** A private working directory inside the repository (Astro keeps prerender chunks in <cwd>/.astro). */
export function privateWorkDir(name: string): string {
  fs.mkdirSync(path.join(repo, '.astro'), { recursive: true })
  return fs.mkdtempSync(path.join(repo, '.astro', `${name}-`))
}

/**
 * Builds the site from `cmsUrl` into `outDir` in a fresh process; the sources' snapshots (Consul,
 * OParl, Open311) live in `cacheDir`. Resolves with the build log, rejects with its end.
 */
export function buildInChild(options: {
  cmsUrl: string
  outDir: string
  cacheDir: string
  workDir: string
}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href,
        path.join(repo, 'tests/participation/build-child.ts'),
      ],
      {
        cwd: options.workDir,
        env: {
          ...process.env,
          CMS_URL: options.cmsUrl,
          OUT_DIR: options.outDir,
          CONSUL_CACHE_FILE: path.join(options.cacheDir, 'consul-cache.json'),
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${error.message}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`))
          : resolve(stdout),
    )
  })
}

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

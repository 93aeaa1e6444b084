// Parts of `npm run bench` (../bench.ts) about the built site: directory sizes, what a browser
// downloads for a page, and the bare Astro build of as many trivial pages it is compared with.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size
    files++
  }
  return { bytes, files }
}

/** What a browser downloads for a page: HTML, its stylesheets and scripts, each gzip-compressed. */
export async function pageWeight(outDir: string, pagePath: string) {
  const html = await fs.readFile(path.join(outDir, pagePath, 'index.html'))
  const text = html.toString('utf8')
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])
  const js = [...text.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1])
  const load = (p: string) => fs.readFile(path.join(outDir, p))
  const cssBytes = await Promise.all(css.map(load))
  const jsBytes = await Promise.all(js.map(load))
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length
  return {
    html: { raw: html.length, gzip: gz(html) },
    css: { raw: cssBytes.reduce((a, b) => a + b.length, 0), gzip: cssBytes.reduce((a, b) => a + gz(b), 0) },
    js: {
      raw: jsBytes.reduce((a, b) => a + b.length, 0),
      gzip: jsBytes.reduce((a, b) => a + gz(b), 0),
      files: js.length,
    },
  }
}

/** A bare Astro project with `pages` trivial pages, built with the same Astro. */
export async function bareAstroBuild(pages: number) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bare-astro-'))
  await fs.mkdir(path.join(root, 'src', 'pages'), { recursive: true })
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'))
  await fs.writeFile(path.join(root, 'package.json'), '{"type":"module","private":true}')
  await fs.writeFile(
    path.join(root, 'src', 'pages', '[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })) }\nconst { n } = Astro.params\n---\n<html lang="de"><head><title>Seite {n}</title></head><body><h1>Seite {n}</h1></body></html>\n`,
  )
  const { astroBuild } = await import('./astro-process')
  const started = performance.now()
  // Same runner as the site build (a plain Node child process), so the comparison is fair.
  await astroBuild({ root, outDir: path.join(root, 'dist'), cacheDir: path.join(root, '.vite') })
  const ms = Math.round(performance.now() - started)
  await fs.rm(root, { recursive: true, force: true })
  return ms
}

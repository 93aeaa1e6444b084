// Checks of a built site that hold at any size: every internal reference resolves to a built
// file, and the Nu HTML checker finds no error. The site tests run them on the demo content;
// `npm run bench` runs them on the city-scale build, where more kinds of pages and paging appear.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

export const htmlFiles = (outDir: string) =>
  (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html')).sort()

/** Every internal address a page refers to: href, src and each candidate of srcset. */
export function internalRefs(html: string): string[] {
  const refs: string[] = []
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) refs.push(m[1])
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g))
    refs.push(...m[1].split(',').map((c) => c.trim().split(/\s+/)[0]))
  return refs
    .map((r) => r.replace(/&amp;/g, '&'))
    .filter((r) => r && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(r))
}

/** The file a static host serves for `ref` on page `page` (dir/index.html for directories). */
export function targetFile(outDir: string, page: string, ref: string): string {
  const clean = decodeURIComponent(ref.split('#')[0].split('?')[0])
  const abs = clean.startsWith('/') ? clean : path.posix.join('/', path.posix.dirname(page), clean)
  const file = path.join(outDir, abs)
  if (abs.endsWith('/')) return path.join(file, 'index.html')
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(file, 'index.html')
}

/** Internal references that lead nowhere: reference -> pages carrying it. */
export function brokenLinks(outDir: string): {
  pages: number
  checked: number
  broken: Map<string, string[]>
} {
  const pages = htmlFiles(outDir)
  const broken = new Map<string, string[]>()
  let checked = 0
  for (const page of pages) {
    for (const ref of internalRefs(fs.readFileSync(path.join(outDir, page), 'utf8'))) {
      checked++
      if (!fs.existsSync(targetFile(outDir, page, ref))) broken.set(ref, [...(broken.get(ref) ?? []), page])
    }
  }
  return { pages: pages.length, checked, broken }
}

export type VnuMessage = { type: string; url?: string; message: string; lastLine?: number }

/** The Nu HTML checker's errors over the whole folder (one Java run). */
export function vnuErrors(outDir: string): Promise<VnuMessage[]> {
  const jar = String(require('vnu-jar'))
  return new Promise((resolve, reject) => {
    // Exit status 1 means "errors found": the JSON on stderr says which.
    execFile(
      'java',
      ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', outDir],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && !stderr.trim().startsWith('{')) reject(error)
        else resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages)
      },
    )
  })
}

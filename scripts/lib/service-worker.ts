// Writes the service worker (site/src/pwa/sw.ts) into a finished build, after Astro and Pagefind.
//
// Workbox through workbox-build's injectManifest, not generateSW or @vite-pwa/astro: generateSW
// bundles the worker with Rollup and Babel on every call (seconds, on every publish), and the Vite
// plugin would list the files inside Astro's build, before Pagefind writes its index and without
// the pages an incremental build links in from the last build. Here esbuild bundles the worker
// once per process (the runner's worker keeps it), and injectManifest only lists the shell's
// files of the finished directory and writes their hashes into it: a few milliseconds.

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'
import { injectManifest } from 'workbox-build'

import { contentLocales, defaultLocale } from '../../cms/src/locales'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const source = path.join(repoRoot, 'site', 'src', 'pwa', 'sw.ts')

/** The shell: what every page needs to render offline, plus the offline page itself. */
export const shellPatterns = [
  '_astro/*.{css,js}',
  'icons/*.png',
  'favicon.svg',
  // The offline page and the manifest of every language (cms/src/locales.ts; German at the root).
  ...contentLocales.flatMap((l) => {
    const dir = l.code === defaultLocale ? '' : `${l.code}/`
    return [`${dir}offline/index.html`, `${dir}manifest.webmanifest`]
  }),
]

let bundled: Promise<string> | undefined

/** The worker's code without its precache list, bundled once per process. */
function bundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [source],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // Workbox logs its development messages unless this is "production".
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((result) => result.outputFiles[0].text)
  bundled.catch(() => (bundled = undefined))
  return bundled
}

export type ServiceWorkerResult = { bytes: number; precacheFiles: number; precacheBytes: number }

export async function writeServiceWorker(outDir: string): Promise<ServiceWorkerResult> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-sw-'))
  try {
    const swSrc = path.join(work, 'sw.js')
    await fs.writeFile(swSrc, await bundle())
    const swDest = path.join(outDir, 'sw.js')
    // Never write into a file an incremental build hard-linked from the last build.
    await fs.rm(swDest, { force: true })
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: outDir,
      globPatterns: shellPatterns,
      // Hashed file names are their own revision.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    })
    if (warnings.length) throw new Error(`Service Worker: ${warnings.join('; ')}`)
    return { bytes: (await fs.stat(swDest)).size, precacheFiles: count, precacheBytes: size }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

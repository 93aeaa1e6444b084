// File work of the incremental site build (scripts/build-site.ts with a cacheDir).
//
// Astro keeps a copy of every page it rendered in <cacheDir>/astro/dist and, for a page whose
// cacheKey is unchanged, copies that file into the new build. At city scale that is 10,000 files
// and 110 MB copied one after another on every publish. Instead the new build directory starts as
// hard links to those cached files (metadata only, no data written), Astro sees them in place and
// leaves them, and scripts/lib/astro-build.mjs makes every write replace a file instead of writing
// into it, so a linked file that is rendered again never changes the live site's copy.
// Pages that are gone from this build are unlinked again afterwards, going by Astro's manifest.

import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { listTree } from './walk'

/** Hard-links every file below src into dst (created), a few at a time; returns the relative paths. */
export async function linkTree(src: string, dst: string): Promise<string[]> {
  let listing
  try {
    listing = listTree(src)
  } catch {
    return []
  }
  const files = listing.files.map((f) => f.split('/').join(path.sep))
  const dirs = new Set<string>([dst, ...listing.dirs.map((d) => path.join(dst, d))])
  // One directory per page: thousands of mkdir and link calls. Synchronous calls, because each is
  // a few microseconds of metadata work: through promises and the thread pool the bookkeeping per
  // call cost more than the call itself (0.6 s for 10,000 pages at city scale). Parents come
  // before their children in the sorted list, so no call needs `recursive`.
  for (const dir of [...dirs].sort()) {
    try {
      fsSync.mkdirSync(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fsSync.mkdirSync(dir, { recursive: true })
    }
  }
  for (const rel of files) fsSync.linkSync(path.join(src, rel), path.join(dst, rel))
  return files
}

type AstroIncrementalManifest = {
  version?: number
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>
}

/**
 * Removes from outDir the linked pages this build no longer has (an unpublished event's page).
 * Astro's manifest lists every page of the build that it may copy next time; a linked file not in
 * it was not produced by this build. Throws when the manifest cannot be read: then nobody can say
 * which pages are current, and the caller starts the cache afresh.
 */
export async function removeStalePages(
  outDir: string,
  linked: string[],
  manifestFile: string,
): Promise<number> {
  if (!linked.length) return 0
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as AstroIncrementalManifest
  if (manifest.version !== 1 || !manifest.routes)
    throw new Error(`Unbekanntes Format des Astro-Build-Caches (${manifestFile}).`)
  const current = new Set<string>()
  for (const route of Object.values(manifest.routes)) {
    for (const entry of Object.values(route.paths ?? {}))
      if (entry.outputFile) current.add(path.normalize(decodeURI(entry.outputFile)))
  }
  let removed = 0
  for (const rel of linked) {
    if (current.has(path.normalize(rel))) continue
    await fs.rm(path.join(outDir, rel), { force: true })
    removed++
    // An empty directory left behind would answer as an empty listing instead of a 404.
    for (
      let dir = path.dirname(path.join(outDir, rel));
      dir.startsWith(outDir + path.sep);
      dir = path.dirname(dir)
    ) {
      try {
        await fs.rmdir(dir)
      } catch {
        break
      }
    }
  }
  return removed
}

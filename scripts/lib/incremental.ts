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

import { listTree, type TreeListing } from './walk'

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

export type MirrorResult = {
  /** Every file below src, relative, as platform paths (what linkTree returns). */
  files: string[]
  /** Files linked anew (new or changed in src) and entries removed from dst (gone from src). */
  linked: number
  removed: number
}

/**
 * Makes dst hold exactly src's files as hard links, which is what linkTree gives a fresh directory,
 * but changes only what differs. The build runner gives a build the directory of a retired build
 * (scripts/build-runner/builds.ts): at city scale creating the 23,000 page directories anew cost
 * 2.2–6.6 s per publish (about 100 µs per mkdir here, against 10–20 µs per link or unlink), and
 * deleting the retired tree another 4.4 s. A file is kept when it is the same inode as in src;
 * anything else is replaced or removed, never written into (it may be shared with a live build).
 */
export function mirrorTree(src: string, dst: string): MirrorResult {
  const empty: TreeListing = { files: [], dirs: [], others: [] }
  const list = (dir: string) => {
    try {
      return listTree(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }
  const want = list(src) ?? empty
  const have = list(dst)
  if (!have) fsSync.mkdirSync(dst, { recursive: true })
  const old = have ?? empty
  const native = (rel: string) => rel.split('/').join(path.sep)
  const wantFiles = new Set(want.files)
  // Only directories that hold a file: Astro's cache keeps the empty directory of a page it dropped
  // (an unpublished event), and a build that copied it would answer that address with an empty
  // directory instead of a 404. Sorted, every parent comes before its children.
  const wantDirs = new Set<string>()
  for (const rel of want.files)
    for (let dir = path.posix.dirname(rel); dir !== '.' && !wantDirs.has(dir); dir = path.posix.dirname(dir))
      wantDirs.add(dir)
  let removed = 0
  // Files first, then the directories left empty, deepest first (the listing has parents first).
  // A path that changed between file and directory is removed here and made again below.
  for (const rel of [...old.files, ...old.others]) {
    if (wantFiles.has(rel)) continue
    fsSync.unlinkSync(path.join(dst, native(rel)))
    removed++
  }
  for (const rel of [...old.dirs].reverse()) {
    if (wantDirs.has(rel)) continue
    fsSync.rmdirSync(path.join(dst, native(rel)))
    removed++
  }
  const oldDirs = new Set(old.dirs)
  for (const rel of [...wantDirs].sort()) if (!oldDirs.has(rel)) fsSync.mkdirSync(path.join(dst, native(rel)))
  const oldFiles = new Set(old.files)
  let linked = 0
  for (const rel of want.files) {
    const from = path.join(src, native(rel))
    const to = path.join(dst, native(rel))
    if (oldFiles.has(rel)) {
      const a = fsSync.lstatSync(from)
      const b = fsSync.lstatSync(to)
      if (a.ino === b.ino && a.dev === b.dev) continue
      fsSync.unlinkSync(to)
    }
    fsSync.linkSync(from, to)
    linked++
  }
  return { files: want.files.map(native), linked, removed }
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

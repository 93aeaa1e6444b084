// The site's Pagefind index in shards (issue 15). One index over all ~6,400 detail pages cost a
// publish 3-7 s at city scale, because Pagefind has no incremental mode: every publish indexed
// every page again. Split into shards (a content section's pages in a fixed number of buckets by
// slug, everything else in the primary index at /pagefind/), a publish indexes only the shards whose
// pages changed and reuses the others from the cache. The search page loads the primary index and
// merges the shards of its language (site/src/scripts/search.ts, Pagefind's mergeIndex).
//
// A full build and an incremental build of the same content give the same files: each shard is
// indexed from the same files in the same order, whether it is new or not
// (tests/site/incremental.test.ts compares them).

import crypto from 'node:crypto'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { contentLocales, defaultLocale } from '../../cms/src/locales'
import { linkTree } from './incremental'
import { easySection, sections } from '../../site/src/lib/sections'
import { listTree } from './walk'

/** The list of shards per language, next to the primary index: the search page reads it. */
export const shardListFile = 'shards.json'
/** Pagefind writes these into every index directory; a shard name must not be one of them. */
const pagefindDirs = new Set(['index', 'fragment', 'filter'])

/**
 * Buckets per section: a publish re-indexes one bucket of a few hundred pages instead of the
 * section. Fixed numbers, so that a page's shard never depends on how many pages there are (a full
 * and an incremental build must agree); sections not listed go to the primary index. Few on
 * purpose: every shard is more requests for each search on a phone (53 shards made about 140 for
 * one query) and a fixed cost in a full build, while a bucket of 400 pages indexes in about a second.
 */
const buckets: Record<string, number> = {
  [sections.events]: 8,
  [sections.associations]: 2,
  [sections.news]: 2,
  [sections.opportunities]: 1,
}
const languagePrefixes = new Set<string>(contentLocales.map((l) => l.code).filter((c) => c !== defaultLocale))

/**
 * The shard of an HTML file (relative to the build directory), '' for the primary index, null for
 * a file the search does not read. The same files the single index read: the detail pages of the
 * sections, the Leichte-Sprache pages and the Politik page in every language.
 */
export function shardOf(rel: string): string | null {
  const parts = rel.split(path.sep)
  if (parts.at(-1) !== 'index.html') return null
  const inner = languagePrefixes.has(parts[0]) ? parts.slice(1) : parts
  if (parts[0] === easySection && parts.length <= 3) return ''
  if (inner.at(-2) === 'politik') return ''
  // <section>/<slug>/index.html, also below another directory (as the former glob **/<section>/*/index.html).
  const section = parts.at(-3)
  if (!section || !Object.values(sections).includes(section as never)) return null
  const count = buckets[section]
  if (!count || inner.length !== 3) return ''
  const slug = parts.at(-2)!
  const bucket = crypto.createHash('sha1').update(slug).digest().readUInt32BE(0) % count
  return `${section}-${bucket}`
}

type FileRecord = { ino: number; size: number; mtimeMs: number; hash: string; searchable: boolean }
type State = { version: 1; files: Record<string, FileRecord>; shards: Record<string, string> }

async function readState(file: string): Promise<State> {
  try {
    const state = JSON.parse(await fs.readFile(file, 'utf8')) as State
    if (state.version === 1 && state.files && state.shards) return state
  } catch {}
  return { version: 1, files: {}, shards: {} }
}

export type SearchIndexResult = {
  /** HTML files in the index. */
  pages: number
  shards: number
  /** Shards indexed in this build (the others came from the cache). */
  indexed: number
  /** Where the time went (ms): finding the changed pages, Pagefind, linking the cached shards. */
  ms: { scan: number; index: number; link: number }
}

/**
 * Indexes outDir's searchable pages with Pagefind into outDir/pagefind (the primary index) and
 * outDir/pagefind/<shard>/. With cacheDir, shards whose pages did not change are hard-linked from
 * the last build instead of indexed again.
 */
export async function writeSearchIndex(outDir: string, cacheDir?: string): Promise<SearchIndexResult> {
  const started = performance.now()
  const stateFile = cacheDir && path.join(cacheDir, 'state.json')
  const previous = stateFile ? await readState(stateFile) : { version: 1 as const, files: {}, shards: {} }
  const state: State = { version: 1, files: {}, shards: {} }
  const members = new Map<string, string[]>()
  const candidates = listTree(outDir)
    .files.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => f.split('/').join(path.sep))
    .sort()
  for (const rel of candidates) {
    const shard = shardOf(rel)
    if (shard === null || rel.startsWith(`pagefind${path.sep}`)) continue
    // Unchanged files are the same inode as in the last build (linked from Astro's cache): no read.
    // Synchronous: thousands of stat calls of microseconds each (see linkTree).
    const stat = fsSync.statSync(path.join(outDir, rel))
    const known = previous.files[rel]
    let record: FileRecord
    if (known && known.ino === stat.ino && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      record = known
    } else {
      const content = fsSync.readFileSync(path.join(outDir, rel))
      record = {
        ino: stat.ino,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        hash: crypto.createHash('sha1').update(content).digest('hex'),
        // Lists under a section's directory (archiv, filters) are not search pages: a shard of only
        // such pages would otherwise be indexed whole.
        searchable: content.includes('data-pagefind-body'),
      }
    }
    state.files[rel] = record
    if (!record.searchable) continue
    const list = members.get(shard)
    if (list) list.push(rel)
    else members.set(shard, [rel])
  }

  const scanned = performance.now()
  let linkMs = 0
  const pagefindDir = path.join(outDir, 'pagefind')
  const shardDir = (base: string, shard: string) => (shard ? path.join(base, shard) : base)
  const pagefind = await import('pagefind')
  let indexed = 0
  let pages = 0
  const languages: Record<string, string[]> = {}
  try {
    for (const [shard, files] of [...members].sort(([a], [b]) => a.localeCompare(b))) {
      if (pagefindDirs.has(shard)) throw new Error(`Ungültiger Name eines Suchindex-Teils: ${shard}`)
      pages += files.length
      const signature = crypto
        .createHash('sha1')
        .update(files.map((rel) => `${rel}\0${state.files[rel].hash}`).join('\n'))
        .digest('hex')
      state.shards[shard] = signature
      const target = shardDir(pagefindDir, shard)
      const cached = cacheDir && path.join(cacheDir, 'shards', shard || '_primary')
      if (!cached) {
        await indexShard(pagefind, outDir, files, target, !shard)
        indexed++
      } else if (previous.shards[shard] !== signature || !(await exists(cached))) {
        // Written beside and renamed: a shard cut short by a failure is never taken for a finished one.
        await fs.rm(`${cached}.new`, { recursive: true, force: true })
        await indexShard(pagefind, outDir, files, `${cached}.new`, !shard)
        await fs.rm(cached, { recursive: true, force: true })
        await fs.rename(`${cached}.new`, cached)
        indexed++
      }
      const linkStart = performance.now()
      if (cached) await linkTree(cached, target)
      linkMs += performance.now() - linkStart
      const entry = JSON.parse(await fs.readFile(path.join(target, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>
      }
      if (shard) for (const lang of Object.keys(entry.languages)) (languages[lang] ??= []).push(shard)
    }
  } finally {
    // Closed after every build: a Pagefind service kept for the next build in the runner's worker
    // hung that build (tried in issue 15).
    await pagefind.close()
  }
  await fs.mkdir(pagefindDir, { recursive: true })
  await fs.writeFile(path.join(pagefindDir, shardListFile), JSON.stringify(languages))
  if (stateFile && cacheDir) {
    // Shards no page belongs to any more are not kept.
    for (const name of Object.keys(previous.shards))
      if (!(name in state.shards))
        await fs.rm(path.join(cacheDir, 'shards', name || '_primary'), { recursive: true, force: true })
    await fs.writeFile(`${stateFile}.tmp`, JSON.stringify(state))
    await fs.rename(`${stateFile}.tmp`, stateFile)
  }
  const total = performance.now() - scanned
  return {
    pages,
    shards: members.size,
    indexed,
    ms: {
      scan: Math.round(scanned - started),
      index: Math.round(total - linkMs),
      link: Math.round(linkMs),
    },
  }
}

/**
 * One shard: its files hard-linked into a directory of their own (Pagefind reads a directory), in
 * the same order and with the same paths as in the build, so the result depends on nothing else.
 */
async function indexShard(
  pagefind: typeof import('pagefind'),
  outDir: string,
  files: string[],
  dest: string,
  primary: boolean,
) {
  const source = `${dest}.src`
  await fs.rm(source, { recursive: true, force: true })
  for (const rel of files) {
    fsSync.mkdirSync(path.dirname(path.join(source, rel)), { recursive: true })
    fsSync.linkSync(path.join(outDir, rel), path.join(source, rel))
  }
  try {
    const { index, errors } = await pagefind.createIndex()
    if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: source })
    if (added.errors.length) throw new Error(`Pagefind-Fehler: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: dest })
    if (written.errors.length) throw new Error(`Pagefind-Fehler: ${written.errors.join('; ')}`)
    await index.deleteIndex()
    // A merged shard is read with the primary index's code and WebAssembly: of Pagefind's 700 KB
    // of scripts, styles and wasm per index only the primary's copy is ever loaded.
    if (!primary)
      for (const entry of await fs.readdir(dest, { withFileTypes: true }))
        if (entry.isFile() && !/^pagefind-entry\.json$|\.pf_meta$/.test(entry.name))
          await fs.rm(path.join(dest, entry.name))
  } finally {
    await fs.rm(source, { recursive: true, force: true })
  }
}

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}

// The snapshot file the build script wrote, parsed once per process and version of the file.
// astro.config.mjs (the sitemap's lastmod) and the pages' reads run in the same Astro process but
// in separately bundled modules, so the cache lives on globalThis; at city scale a parse took
// 0.1–0.5 s in the profiles. Keyed by size and mtime too: a file written again is read again.
import fs from 'node:fs'

import type { SiteSnapshot } from './snapshot'

const key = Symbol.for('nb.site.snapshotFiles')
type Store = { [key]?: Map<string, { version: string; snapshot: SiteSnapshot }> }

export function parsedSiteSnapshot(file: string): SiteSnapshot {
  const store = ((globalThis as Store)[key] ??= new Map())
  const { size, mtimeMs } = fs.statSync(file)
  const version = `${size}/${mtimeMs}`
  const known = store.get(file)
  if (known?.version === version) return known.snapshot
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot
  store.set(file, { version, snapshot })
  return snapshot
}

// The snapshot file the build script wrote, parsed once per process. astro.config.mjs (the
// sitemap's lastmod) and the pages' reads run in the same Astro process but in separately bundled
// modules, so the cache lives on globalThis; at city scale each parse took about half a second.
import fs from 'node:fs'

import type { SiteSnapshot } from './snapshot'

const key = Symbol.for('nb.site.snapshotFiles')
type Store = { [key]?: Map<string, SiteSnapshot> }

export function parsedSiteSnapshot(file: string): SiteSnapshot {
  const store = ((globalThis as Store)[key] ??= new Map())
  let snapshot = store.get(file)
  if (!snapshot) {
    snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot
    store.set(file, snapshot)
  }
  return snapshot
}

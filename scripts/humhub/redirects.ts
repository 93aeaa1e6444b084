import fsSync from 'node:fs'
import path from 'node:path'

import { sections } from '../../site/src/lib/sections'

// Old HumHub addresses -> new pages, as `_redirects` lines (Netlify's format; the local site server
// reads the same file, scripts/lib/redirects.ts). HumHub links a space as /s/<space-url>/ (and
// everything below it), a calendar entry as /s/<space-url>/calendar/entry/view?id=<id> and a post by
// its permalink /content/perma?id=<content-id>. The importer stores each object's own address
// (`source.url`, from HumHub's answer), so the rules follow whatever HumHub reported.
//
// Netlify matches query strings only through placeholders (`id=:id`), so an address with `?id=`
// takes two hops: one placeholder rule per old path moves it to /alt/humhub/<path>/<id>, where
// one rule per object points at the new page.

export type Moved = { collection: 'associations' | 'events' | 'news'; slug: string; url: string }

export const pageOf = (doc: Pick<Moved, 'collection' | 'slug'>) => `/${sections[doc.collection]}/${doc.slug}/`

/** `_redirects` lines for the moved documents; only those whose new page `exists` (the built site). */
export function humhubRedirectLines(docs: Moved[], exists: (page: string) => boolean = () => true): string[] {
  const hops: string[] = []
  const queries = new Map<string, string>()
  const spaces: string[] = []
  const splats: string[] = []
  const seen = new Set<string>()
  for (const doc of docs) {
    const target = pageOf(doc)
    if (!exists(target)) continue
    let old: URL
    try {
      old = new URL(doc.url)
    } catch {
      continue
    }
    const id = old.searchParams.get('id')
    const pathname = old.pathname.replace(/\/+$/, '') || '/'
    if (id && /^\d+$/.test(id)) {
      const hop = `/alt/humhub${pathname}/${id}`
      if (seen.has(hop)) continue
      seen.add(hop)
      hops.push(`${hop}  ${target}  301`)
      queries.set(pathname, `${pathname}  id=:id  /alt/humhub${pathname}/:id  301`)
    } else if (doc.collection === 'associations' && /^\/s\/[^/]+$/.test(pathname)) {
      if (seen.has(pathname)) continue
      seen.add(pathname)
      spaces.push(`${pathname}/  ${target}  301`, `${pathname}  ${target}  301`)
      // Anything else of the space (its stream, members page, old entries we did not carry over).
      splats.push(`${pathname}/*  ${target}  301`)
    }
  }
  // First match wins: the specific rules before a space's catch-all.
  return [...hops, ...queries.values(), ...spaces, ...splats]
}

/** The published documents an import carried over, read anonymously from the CMS's REST API. */
export async function loadMoved(cmsUrl: string): Promise<Moved[]> {
  const moved: Moved[] = []
  for (const collection of ['associations', 'events', 'news'] as const) {
    for (let page = 1; ; page++) {
      const query = `where[source.system][equals]=humhub&depth=0&limit=500&page=${page}&select[slug]=true&select[source]=true`
      const res = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/${collection}?${query}`, {
        signal: AbortSignal.timeout(30_000),
      })
      if (!res.ok)
        throw new Error(
          `Die alten HumHub-Adressen (${collection}) ließen sich nicht lesen: HTTP ${res.status}`,
        )
      const body = (await res.json()) as {
        docs: { slug?: string; source?: { url?: string } }[]
        hasNextPage?: boolean
      }
      for (const doc of body.docs)
        if (doc.slug && doc.source?.url) moved.push({ collection, slug: doc.slug, url: doc.source.url })
      if (!body.hasNextPage) break
    }
  }
  return moved
}

/** The lines for a built site in `outDir`: redirects to pages the build did not write are left out. */
export async function humhubRedirectsFor(cmsUrl: string, outDir: string): Promise<string[]> {
  const exists = (page: string) => fsSync.existsSync(path.join(outDir, page, 'index.html'))
  return humhubRedirectLines(await loadMoved(cmsUrl), exists)
}

// lastmod for every address in the sitemap, from the content snapshot (astro.config.mjs reads it
// once per build): a detail page changes when its document does, a list or filter page of a
// section when any document of that section does, every other page (start page, topics, search)
// when anything does. Settings carry updatedAt too (footer, statement pages).
import fs from 'node:fs'

import { contentLocales, defaultLocale } from '../../../cms/src/locales'
import type { Collections, Locale, SiteSnapshot } from './cms'
import { sections } from './sections'

type Dated = { slug?: string | null; updatedAt?: string }
const latest = (values: (string | undefined)[]) =>
  values.reduce<string | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined)

const prefixes = new RegExp(`^/(${contentLocales.map((l) => l.code).join('|')})/`)

/** Maps a page's path ("/vereine/x/", "/en/vereine/") to its lastmod (ISO). */
export function lastmodResolver(snapshot: SiteSnapshot): (path: string) => string {
  const exact = new Map<string, string>()
  const bySection = new Map<string, string>()
  const everything: (string | undefined)[] = [snapshot.builtAt]
  const all: (string | undefined)[] = []
  for (const locale of Object.keys(snapshot.content) as Locale[]) {
    const content = snapshot.content[locale]
    all.push(content.settings?.updatedAt ?? undefined)
    for (const [collection, dir] of Object.entries(sections) as [keyof Collections, string][]) {
      const docs = (content[collection] ?? []) as Dated[]
      for (const d of docs)
        if (d.slug && d.updatedAt)
          exact.set(`${locale === defaultLocale ? '' : `/${locale}`}/${dir}/${d.slug}/`, d.updatedAt)
      const newest = latest(docs.map((d) => d.updatedAt))
      if (newest && newest > (bySection.get(dir) ?? '')) bySection.set(dir, newest)
      all.push(newest)
    }
  }
  const fallback = latest(all) ?? latest(everything)!
  // Topic and district pages gather everything about them: they change with any content.
  const aggregate = new Set<string>([sections.topics, sections.districts])
  return (path: string) => {
    const normal = path.endsWith('/') ? path : `${path}/`
    const hit = exact.get(normal)
    const segment = normal.replace(prefixes, '/').split('/')[1]
    if (hit && !aggregate.has(segment)) return hit
    return (!aggregate.has(segment) && bySection.get(segment)) || fallback
  }
}

/** For astro.config.mjs: the resolver of the snapshot this build renders, or none (astro dev). */
export function lastmodFromEnv(): ((path: string) => string) | undefined {
  const file = process.env.NB_SITE_SNAPSHOT
  if (!file || !fs.existsSync(file)) return undefined
  return lastmodResolver(JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot)
}

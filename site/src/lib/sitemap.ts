// lastmod for every address in the sitemap, from the content snapshot (astro.config.mjs reads it
// once per build): a detail page changes when its document does, a list or filter page of a
// section when any document of that section does, every other page (start page, topics, search)
// when anything does. Settings carry updatedAt too (footer, statement pages).
import fs from 'node:fs'

import { contentLocales, defaultLocale } from '../../../cms/src/locales'
import type { Collections, Locale, SiteSnapshot } from './cms'
import { sections } from './sections'
import { parsedSiteSnapshot } from './snapshot-file'

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
  return lastmodResolver(parsedSiteSnapshot(file))
}

type Alternate = { url: string; lang: string }

/**
 * The sitemap's hreflang alternates, collected while @astrojs/sitemap filters its addresses and
 * handed out while it serializes them. Its own `i18n` option compares every address with every
 * other one: at 18,000 addresses the sitemap took 1.17 s with it and 0.24 s with this, on every
 * build and publish. Grouped once by path without the language prefix; same links, same order.
 */
export function hreflangAlternates(site: string, defaultLocale: string, hreflangs: Record<string, string>) {
  const base = new URL('/', site).href
  const groups = new Map<string, Alternate[]>()
  // Without the language prefix: "/en/vereine/" and "/vereine/" are one page in two languages.
  const keyOf = (url: string) => {
    if (!url.startsWith(base)) return undefined
    const rest = `/${url.slice(base.length)}`
    const first = rest.split('/')[1]
    if (first && Object.hasOwn(hreflangs, first))
      return { locale: first, path: rest.slice(1 + first.length) || '/' }
    return { locale: defaultLocale, path: rest }
  }
  // The order @astrojs/sitemap lists addresses in, and so their alternates.
  const order = new Intl.Collator('en', { numeric: true }).compare
  let sorted = false
  return {
    /** For `filter`: notes an address the sitemap keeps. */
    add(url: string) {
      const key = keyOf(url)
      if (!key) return
      const group = groups.get(key.path) ?? []
      group.push({ url, lang: hreflangs[key.locale] })
      groups.set(key.path, group)
      sorted = false
    },
    /** For `serialize`: the address's alternates in every language it exists in, or none. */
    of(url: string): Alternate[] | undefined {
      if (!sorted) {
        for (const group of groups.values()) group.sort((a, b) => order(a.url, b.url))
        sorted = true
      }
      const key = keyOf(url)
      const group = key && groups.get(key.path)
      return group && group.length > 1 ? group : undefined
    },
  }
}

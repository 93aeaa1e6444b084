// The CMS's REST API as the site build reads it: published documents only (anonymous reads), in
// pages, by id, per locale. Queries are built with qs-esm, the way Payload's docs build them
// (Payload parses them with the same library), instead of by hand.
import { stringify } from 'qs-esm'

import { fetchRetryingDropped } from '../../../cms/src/lib/droppedConnection'
import type { Locale } from './snapshot'

export class CmsUnavailableError extends Error {
  constructor(cmsUrl: string, detail: string) {
    super(
      `Die Website kann nicht gebaut werden: das CMS unter ${cmsUrl} ist nicht erreichbar oder antwortet mit Fehlern (${detail}). ` +
        'Es wurde nichts veröffentlicht. Bitte prüfen Sie, ob das CMS läuft und PAYLOAD_URL stimmt.',
    )
    this.name = 'CmsUnavailableError'
  }
}

export type Fetcher = (pathAndQuery: string) => Promise<unknown>

export function makeFetcher(cmsUrl: string, timeoutMs: number): Fetcher {
  const base = cmsUrl.replace(/\/+$/, '')
  return async (pathAndQuery) => {
    let res: Response
    try {
      // Seen in city-scale builds: a kept-alive connection the CMS closed as it was reused.
      res = await fetchRetryingDropped(`${base}${pathAndQuery}`, { timeoutMs })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code || (error as Error).message
      throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: ${cause}`)
    }
    if (!res.ok) throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: HTTP ${res.status}`)
    try {
      return await res.json()
    } catch {
      throw new CmsUnavailableError(cmsUrl, `${pathAndQuery}: Antwort ist kein JSON`)
    }
  }
}

type Paged<T> = {
  docs: T[]
  hasNextPage?: boolean
  nextPage?: number | null
  totalDocs?: number
  totalPages?: number
}

type Query = Record<string, unknown>

/** `?a=1&where[id][in]=1,2`: brackets readable in logs, lists comma-separated as Payload accepts them. */
export const query = (params: Query) =>
  stringify(params, { addQueryPrefix: true, arrayFormat: 'comma', encodeValuesOnly: true })

/** Payload's `select` from dotted field paths: ['name', 'price.text'] -> { name: true, price: { text: true } }. */
export function selectOf(fields: string[]): Query {
  const select: Query = {}
  for (const field of fields) {
    const parts = field.split('.')
    let node = select
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Query
    node[parts[parts.length - 1]] = true
  }
  return select
}

/**
 * German with everything; other languages without fallback (untranslated fields come back empty,
 * so we know what really exists in English) and only their localized fields (the rest comes from
 * the German document, and Payload skips the relationship work).
 */
export const localeParams = (locale: Locale, localizedFields: string[]): Query =>
  locale === 'de' ? { locale } : { locale, 'fallback-locale': 'none', select: selectOf(localizedFields) }

/**
 * The other languages in one read: `locale=all` gives each selected localized field as
 * `{ de, en, uk, ar }` (without fallback). Reading them so costs the CMS about as much as one
 * language did, instead of one read per language.
 */
export const translationsParams = (localizedFields: string[]): Query => ({
  locale: 'all',
  select: selectOf(localizedFields),
})

type Doc = Record<string, unknown> & { id: string | number }

/**
 * One language of a `translationsParams` read, shaped as Payload answers that language alone with
 * `fallback-locale=none` and the same `select`: the id and every selected field, null when
 * untranslated (also inside a group: `{ price: { text: null } }`), left out (a group stays
 * empty) when the document was never saved in that language.
 */
export function translationOf(docs: Doc[], localizedFields: string[], locale: Locale): Doc[] {
  return docs.map((doc) => {
    const own: Doc = { id: doc.id }
    for (const field of localizedFields) {
      const parts = field.split('.')
      let from: unknown = doc
      let to: Record<string, unknown> = own
      for (const part of parts.slice(0, -1)) {
        from = (from as Record<string, unknown> | null | undefined)?.[part]
        to = (to[part] ??= {}) as Record<string, unknown>
      }
      const last = parts[parts.length - 1]
      const values = (from as Record<string, unknown> | null | undefined)?.[last]
      const value = (values as Record<string, unknown> | null | undefined)?.[locale]
      // Absent: the document has no row in this language at all, and Payload leaves the field out.
      if (value !== undefined) to[last] = value
    }
    return own
  })
}

function docsOf<T>(body: unknown, collection: string): T[] {
  const page = body as Paged<T> | null
  if (!page || !Array.isArray(page.docs)) throw new Error(`Unerwartete Antwort für /api/${collection}`)
  return page.docs
}

/** Every published document of a collection, in id order. */
export async function fetchCollection<T>(
  get: Fetcher,
  collection: string,
  params: Query,
  pageSize = 250,
): Promise<T[]> {
  const url = (page: number) =>
    `/api/${collection}${query({ limit: pageSize, page, depth: 0, sort: 'id', ...params })}`
  const first = (await get(url(1))) as Paged<T>
  const docs: T[] = [...docsOf<T>(first, collection)]
  // Further pages a few at a time: a CMS on its own server answers them in parallel.
  const pages = Array.from({ length: Math.max(0, (first.totalPages ?? 1) - 1) }, (_, n) => n + 2)
  for (let i = 0; i < pages.length; i += 4) {
    const batch = await Promise.all(pages.slice(i, i + 4).map((page) => get(url(page))))
    for (const body of batch) docs.push(...docsOf<T>(body, collection))
  }
  return docs
}

/** The current published state of some documents; ids missing from the answer are gone from the site. */
export async function fetchByIds<T>(
  get: Fetcher,
  collection: string,
  params: Query,
  ids: string[],
): Promise<T[]> {
  const docs: T[] = []
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const body = await get(
      `/api/${collection}${query({ limit: chunk.length, depth: 0, ...params, where: { id: { in: chunk } } })}`,
    )
    docs.push(...docsOf<T>(body, collection))
  }
  return docs
}

export const fetchGlobal = <T>(get: Fetcher, slug: string, locale: Locale) =>
  get(`/api/globals/${slug}${query({ depth: 0, locale })}`) as Promise<T>

export const fetchDocument = <T>(get: Fetcher, collection: string, id: string, locale: Locale) =>
  get(`/api/${collection}/${encodeURIComponent(id)}${query({ depth: 0, locale })}`) as Promise<T>

// Reading every public document and the settings from the CMS REST API, in every language: the
// whole read of a full build (./cms.ts decides when to read everything and when only changes).
import type { Setting } from '../../../cms/src/payload-types'
import { PUBLIC_COLLECTIONS, type PublicCollection } from '../../../cms/src/publish/publicContent'
import {
  fetchCollection,
  fetchGlobal,
  localeParams,
  translationOf,
  translationsParams,
  type Fetcher,
} from './cms-client'
import { localizedFields } from './locale-merge'
import { locales, type Collections, type Locale } from './snapshot'

type Doc = { id: string | number }

/** A collection's read in one language: German whole, other languages only their localized fields. */
export const paramsFor = (name: PublicCollection, locale: Locale) =>
  localeParams(locale, localizedFields[name])

export type ReadOptions = {
  /** Documents per request; the default suits the CMS's limit (API_MAX_LIMIT). Tests use small pages. */
  pageSize?: number
}

/**
 * Every public document and the settings, in every language, as the CMS's REST API gives them.
 * German whole; the other languages' localized fields in one read for all of them (split here);
 * all collections at once, so a CMS on its own server answers in parallel.
 */
export async function readContent(get: Fetcher, options: ReadOptions = {}) {
  const others = locales.filter((l) => l !== 'de')
  const collections = await Promise.all(
    PUBLIC_COLLECTIONS.map(async (name) => {
      const [german, all] = await Promise.all([
        fetchCollection<Doc>(get, name, paramsFor(name, 'de'), options.pageSize),
        fetchCollection<Doc>(get, name, translationsParams(localizedFields[name]), options.pageSize),
      ])
      const perLocale = { de: german } as Record<Locale, Doc[]>
      for (const locale of others) perLocale[locale] = translationOf(all, localizedFields[name], locale)
      return [name, perLocale] as const
    }),
  )
  const raw = {} as Record<Locale, Collections>
  for (const locale of locales)
    raw[locale] = Object.fromEntries(
      collections.map(([name, perLocale]) => [name, perLocale[locale]]),
    ) as unknown as Collections
  const settings = Object.fromEntries(
    await Promise.all(
      locales.map(async (locale) => [locale, await fetchGlobal<Setting>(get, 'settings', locale)] as const),
    ),
  ) as Record<Locale, Setting>
  return { raw, settings }
}

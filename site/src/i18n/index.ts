// The message catalogues, one file per language, and what pages use to read them. A language is
// one line in cms/src/locales.ts plus its file here, named by its code (pl.ts exporting `pl`):
// the files are found by name, Messages makes a missing text (or option label) a type error, and
// a language without its file stops the build with the file's name.
import { contentLocales, localeInfo } from '../../../cms/src/locales'
import type { Locale } from '../lib/snapshot'
import type { Messages } from './de'
import { pluralText, type PluralForms } from './plural'

export type { Messages }
export type { PluralForms }

// A dynamic import of "./<code>.ts" is the one form both Vite (the Astro build) and Node (scripts
// and tests that use the site's modules) resolve: Vite bundles every file the pattern matches.
const catalogues = Object.fromEntries(
  await Promise.all(
    contentLocales.map(async ({ code }) => {
      const file = (await import(`./${code}.ts`).catch(() => ({}))) as Record<string, Messages | undefined>
      const messages = file[code]
      if (!messages)
        throw new Error(
          `Für die Sprache „${code}“ (cms/src/locales.ts) fehlt ihr Katalog site/src/i18n/${code}.ts mit "export const ${code}: Messages".`,
        )
      return [code, messages] as const
    }),
  ),
) as Record<Locale, Messages>

/** The catalogue of a language. */
export const t = (locale: Locale): Messages => catalogues[locale]

/** The BCP 47 tag Intl formats this language with (dates, numbers, plurals). */
export const intlOf = (locale: Locale) => localeInfo(locale).intl

/** "ltr" or "rtl". */
export const dirOf = (locale: Locale) => localeInfo(locale).dir

type PluralKey = { [K in keyof Messages]: Messages[K] extends PluralForms ? K : never }[keyof Messages]

/** A counted text in the page's language: plural(locale, 'entries', 5) -> "5 Einträge". */
export const plural = (locale: Locale, key: PluralKey, n: number) =>
  pluralText(intlOf(locale), t(locale)[key], n)

/** Every catalogue's plain strings (for tests that look for one language's texts in another's pages). */
export const catalogueStrings = (locale: Locale): string[] => strings(t(locale))

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : []

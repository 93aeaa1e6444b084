// The message catalogues, one file per language, and what pages use to read them. A language is
// one line in cms/src/locales.ts plus its file here, added to `catalogues` below: the Record type
// makes a missing catalogue, and Messages a missing text, a type error.
import { localeInfo } from '../../../cms/src/locales'
import type { Locale } from '../lib/snapshot'
import { ar } from './ar'
import { de, type Messages } from './de'
import { en } from './en'
import { pluralText, type PluralForms } from './plural'
import { uk } from './uk'

export type { Messages }
export type { PluralForms }

const catalogues: Record<Locale, Messages> = { de, en, uk, ar }

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
export const catalogueStrings = (locale: Locale): string[] =>
  Object.values(t(locale)).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []))

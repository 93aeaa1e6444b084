// The form texts of every language the CMS answers citizens in. A language of cms/src/locales.ts
// without its file here is answered in English (its readers chose a language other than German,
// and English is the one most of them read), so adding a language to the site never breaks a form.
import { type ContentLocale, contentLocales, defaultLocale, localeInfo } from '../../locales'
import { pluralText } from '../plural'
import { ar } from './ar'
import { de, type FormTexts } from './de'
import { en } from './en'
import { uk } from './uk'

export type { FormTexts }

const texts: Partial<Record<ContentLocale, FormTexts>> = { de, en, uk, ar }

/** A form's language: one of cms/src/locales.ts, German for anything else. */
export const formLanguage = (value: unknown): ContentLocale =>
  contentLocales.find((l) => l.code === value)?.code ?? defaultLocale

/** The texts of a language (English where a language has none yet). */
export const formTexts = (lang: ContentLocale): FormTexts => texts[lang] ?? en

/** A number in the language's format ("4.000", "4,000"). */
export const formNumber = (lang: ContentLocale, n: number) => n.toLocaleString(localeInfo(lang).intl)

/** "in 5 Minuten", "через 5 хвилин": the minutes to wait, counted in the language. */
export const minutesIn = (lang: ContentLocale, seconds: number) =>
  pluralText(localeInfo(lang).intl, formTexts(lang).minutes, Math.ceil(seconds / 60))

import type { FieldHook, SelectField } from 'payload'

import { contentLocales, defaultLocale } from '../locales'

// Which languages an entry still lacks, stored on the entry so editors can see it as a list column
// and filter by it ("Übersetzung fehlt: English"). The languages come from the one list in
// ../locales.ts: a new language there is a new option here, without touching this file.
// An entry counts as translated into a language when its title (or name) exists in that language,
// the same rule the site uses for its language pages (site/src/lib/locale-merge.ts).

/** Every content language besides German. */
export const translatableLocales = contentLocales.filter((l) => l.code !== defaultLocale)

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/** The languages (codes) whose title is empty, given the stored titles and the one being saved. */
export function missingLocales(
  stored: Record<string, unknown>,
  saving: { locale: string; title: unknown } | undefined,
): string[] {
  const title = (code: string) => (saving && saving.locale === code ? saving.title : stored[code])
  return translatableLocales.map((l) => l.code as string).filter((code) => isEmpty(title(code)))
}

const computeMissing =
  (titleField: string): FieldHook =>
  async ({ data, originalDoc, req, collection }) => {
    const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
    let stored: Record<string, unknown> = {}
    if (originalDoc?.id !== undefined && collection) {
      // The other languages' titles are not part of a save in one language: read them (same
      // transaction). The Local API sets the request's locale to the one it reads ("all"); the save
      // in progress needs its own back afterwards.
      const { locale: saved, fallbackLocale } = req
      let all: unknown
      try {
        all = await req.payload.findByID({
          collection: collection.slug as 'associations',
          id: originalDoc.id as number,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
          select: { [titleField]: true } as never,
        })
      } finally {
        req.locale = saved
        req.fallbackLocale = fallbackLocale
      }
      const value = (all as unknown as Record<string, unknown>)[titleField]
      if (value && typeof value === 'object') stored = value as Record<string, unknown>
    }
    const saving = data && titleField in data ? { locale, title: data[titleField] } : undefined
    return missingLocales(stored, saving)
  }

/** The "Übersetzung fehlt" field: kept up to date on every save, shown as a list column, filterable. */
export const translationMissingField = (titleField: string): SelectField => ({
  name: 'translationMissing',
  type: 'select',
  hasMany: true,
  label: 'Übersetzung fehlt',
  options: translatableLocales.map((l) => ({ label: l.label, value: l.code })),
  hooks: { beforeChange: [computeMissing(titleField)] },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Wird beim Speichern ermittelt: Sprachen, in denen der Titel noch fehlt.',
  },
})

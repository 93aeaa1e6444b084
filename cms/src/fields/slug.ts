import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate } from 'payload'

import { staffOnlyInAdmin } from '../access/roles'
import { exists } from '../lib/exists'
import { slugify } from '../lib/slugify'

const slugTaken = (req: PayloadRequest, collection: string, slug: string, id?: number | string) =>
  exists(
    req,
    collection as CollectionSlug,
    id ? { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] } : { slug: { equals: slug } },
  )

const titleOf = (data: Record<string, unknown> | undefined, from: string) => {
  const value = data?.[from]
  if (typeof value === 'string') return value
  // A localized field sent for all locales at once arrives as { de, en }: the German title wins.
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    return String(byLocale.de ?? Object.values(byLocale)[0] ?? '')
  }
  return ''
}

/**
 * One slug per document, derived from the German title on first save (ä -> ae, ß -> ss) and made
 * unique with a counter. Editors may change it; a hand-written slug is normalised, and a clash is
 * reported instead of silently renamed, because it was chosen on purpose.
 */
export function slugField(from = 'title'): TextField {
  const generate: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    const given = typeof value === 'string' ? slugify(value) : ''
    if (given) return given
    if (originalDoc?.slug) return originalDoc.slug
    const base = slugify(titleOf(data, from) || titleOf(originalDoc, from))
    if (!base || !collection) return base || undefined
    let candidate = base
    for (let n = 2; await slugTaken(req, collection.slug, candidate, originalDoc?.id); n++) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

  const validate: Validate<string | null | undefined, unknown, unknown, TextField> = async (
    value,
    options,
  ) => {
    const { req, id, collectionSlug } = options
    if (!value) return 'Bitte geben Sie einen Titel oder eine Adresse (Slug) an.'
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      return 'Die Adresse darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.'
    }
    if (collectionSlug && (await slugTaken(req, collectionSlug, value, id))) {
      return `Die Adresse „${value}“ ist schon vergeben. Bitte wählen Sie eine andere.`
    }
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    label: 'Adresse (Slug)',
    index: true,
    unique: true,
    validate,
    admin: {
      position: 'sidebar',
      // Generated from the title; club members cannot do anything useful with it.
      condition: staffOnlyInAdmin,
      description: 'Teil der Internetadresse. Wird beim ersten Speichern aus dem Titel erzeugt.',
    },
    hooks: { beforeValidate: [generate] },
  }
}

import type { Field, TextareaField } from 'payload'

/** Short teaser text shown in lists and search results; kept short for phones. */
export const summaryField = (
  name = 'summary',
  label = 'Kurzbeschreibung',
  maxLength = 300,
): TextareaField => ({
  name,
  type: 'textarea',
  label,
  localized: true,
  maxLength,
  admin: { description: `Höchstens ${maxLength} Zeichen. Erscheint in Listen und Suchergebnissen.` },
})

export const bodyField = (name = 'body', label = 'Text'): Field => ({
  name,
  type: 'richText',
  label,
  localized: true,
})

export const imageField = (name = 'image', label = 'Bild'): Field => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
})

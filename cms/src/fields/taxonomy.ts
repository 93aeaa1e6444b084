import type { Field } from 'payload'

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: 'Themen',
  admin: { position: 'sidebar' },
}

export const districtField: Field = {
  name: 'district',
  type: 'relationship',
  relationTo: 'districts',
  label: 'Stadtteil',
  admin: { position: 'sidebar' },
}

/** Shared by events and opportunities so filters on the site use one vocabulary. */
export const targetGroupOptions = [
  { label: 'Kinder', value: 'children' },
  { label: 'Jugendliche', value: 'youth' },
  { label: 'Familien', value: 'families' },
  { label: 'Erwachsene', value: 'adults' },
  { label: 'Seniorinnen und Senioren', value: 'seniors' },
  { label: 'Menschen mit Behinderung', value: 'disabilities' },
  { label: 'Neu in Neubrandenburg / Zugewanderte', value: 'newcomers' },
  { label: 'Alle', value: 'everyone' },
]

export const targetGroupsField: Field = {
  name: 'targetGroups',
  type: 'select',
  hasMany: true,
  label: 'Zielgruppen',
  options: targetGroupOptions,
}

export const languageOptions = [
  { label: 'Deutsch', value: 'de' },
  { label: 'Leichte Sprache', value: 'de-simple' },
  { label: 'Englisch', value: 'en' },
  { label: 'Ukrainisch', value: 'uk' },
  { label: 'Russisch', value: 'ru' },
  { label: 'Arabisch', value: 'ar' },
  { label: 'Polnisch', value: 'pl' },
  { label: 'Deutsche Gebärdensprache', value: 'dgs' },
]

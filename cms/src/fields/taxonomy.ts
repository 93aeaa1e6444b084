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

// Select options the site's filters also use: the site derives its labels and its German URL
// slugs (slugify of the German label) from these lists, so they are defined only here.
export const associationKindOptions = [
  { label: 'Verein', value: 'club' },
  { label: 'Initiative', value: 'initiative' },
  { label: 'Netzwerk / Dachverband', value: 'network' },
  { label: 'Einrichtung', value: 'institution' },
  { label: 'Selbsthilfegruppe', value: 'selfHelp' },
]

export const commitmentOptions = [
  { label: 'Einmalig', value: 'oneOff' },
  { label: 'Regelmäßig', value: 'regular' },
  { label: 'Projekt (befristet)', value: 'project' },
]

export const suitabilityOptions = [
  { label: 'Junge Menschen', value: 'youth' },
  { label: 'Seniorinnen und Senioren', value: 'seniors' },
  { label: 'Familien', value: 'families' },
  { label: 'Wenig Deutschkenntnisse nötig', value: 'littleGerman' },
  { label: 'Rollstuhlgerecht', value: 'wheelchair' },
  { label: 'Von zu Hause aus möglich', value: 'remote' },
  { label: 'Kurzfristig / spontan', value: 'shortNotice' },
]

/** Shared by events and opportunities so filters on the site use one vocabulary. */
export const targetGroupOptions = [
  { label: 'Kinder', value: 'children' },
  { label: 'Jugendliche', value: 'youth' },
  { label: 'Familien', value: 'families' },
  { label: 'Erwachsene', value: 'adults' },
  { label: 'Seniorinnen und Senioren', value: 'seniors' },
  { label: 'Menschen mit Behinderung', value: 'disabilities' },
  { label: 'Neu in der Stadt / Zugewanderte', value: 'newcomers' },
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

import type { Field } from 'payload'

import { cmsOptions } from '../options'

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

// Select options the site's filters also use: labels in every language live in ../options, the
// site derives its labels and its German URL slugs (slugify of the German label) from there.
export const associationKindOptions = cmsOptions('kind')

export const commitmentOptions = cmsOptions('commitment')

export const suitabilityOptions = cmsOptions('suitability')

/** Shared by events and opportunities so filters on the site use one vocabulary. */
export const targetGroupOptions = cmsOptions('targetGroups')

export const targetGroupsField: Field = {
  name: 'targetGroups',
  type: 'select',
  hasMany: true,
  label: 'Zielgruppen',
  options: targetGroupOptions,
}

export const languageOptions = cmsOptions('languages')

import type { CollectionConfig } from 'payload'

import { contentVersions } from '../access/content'
import { reviewedCollectionAdmin, reviewNoticeField } from '../admin/collection'
import { ownedContentAccess } from '../access/ownership'
import { reviewFields } from '../review/fields'
import { reviewHooks } from '../review/hooks'
import { contactGroup } from '../fields/contact'
import { bodyField, imageField, summaryField } from '../fields/content'
import { easySummaryField } from '../fields/easyLanguage'
import { translationMissingField } from '../fields/translations'
import { slugField } from '../fields/slug'
import {
  commitmentOptions,
  districtField,
  suitabilityOptions,
  targetGroupsField,
  topicsField,
} from '../fields/taxonomy'
import { notBefore } from '../lib/dates'
import { cmsOptions } from '../options'

export const Opportunities: CollectionConfig<'opportunities'> = {
  slug: 'opportunities',
  labels: { singular: 'Ehrenamtsangebot', plural: 'Ehrenamt' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'association', 'validUntil', '_status', 'reviewStatus', 'translationMissing'],
    group: 'Inhalte',
    ...reviewedCollectionAdmin,
    description: 'Angebote für ehrenamtliches Engagement. Abgelaufene Angebote verschwinden von der Website.',
  },
  access: ownedContentAccess('opportunities'),
  hooks: reviewHooks('opportunities'),
  versions: contentVersions,
  defaultSort: '-createdAt',
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slugField(),
    summaryField(),
    easySummaryField,
    bodyField('body', 'Beschreibung'),
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      label: 'Verein / Initiative',
    },
    topicsField,
    districtField,
    {
      name: 'commitment',
      type: 'select',
      label: 'Art des Engagements',
      required: true,
      defaultValue: 'regular',
      options: commitmentOptions,
    },
    {
      name: 'timeNeeded',
      type: 'group',
      label: 'Zeitaufwand',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'hours', type: 'number', label: 'Stunden', min: 0, max: 80 },
            {
              name: 'per',
              type: 'select',
              label: 'pro',
              defaultValue: 'week',
              options: cmsOptions('per'),
            },
          ],
        },
        {
          name: 'note',
          type: 'text',
          label: 'Hinweis',
          localized: true,
          admin: { description: 'z. B. „vor allem samstags“' },
        },
      ],
    },
    targetGroupsField,
    {
      name: 'suitability',
      type: 'select',
      hasMany: true,
      label: 'Geeignet für',
      options: suitabilityOptions,
    },
    {
      name: 'requirements',
      type: 'select',
      hasMany: true,
      label: 'Voraussetzungen',
      options: cmsOptions('requirements'),
    },
    { name: 'requirementsNote', type: 'textarea', label: 'Weitere Voraussetzungen', localized: true },
    {
      name: 'benefits',
      type: 'select',
      hasMany: true,
      label: 'Das bekommen Sie',
      options: cmsOptions('benefits'),
    },
    contactGroup('Kontakt für Interessierte'),
    imageField(),
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: 'Gültig ab',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'validUntil',
          type: 'date',
          label: 'Gültig bis',
          index: true,
          validate: (value: unknown, { data }: { data: { validFrom?: string } }) =>
            notBefore(value, data?.validFrom, '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.'),
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
            description: 'Danach verschwindet das Angebot von der Website.',
          },
        },
      ],
    },
    ...reviewFields('opportunities'),
    translationMissingField('title'),
  ],
}

import type { CollectionConfig } from 'payload'

import { contentVersions } from '../access/content'
import { reviewedCollectionAdmin, reviewNoticeField } from '../admin/collection'
import { ownedContentAccess } from '../access/ownership'
import { reviewFields } from '../review/fields'
import { reviewHooks } from '../review/hooks'
import { bodyField, imageField, summaryField } from '../fields/content'
import { translationMissingField } from '../fields/translations'
import { slugField } from '../fields/slug'
import { sourceField } from '../fields/source'
import { topicsField } from '../fields/taxonomy'

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: { singular: 'Meldung', plural: 'Aktuelles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', '_status', 'reviewStatus', 'translationMissing'],
    group: 'Inhalte',
    ...reviewedCollectionAdmin,
  },
  access: ownedContentAccess('news'),
  hooks: reviewHooks('news'),
  versions: contentVersions,
  defaultSort: '-publishedDate',
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slugField(),
    summaryField('excerpt', 'Anreißer'),
    bodyField(),
    imageField(),
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      label: 'Verfasst von (Verein)',
      admin: { description: 'Leer lassen, wenn die Meldung von der Stadtredaktion stammt.' },
    },
    {
      name: 'publishedDate',
      type: 'date',
      label: 'Veröffentlichungsdatum',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
      },
      hooks: {
        // The date readers see is the first publication, not the last edit.
        beforeChange: [
          ({ value, siblingData }) =>
            value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    topicsField,
    ...reviewFields('news'),
    sourceField(),
    translationMissingField('title'),
  ],
}

import type { CollectionConfig } from 'payload'

import { contentAccess, contentVersions } from '../access/content'
import { hiddenFromClubs } from '../access/roles'
import { bodyField, summaryField } from '../fields/content'
import { easyLanguagePageField, signVideoField } from '../fields/easyLanguage'
import { slugField } from '../fields/slug'
import { authorField } from '../review/fields'
import { recordAuthor } from '../review/hooks'

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: {
    hidden: hiddenFromClubs,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'easyLanguage', '_status', 'updatedAt'],
    group: 'Inhalte',
    description: 'Feste Seiten wie Über uns, Barrierefreiheit, Leichte Sprache, Impressum und Datenschutz.',
  },
  access: contentAccess,
  hooks: { beforeChange: [recordAuthor] },
  versions: contentVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slugField(),
    summaryField('summary', 'Kurzbeschreibung', 200),
    bodyField(),
    signVideoField(
      'Erscheint auf der Seite mit einem Zeichen für Gebärdensprache, darunter der Text zum Video.',
    ),
    easyLanguagePageField,
    authorField,
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hiddenFromClubs, staffOnly } from '../access/roles'
import { slugField } from '../fields/slug'
import { councilPapersField } from '../politics/districtFields'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: { singular: 'Thema', plural: 'Themen' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: 'Verzeichnisse',
    hidden: hiddenFromClubs,
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: 'Name', required: true, localized: true },
    slugField('name'),
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
    councilPapersField('dieses Thema'),
  ],
}

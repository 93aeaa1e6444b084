import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hiddenFromClubs, staffOnly } from '../access/roles'
import { slugField } from '../fields/slug'
import { councilPapersField, serviceAreaField } from '../politics/districtFields'

export const Districts: CollectionConfig<'districts'> = {
  slug: 'districts',
  labels: { singular: 'Stadtteil', plural: 'Stadtteile' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug'],
    group: 'Verzeichnisse',
    hidden: hiddenFromClubs,
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: 'Name', required: true, localized: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Art',
      defaultValue: 'quarter',
      options: [
        { label: 'Stadtgebiet', value: 'quarter' },
        { label: 'Ortsteil', value: 'village' },
      ],
    },
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
    councilPapersField('diesen Stadtteil'),
    serviceAreaField,
  ],
}

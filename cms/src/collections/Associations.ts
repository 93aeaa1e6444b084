import type { CollectionConfig, Where } from 'payload'

import { reviewedCollectionAdmin, reviewNoticeField } from '../admin/collection'
import { contentVersions } from '../access/content'
import { ownedContentAccess } from '../access/ownership'
import { reviewFields, trustedField } from '../review/fields'
import { reviewHooks } from '../review/hooks'
import { staffOnlyField, staffOnlyInAdmin } from '../access/roles'
import { contactGroup } from '../fields/contact'
import { bodyField, summaryField } from '../fields/content'
import { easySummaryField } from '../fields/easyLanguage'
import { translationMissingField } from '../fields/translations'
import { addressGroup } from '../fields/location'
import { slugField } from '../fields/slug'
import { sourceField } from '../fields/source'
import { associationKindOptions, districtField, languageOptions, topicsField } from '../fields/taxonomy'
import { cmsOptions } from '../options'

export const Associations: CollectionConfig<'associations'> = {
  slug: 'associations',
  labels: { singular: 'Verein / Initiative', plural: 'Vereine und Initiativen' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'kind',
      'district',
      '_status',
      'reviewStatus',
      'translationMissing',
      'updatedAt',
    ],
    group: 'Inhalte',
    ...reviewedCollectionAdmin,
    description: 'Vereine, Initiativen, Netzwerke und Einrichtungen in Neubrandenburg.',
  },
  access: ownedContentAccess('associations'),
  hooks: reviewHooks('associations'),
  versions: contentVersions,
  defaultSort: 'name',
  fields: [
    reviewNoticeField,
    { name: 'name', type: 'text', label: 'Name', required: true, localized: true },
    slugField('name'),
    { ...summaryField('shortDescription', 'Kurzbeschreibung'), required: true },
    bodyField('description', 'Ausführliche Beschreibung'),
    easySummaryField,
    {
      name: 'kind',
      type: 'select',
      label: 'Art',
      required: true,
      defaultValue: 'club',
      options: associationKindOptions,
      admin: { position: 'sidebar' },
    },
    topicsField,
    districtField,
    {
      name: 'networks',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      label: 'Mitglied in Netzwerken',
      filterOptions: ({ id }): Where => ({
        and: [{ kind: { equals: 'network' } }, ...(id ? [{ id: { not_equals: id } }] : [])] as Where[],
      }),
      validate: (value: unknown, { id }: { id?: number | string }) => {
        const ids = (Array.isArray(value) ? value : []).map((v) =>
          typeof v === 'object' && v ? (v.id ?? v.value) : v,
        )
        return (
          !id ||
          !ids.some((v) => String(v) === String(id)) ||
          'Ein Netzwerk kann nicht Mitglied in sich selbst sein.'
        )
      },
      // Joining a network needs the network's consent: clubs ask via network membership requests.
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: {
        condition: staffOnlyInAdmin,
        description:
          'Netzwerke oder Dachverbände, denen dieser Verein angehört. Vereine stellen dafür einen Aufnahmeantrag, den das Netzwerk bestätigt.',
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: 'Bilder' },
    addressGroup('address', 'Adresse / Treffpunkt'),
    contactGroup(),
    { name: 'meetingTimes', type: 'textarea', label: 'Treffzeiten', localized: true },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: 'Gesprochene Sprachen',
      options: languageOptions,
    },
    {
      name: 'accessibility',
      type: 'group',
      label: 'Barrierefreiheit des Ortes',
      fields: [
        {
          name: 'wheelchair',
          type: 'select',
          label: 'Rollstuhlgerecht',
          defaultValue: 'unknown',
          options: cmsOptions('wheelchair'),
        },
        { name: 'notes', type: 'textarea', label: 'Hinweise', localized: true },
      ],
    },
    {
      name: 'foundedYear',
      type: 'number',
      label: 'Gründungsjahr',
      min: 1800,
      validate: (v: number | null | undefined) =>
        v == null ||
        (Number.isInteger(v) && v >= 1800 && v <= new Date().getFullYear()) ||
        `Bitte geben Sie ein Jahr zwischen 1800 und ${new Date().getFullYear()} an.`,
      admin: { position: 'sidebar' },
    },
    {
      name: 'lookingForMembers',
      type: 'checkbox',
      label: 'Sucht neue Mitglieder',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: 'Auf der Startseite zeigen',
      defaultValue: false,
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar', condition: staffOnlyInAdmin },
    },
    trustedField,
    ...reviewFields('associations'),
    sourceField(),
    translationMissingField('name'),
  ],
}

import type { CollectionConfig } from 'payload'

import { contentVersions } from '../access/content'
import { reviewedCollectionAdmin, reviewNoticeField } from '../admin/collection'
import { ownedContentAccess } from '../access/ownership'
import { reviewFields } from '../review/fields'
import { reviewHooks } from '../review/hooks'
import { urlValidate } from '../fields/contact'
import { bodyField, imageField, summaryField } from '../fields/content'
import { addressFields } from '../fields/location'
import { easySummaryField } from '../fields/easyLanguage'
import { translationMissingField } from '../fields/translations'
import { slugField } from '../fields/slug'
import { sourceField } from '../fields/source'
import { districtField, targetGroupsField, topicsField } from '../fields/taxonomy'
import { formatGerman, notBefore } from '../lib/dates'
import { dateBoundsProblem, eventSpanProblem } from '../lib/dateBounds'
import { validations } from 'payload'
import { cmsOptions } from '../options'

type EventData = {
  start?: string
  end?: string
  allDay?: boolean
  attendance?: 'onsite' | 'online' | 'hybrid'
  venue?: { name?: string }
  onlineUrl?: string
  calendarImport?: { key?: string | null }
}

// An imported series instance carries "UID#original date" as its key (cms/src/calendars).
const isSeriesInstance = (data?: Partial<EventData>) => Boolean(data?.calendarImport?.key?.includes('#'))

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: { singular: 'Veranstaltung', plural: 'Veranstaltungen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'cancelled', '_status', 'reviewStatus', 'translationMissing'],
    group: 'Inhalte',
    ...reviewedCollectionAdmin,
  },
  access: ownedContentAccess('events'),
  hooks: reviewHooks('events'),
  versions: contentVersions,
  defaultSort: 'start',
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slugField(),
    summaryField(),
    easySummaryField,
    bodyField('body', 'Beschreibung'),
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: 'Beginn',
          required: true,
          index: true,
          timezone: true,
          validate: (value: unknown, args: Parameters<typeof validations.date>[1]) =>
            dateBoundsProblem('Beginn', value) ?? validations.date(value as Date, args),
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' },
            components: { Cell: '/admin/cells/EventStartCell#EventStartCell' },
          },
        },
        {
          name: 'end',
          type: 'date',
          label: 'Ende',
          timezone: true,
          validate: (value: unknown, { data }: { data: Partial<EventData> }) =>
            dateBoundsProblem('Ende', value) ??
            (isSeriesInstance(data) ? undefined : eventSpanProblem(data?.start, value)) ??
            notBefore(
              value,
              data?.start,
              `Das Ende darf nicht vor dem Beginn (${formatGerman(data?.start)}) liegen.`,
            ),
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' },
          },
        },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      label: 'Ganztägig',
      defaultValue: false,
      admin: { description: 'Uhrzeiten werden dann nicht angezeigt; mehrtägig über das Ende.' },
    },
    {
      name: 'organizers',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      label: 'Veranstaltet von',
    },
    {
      name: 'attendance',
      type: 'select',
      label: 'Teilnahme',
      required: true,
      defaultValue: 'onsite',
      options: cmsOptions('attendance'),
    },
    {
      name: 'venue',
      type: 'group',
      label: 'Veranstaltungsort',
      admin: { condition: (data) => data?.attendance !== 'online' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: 'Name des Ortes',
          validate: (value: unknown, { data }: { data: Partial<EventData> }) =>
            data?.attendance === 'online' || Boolean(value) || 'Bitte geben Sie den Veranstaltungsort an.',
        },
        ...addressFields,
      ],
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: 'Link zur Online-Teilnahme',
      admin: { condition: (data) => data?.attendance !== 'onsite' },
      validate: (value: string | null | undefined, { data }: { data: Partial<EventData> }) => {
        if (data?.attendance !== 'onsite' && !value)
          return 'Bitte geben Sie den Link zur Online-Teilnahme an.'
        return urlValidate(value)
      },
    },
    topicsField,
    districtField,
    targetGroupsField,
    {
      name: 'price',
      type: 'group',
      label: 'Eintritt',
      fields: [
        { name: 'isFree', type: 'checkbox', label: 'Kostenlos', defaultValue: true },
        {
          name: 'text',
          type: 'text',
          label: 'Preis',
          localized: true,
          admin: { condition: (_, sibling) => !sibling?.isFree, description: 'z. B. „5 €, ermäßigt 3 €“' },
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      label: 'Anmeldung',
      fields: [
        { name: 'required', type: 'checkbox', label: 'Anmeldung erforderlich', defaultValue: false },
        { name: 'url', type: 'text', label: 'Link zur Anmeldung', validate: urlValidate },
        {
          name: 'deadline',
          type: 'date',
          label: 'Anmeldeschluss',
          validate: (value: unknown, { data }: { data: Partial<EventData> }) =>
            dateBoundsProblem('Anmeldeschluss', value) ??
            notBefore(data?.start, value, 'Der Anmeldeschluss muss vor dem Beginn liegen.'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
        },
      ],
    },
    { name: 'accessibilityNotes', type: 'textarea', label: 'Hinweise zur Barrierefreiheit', localized: true },
    imageField(),
    {
      name: 'cancelled',
      type: 'checkbox',
      label: 'Abgesagt',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Abgesagte Veranstaltungen bleiben sichtbar und werden als abgesagt markiert.',
        components: { Cell: '/admin/cells/YesNoCell#YesNoCell' },
      },
    },
    {
      name: 'cancellationNote',
      type: 'text',
      label: 'Hinweis zur Absage',
      localized: true,
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.cancelled) },
    },
    ...reviewFields('events'),
    sourceField(),
    translationMissingField('title'),
  ],
}

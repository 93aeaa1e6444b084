import type {
  CollectionAfterChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { isAssociationMember, isStaff, memberAssociationIds } from '../access/roles'
import { feedAccess } from './access'
import { dayIn } from '../lib/berlinTime'
import { normaliseFeedUrl, validateFeedUrl } from './settings'

export const calendarFeedsSlug = 'calendar-feeds' as const
export const importTaskSlug = 'importCalendarFeeds'

// Status fields are written by the import job only (it uses overrideAccess).
const nobody: FieldAccess = () => false

/** A new or changed address is imported right away instead of waiting for the hourly run. */
const queueImport: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.calendarImport || !doc.active) return doc
  if (operation === 'update' && previousDoc?.url === doc.url && previousDoc?.active) return doc
  await req.payload.jobs.queue({ task: importTaskSlug, input: { feed: doc.id }, queue: 'default', req })
  return doc
}

/**
 * A removed feed takes its upcoming events with it (nobody would update them any more); past ones
 * stay as the record of what took place, blocked ones stay blocked. Runs before the delete, in
 * its transaction: afterwards the database has already dropped the link from event to feed.
 */
const removeUpcomingEvents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const today = dayIn(new Date())
  const events = await req.payload.find({
    collection: 'events',
    where: { and: [{ 'calendarImport.feed': { equals: id } }, { importBlocked: { not_equals: true } }] },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const event of events.docs) {
    if (event.start && dayIn(new Date(event.start)) < today) continue
    await req.payload.delete({
      collection: 'events',
      id: event.id,
      overrideAccess: true,
      req,
      context: { calendarImport: true },
    })
  }
}

export const CalendarFeeds: CollectionConfig = {
  slug: calendarFeedsSlug,
  labels: { singular: 'Vereinskalender (iCal)', plural: 'Vereinskalender (iCal)' },
  admin: {
    useAsTitle: 'name',
    group: 'Inhalte',
    defaultColumns: ['name', 'association', 'lastRunAt', 'importedCount', 'lastError'],
    description:
      'Kalender, die ein Verein schon anderswo pflegt (z. B. Google Kalender, Outlook, Nextcloud). ' +
      'Die Termine werden stündlich übernommen und durchlaufen dieselbe Prüfung wie selbst eingetragene Veranstaltungen.',
  },
  access: feedAccess,
  hooks: {
    beforeChange: [
      ({ data }) => {
        if (typeof data.url === 'string') data.url = normaliseFeedUrl(data.url)
        return data
      },
    ],
    afterChange: [queueImport],
    beforeDelete: [removeUpcomingEvents],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: 'Bezeichnung',
      required: true,
      admin: { description: 'z. B. „Vereinskalender Chor“' },
    },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      label: 'Verein',
      required: true,
      index: true,
      // A club account may only attach feeds to its own associations.
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        if (value == null || value === '') return 'Bitte wählen Sie den Verein aus.'
        if (isStaff(req.user) || !isAssociationMember(req.user)) return true
        const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
        return (
          memberAssociationIds(req.user).some((own) => String(own) === String(id)) ||
          'Sie können Kalender nur für einen Verein eintragen, dem Ihr Konto zugeordnet ist.'
        )
      },
    },
    {
      name: 'url',
      type: 'text',
      label: 'Adresse des Kalenders (iCal)',
      required: true,
      validate: (value: unknown) => validateFeedUrl(value),
      admin: {
        description:
          'Die öffentliche iCal-Adresse, beginnt mit https:// oder webcal:// und endet oft auf .ics. ' +
          'In Google Kalender: Einstellungen → Kalender → „Öffentliche Adresse im iCal-Format“.',
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: 'Termine übernehmen',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: 'Letzter Abruf',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'lastRunAt',
          type: 'date',
          label: 'Zuletzt abgerufen',
          access: { create: nobody, update: nobody },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
          },
        },
        {
          name: 'lastSuccessAt',
          type: 'date',
          label: 'Zuletzt erfolgreich',
          access: { create: nobody, update: nobody },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
          },
        },
        {
          name: 'importedCount',
          type: 'number',
          label: 'Übernommene Termine',
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'lastResult',
          type: 'text',
          label: 'Ergebnis',
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'lastError',
          type: 'textarea',
          label: 'Fehler beim letzten Abruf',
          access: { create: nobody, update: nobody },
          admin: {
            readOnly: true,
            description: 'Bei einem Fehler bleiben alle bisher übernommenen Termine unverändert.',
          },
        },
      ],
    },
  ],
}

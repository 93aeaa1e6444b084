import type { CollectionBeforeOperationHook, Field, FieldAccess } from 'payload'

import { isStaff } from '../access/roles'
import { calendarFeedsSlug } from './CalendarFeeds'

const nobody: FieldAccess = () => false
const staffOnly: FieldAccess = ({ req }) => isStaff(req.user)

/** Fields the calendar import adds to events; only the import job writes them. */
export const importedEventFields: Field[] = [
  {
    name: 'imported',
    type: 'checkbox',
    label: 'Aus einem Vereinskalender übernommen',
    defaultValue: false,
    index: true,
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.imported),
      description: 'Änderungen im Vereinskalender überschreiben diesen Eintrag beim nächsten Abruf.',
    },
  },
  {
    name: 'calendarImport',
    type: 'group',
    label: 'Herkunft (Kalender-Import)',
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.imported) },
    fields: [
      {
        name: 'feed',
        type: 'relationship',
        relationTo: calendarFeedsSlug,
        label: 'Kalender',
        index: true,
        admin: { readOnly: true },
      },
      // UID plus original date for a series; how the next import finds this entry again.
      { name: 'key', type: 'text', label: 'Kennung im Kalender', index: true, admin: { readOnly: true } },
      { name: 'url', type: 'text', label: 'Link im Kalender', admin: { readOnly: true } },
      { name: 'hash', type: 'text', hidden: true },
    ],
  },
  {
    name: 'importBlocked',
    type: 'checkbox',
    label: 'Import sperren',
    defaultValue: false,
    access: { create: staffOnly, update: staffOnly },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.imported),
      description:
        'Nimmt diesen Termin von der Website; spätere Abrufe ändern oder veröffentlichen ihn nicht mehr.',
    },
  },
]

/**
 * A blocked entry is never online: any save with the block set unpublishes the document itself (not
 * only a new draft version), so blocking takes effect at once. The import then leaves it alone.
 */
export const unpublishBlocked: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const data = args.data as Record<string, unknown> | undefined
  if (data?.importBlocked === true) {
    data._status = 'draft'
    args.draft = false
  }
  return args
}

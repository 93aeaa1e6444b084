import type { FieldAccess, GroupField } from 'payload'

import { staffOnlyInAdmin } from '../access/roles'

const nobody: FieldAccess = () => false

/** Systems content was carried over from; one option today, the move from the old unser-nb.de. */
export const sourceSystems = [{ value: 'humhub', label: 'importiert (HumHub, altes unser-nb.de)' }] as const

/**
 * Where an imported document came from. The importer finds documents again by `system` +
 * `externalId`, so a second run updates instead of duplicating (not `id`: Payload's SQL adapters
 * do not store a field of that name inside a group); `url` is the old address the site redirects from.
 * Only the importer (a system write with overrideAccess) sets it. Readable by everyone, because
 * the site build turns the old addresses of published documents into redirects; club accounts do
 * not see it in the admin (it is the editors' business).
 */
export function sourceField(): GroupField {
  return {
    name: 'source',
    type: 'group',
    label: 'Herkunft (Import)',
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      condition: (data, siblingData, context) =>
        Boolean(data?.source?.system) && staffOnlyInAdmin(data, siblingData, context),
      description: 'Aus dem alten unser-nb.de übernommen. Ein erneuter Import aktualisiert diesen Eintrag.',
    },
    fields: [
      {
        name: 'system',
        type: 'select',
        label: 'System',
        index: true,
        options: sourceSystems.map((s) => ({ ...s })),
        admin: { readOnly: true },
      },
      {
        name: 'externalId',
        type: 'text',
        label: 'Kennung im alten System',
        index: true,
        admin: { readOnly: true },
      },
      { name: 'url', type: 'text', label: 'Alte Adresse', admin: { readOnly: true } },
      {
        name: 'importedAt',
        type: 'date',
        label: 'Zuletzt importiert',
        admin: {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
        },
      },
      // What the last import wrote, so an unchanged object is not written (and versioned) again.
      { name: 'hash', type: 'text', hidden: true },
    ],
  }
}

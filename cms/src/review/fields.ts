import type { CheckboxField, Field } from 'payload'

import { type OwnedCollection, ownerOrStaffField } from '../access/ownership'
import { loggedInField, staffOnlyField, staffOnlyInAdmin } from '../access/roles'
import { reviewStatuses } from './status'

const nobody = () => false

/**
 * Review state, the editors' note and the last author. Stored on every version, so the version
 * history shows who changed what and how the review went. Hidden from the public; club members
 * see them on their own entries. Only the hooks set them for club members.
 */
export function reviewFields(slug: OwnedCollection): Field[] {
  const read = ownerOrStaffField(slug)
  return [
    {
      name: 'reviewStatus',
      type: 'select',
      label: 'Prüfstatus',
      defaultValue: 'draft',
      index: true,
      options: reviewStatuses.map((status) => ({ ...status })),
      access: { read, create: staffOnlyField, update: staffOnlyField },
      admin: {
        position: 'sidebar',
        // Club members read the state and the note in the document header (ReviewBanner) instead.
        condition: staffOnlyInAdmin,
        components: { Cell: '/admin/cells/ReviewStatusCell#ReviewStatusCell' },
        description:
          'Einträge von Vereinen werden nach „Veröffentlichen“ zur Prüfung eingereicht und erst nach Freigabe durch die Redaktion sichtbar. ' +
          'Zum Zurückgeben „Zurückgegeben“ wählen, einen Hinweis schreiben und als Entwurf speichern.',
      },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      label: 'Hinweis der Redaktion',
      access: { read, create: staffOnlyField, update: staffOnlyField },
      admin: {
        position: 'sidebar',
        condition: staffOnlyInAdmin,
        description: 'Was der Verein ändern soll. Der Verein sieht diesen Hinweis an seinem Eintrag.',
      },
    },
    {
      name: 'reviewSubmittedAt',
      type: 'date',
      label: 'Eingereicht am',
      access: { read, create: nobody, update: nobody },
      // Never drawn as a field, but in the form's state, where the review header reads it
      // (`hidden` would leave it out of the form state altogether).
      admin: { condition: () => false },
    },
    {
      name: 'updatedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Zuletzt geändert von',
      access: { read, create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, condition: staffOnlyInAdmin },
    },
  ]
}

/** Set by editors: entries of trusted associations go live without review. */
export const trustedField: CheckboxField = {
  name: 'trusted',
  type: 'checkbox',
  label: 'Vertrauenswürdig (ohne Prüfung veröffentlichen)',
  defaultValue: false,
  access: { read: loggedInField, create: staffOnlyField, update: staffOnlyField },
  admin: {
    position: 'sidebar',
    condition: staffOnlyInAdmin,
    description: 'Nur die Redaktion kann das setzen. Änderungen dieses Vereins erscheinen dann sofort.',
  },
}

/** Last author, for collections edited by staff only (no review state); stored on every version. */
export const authorField: Field = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Zuletzt geändert von',
  access: { read: staffOnlyField, create: nobody, update: nobody },
  admin: { position: 'sidebar', readOnly: true },
}

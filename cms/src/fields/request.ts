import type { DateField, FieldAccess, SelectField, TextareaField } from 'payload'

import { dayAndTime } from './dateFormats'

// The fields a request sent through a public form carries, whatever it asks for (an enquiry to a
// club, an application for a club account): how far the staff have got with it, when the person
// accepted the privacy notice, and a note only the staff see. One definition, so the two
// collections cannot drift apart in what these fields mean and who may change them.

/** Written by the CMS itself (Local API with overrideAccess), shown read-only. */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

type StatusOption = { readonly label: string; readonly value: string }

export type RequestFieldOptions = {
  /** The steps of handling a request, the first one being where a new request starts. */
  statuses: readonly StatusOption[]
  note: { label: string; admin?: TextareaField['admin'] }
}

export function requestFields({ statuses, note }: RequestFieldOptions): {
  status: SelectField
  consentAt: DateField
  note: TextareaField
} {
  return {
    status: {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: statuses[0].value,
      // Lists and reminder jobs filter by it.
      index: true,
      options: statuses.map((s) => ({ ...s })),
      admin: { position: 'sidebar' },
    },
    // Proof of consent (GDPR art. 7(1)): set when the form is sent, never changed afterwards.
    consentAt: {
      name: 'consentAt',
      type: 'date',
      label: 'Datenschutzhinweise akzeptiert am',
      access: systemOnly,
      admin: { position: 'sidebar', date: dayAndTime },
    },
    note: { name: 'note', type: 'textarea', label: note.label, ...(note.admin ? { admin: note.admin } : {}) },
  }
}

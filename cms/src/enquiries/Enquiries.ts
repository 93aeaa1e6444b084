import type { CollectionBeforeChangeHook, CollectionConfig, Field, PayloadRequest, Where } from 'payload'

import { isAssociationMember, isStaff, memberAssociationIds, staffOnly } from '../access/roles'
import { dayAndTime } from '../fields/dateFormats'
import { requestFields, systemOnly } from '../fields/request'
import { contentLocales } from '../locales'
import { enquiryEndpoints } from './endpoint'

/** Language names as the (German) admin says them: "Ukrainisch", "Arabisch". */
const germanName = new Intl.DisplayNames('de', { type: 'language' })

export const enquiriesSlug = 'enquiries'

export const enquiryStatuses = [
  { label: 'Neu', value: 'new' },
  { label: 'Beantwortet', value: 'answered' },
  { label: 'Erledigt', value: 'done' },
  { label: 'Abgelehnt', value: 'rejected' },
] as const
export type EnquiryStatus = (typeof enquiryStatuses)[number]['value']
export const closedStatuses: EnquiryStatus[] = ['done', 'rejected']

/**
 * Row-level rule: editors and admins see every enquiry; a club member only those addressed to
 * their own associations; everyone else none. Payload applies it to REST, GraphQL and the admin.
 * Nothing else relates to enquiries, so depth population from other collections cannot reach them.
 */
const ownEnquiries = ({ req }: { req: PayloadRequest }): boolean | Where => {
  if (isStaff(req.user)) return true
  const ids = isAssociationMember(req.user) ? memberAssociationIds(req.user) : []
  return ids.length ? { association: { in: ids } } : false
}

/** What the citizen sent stays as sent: nobody edits it, only the status and the note change. */
const asSent = { update: () => false }
const request = requestFields({
  statuses: enquiryStatuses,
  note: {
    label: 'Interne Notiz',
    admin: { position: 'sidebar', description: 'Nur für Ihren Verein und die Redaktion sichtbar.' },
  },
})

/** Answered at the first move away from "new"; closed while done or rejected (the retention period runs from there). */
const trackStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) return data
  const now = new Date().toISOString()
  if (data.status !== 'new' && !originalDoc?.answeredAt) data.answeredAt = now
  data.closedAt = closedStatuses.includes(data.status) ? now : null
  return data
}

const deliveryFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    label: 'Zustellung an den Verein',
    options: [
      { label: 'Wird gesendet', value: 'pending' },
      { label: 'Gesendet', value: 'sent' },
      { label: 'Fehlgeschlagen', value: 'failed' },
    ],
    defaultValue: 'pending',
    access: systemOnly,
  },
  {
    name: 'recipient',
    type: 'select',
    label: 'Empfänger',
    options: [
      { label: 'Kontaktadresse des Vereins', value: 'club' },
      { label: 'Redaktion (Verein ohne E-Mail-Adresse)', value: 'editors' },
    ],
    access: systemOnly,
  },
  { name: 'to', type: 'text', label: 'Gesendet an', access: systemOnly },
  { name: 'sentAt', type: 'date', label: 'Gesendet am', access: systemOnly, admin: { date: dayAndTime } },
  { name: 'error', type: 'text', label: 'Fehlermeldung des Mailservers', access: systemOnly },
  {
    name: 'confirmation',
    type: 'select',
    label: 'Bestätigung an die Person',
    options: [
      { label: 'Gesendet', value: 'sent' },
      { label: 'Fehlgeschlagen', value: 'failed' },
    ],
    access: systemOnly,
  },
  {
    name: 'reminderSentAt',
    type: 'date',
    label: 'Erinnerung gesendet am',
    access: systemOnly,
    admin: { date: dayAndTime },
  },
  {
    name: 'escalatedAt',
    type: 'date',
    label: 'An die Redaktion gemeldet am',
    access: systemOnly,
    admin: { date: dayAndTime },
  },
]

export const Enquiries: CollectionConfig<'enquiries'> = {
  slug: enquiriesSlug,
  labels: { singular: 'Anfrage', plural: 'Anfragen' },
  graphQL: { singularName: 'Enquiry', pluralName: 'Enquiries' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'association', 'createdAt', 'delivery.status'],
    group: 'Mitmachen',
    description:
      'Nachrichten von Bürgerinnen und Bürgern aus den Formularen „Ich möchte helfen“ und „Kontakt aufnehmen“. Antworten Sie per E-Mail (die Adresse steht unten) und setzen Sie den Status danach auf „Beantwortet“.',
  },
  // Only the public endpoint (with its spam checks) creates enquiries.
  access: { read: ownEnquiries, create: () => false, update: ownEnquiries, delete: staffOnly },
  endpoints: enquiryEndpoints,
  defaultSort: 'createdAt',
  hooks: { beforeChange: [trackStatus] },
  fields: [
    { name: 'title', type: 'text', label: 'Anfrage', access: systemOnly, admin: { hidden: true } },
    request.status,
    request.note,
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      index: true,
      label: 'An Verein / Initiative',
      access: asSent,
    },
    {
      name: 'opportunity',
      type: 'relationship',
      relationTo: 'opportunities',
      label: 'Zum Ehrenamtsangebot',
      access: asSent,
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: 'Name', required: true, access: asSent },
        { name: 'email', type: 'email', label: 'E-Mail', required: true, access: asSent },
        { name: 'phone', type: 'text', label: 'Telefon', access: asSent },
      ],
    },
    { name: 'message', type: 'textarea', label: 'Nachricht', required: true, access: asSent },
    { name: 'availability', type: 'text', label: 'Wann es passt', access: asSent },
    {
      name: 'lang',
      type: 'select',
      label: 'Sprache des Formulars',
      // Every language of the site: the citizen's confirmation and answers follow it.
      options: contentLocales.map(({ code }) => ({ label: germanName.of(code) ?? code, value: code })),
      defaultValue: 'de',
      access: asSent,
      admin: { position: 'sidebar' },
    },
    request.consentAt,
    {
      name: 'answeredAt',
      type: 'date',
      label: 'Beantwortet am',
      access: systemOnly,
      admin: { position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'closedAt',
      type: 'date',
      label: 'Abgeschlossen am',
      index: true,
      access: systemOnly,
      admin: { position: 'sidebar', date: dayAndTime },
    },
    { name: 'delivery', type: 'group', label: 'E-Mails', fields: deliveryFields },
    // sha256 of the citizen's withdrawal token: only the endpoint compares it; nobody reads it.
    {
      name: 'withdrawHash',
      type: 'text',
      index: true,
      access: { read: () => false, ...systemOnly },
      admin: { hidden: true },
    },
  ],
}

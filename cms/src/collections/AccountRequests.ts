import crypto from 'node:crypto'

import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { staffOnly } from '../access/roles'
import { sendInvitation } from '../email/invitation'
import { dayAndTime } from '../fields/dateFormats'
import { requestFields } from '../fields/request'
import { accountRequestEndpoints } from '../endpoints/accountRequest'

/**
 * Approval: on the switch to "approved" the club account is created (linked to the chosen
 * association, or to a new draft profile named as in the request) and the invitation is sent.
 * Every write passes `req`, so on PostgreSQL it belongs to the update's transaction: profile,
 * account and request commit together, and a crash in between leaves nothing. If the mail cannot
 * be sent, everything created here is removed again (the SQLite setup runs without transactions,
 * so this does not rely on a rollback) and the editor sees why.
 */
const approve: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || data.status !== 'approved' || originalDoc?.status === 'approved') return data
  const email = String(data.email ?? originalDoc?.email ?? '').toLowerCase()
  const name = (data.name ?? originalDoc?.name) as string | undefined
  const associationName = String(data.associationName ?? originalDoc?.associationName ?? '')

  const existing = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const account = existing.docs[0]
  if (account && account.role !== 'association') {
    throw new APIError(
      `Unter ${email} gibt es schon ein Konto der Redaktion oder Administration. Bitte klären Sie den Antrag direkt mit der Person.`,
      400,
      undefined,
      true,
    )
  }

  const undo: (() => Promise<unknown>)[] = []
  let associationId = data.association ?? originalDoc?.association
  if (typeof associationId === 'object' && associationId) associationId = associationId.id
  // An approval cut off after creating account and profile (a crash on SQLite, which has no
  // transaction to roll them back) left that account linked to a profile of this name: approving
  // again reuses it instead of creating a second profile for the same club.
  if (!associationId && account?.associations?.length) {
    const ids = account.associations.map((a) => (typeof a === 'object' ? a.id : a))
    const same = await req.payload.find({
      collection: 'associations',
      where: { and: [{ id: { in: ids } }, { name: { equals: associationName } }] },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (same.docs[0]) {
      associationId = same.docs[0].id
      data.association = associationId
    }
  }
  if (!associationId) {
    const created = await req.payload.create({
      collection: 'associations',
      data: { name: associationName, shortDescription: associationName, kind: 'club', _status: 'draft' },
      draft: true,
      overrideAccess: true,
      req,
    })
    associationId = created.id
    data.association = created.id
    undo.push(() =>
      req.payload.delete({ collection: 'associations', id: created.id, overrideAccess: true, req }),
    )
  }

  let userId: number
  if (account) {
    const before = (account.associations ?? []).map((a) => (typeof a === 'object' ? a.id : a))
    const linked = new Set([...before, associationId])
    undo.push(() =>
      req.payload.update({
        collection: 'users',
        id: account.id,
        data: { associations: before },
        overrideAccess: true,
        req,
      }),
    )
    await req.payload.update({
      collection: 'users',
      id: account.id,
      data: { associations: [...linked] },
      overrideAccess: true,
      req,
    })
    userId = account.id
  } else {
    const created = await req.payload.create({
      collection: 'users',
      // A random password nobody knows; the person sets their own through the invitation link.
      data: {
        email,
        name,
        role: 'association',
        associations: [associationId],
        password: crypto.randomBytes(24).toString('base64url'),
      },
      overrideAccess: true,
      req,
    })
    userId = created.id
    undo.unshift(() => req.payload.delete({ collection: 'users', id: created.id, overrideAccess: true, req }))
  }

  try {
    await sendInvitation(req, { email, name }, associationName)
  } catch (error) {
    req.payload.logger.error({ err: error }, 'Einladung konnte nicht gesendet werden')
    for (const step of undo) await step()
    delete data.association
    throw new APIError(
      'Die Einladungs-E-Mail konnte nicht gesendet werden, deshalb wurde nichts gespeichert. Bitte versuchen Sie es später noch einmal oder prüfen Sie die E-Mail-Einstellungen (SMTP).',
      502,
      undefined,
      true,
    )
  }
  data.user = userId
  data.invitedAt = new Date().toISOString()
  return data
}

const request = requestFields({
  statuses: [
    { label: 'Offen', value: 'pending' },
    { label: 'Freigegeben (Konto angelegt)', value: 'approved' },
    { label: 'Abgelehnt', value: 'rejected' },
  ],
  note: { label: 'Interne Notiz der Redaktion' },
})

export const AccountRequests: CollectionConfig<'account-requests'> = {
  slug: 'account-requests',
  labels: { singular: 'Kontoantrag', plural: 'Kontoanträge' },
  admin: {
    useAsTitle: 'associationName',
    defaultColumns: ['associationName', 'name', 'email', 'status', 'createdAt'],
    group: 'Verwaltung',
    description:
      'Anträge auf ein Vereinskonto aus dem Formular der Website. Zum Freischalten „Freigegeben“ wählen und speichern: Das Konto wird angelegt und die Einladung verschickt.',
  },
  // Only the public endpoint (with its spam checks) creates requests; editors decide on them.
  access: { read: staffOnly, create: () => false, update: staffOnly, delete: staffOnly },
  endpoints: accountRequestEndpoints,
  defaultSort: '-createdAt',
  hooks: { beforeChange: [approve] },
  fields: [
    request.status,
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'email', type: 'email', label: 'E-Mail', required: true },
    { name: 'associationName', type: 'text', label: 'Verein / Initiative (laut Antrag)', required: true },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      label: 'Zuordnen zu Verein',
      admin: {
        description:
          'Gibt es den Verein schon, hier auswählen. Leer lassen: Beim Freigeben wird ein Entwurf für das Vereinsprofil angelegt.',
      },
    },
    request.consentAt,
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: 'Angelegtes Konto',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'invitedAt',
      type: 'date',
      label: 'Einladung gesendet am',
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    request.note,
  ],
}

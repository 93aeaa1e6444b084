import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type FieldAccess,
  type PayloadRequest,
  type Where,
} from 'payload'

import { idsOf, includesId } from '../access/ownership'
import { isAssociationMember, isStaff, memberAssociationIds, staffOnlyField } from '../access/roles'
import { adminUrl } from '../email/links'
import { membershipRequestMail } from '../email/templates'

type Id = number | string
const first = (value: unknown): Id | undefined => idsOf(value)[0]
const mine = (req: PayloadRequest) => (isAssociationMember(req.user) ? memberAssociationIds(req.user) : [])

/** Requesting club and network both see the request; only they (and staff) do. */
const involved = (req: PayloadRequest): Where | boolean => {
  if (isStaff(req.user)) return true
  const ids = mine(req)
  return ids.length ? { or: [{ association: { in: ids } }, { network: { in: ids } }] } : false
}

/** The decision belongs to the network's account (or the editors). */
const networkOrStaffField: FieldAccess = ({ req, doc }) =>
  isStaff(req.user) || includesId(mine(req), first(doc?.network) ?? '')

async function loadAssociation(req: PayloadRequest, id: Id) {
  return req.payload.findByID({
    collection: 'associations',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
}

const checkRequest: CollectionBeforeChangeHook = async ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') {
    const associationId = first(data.association)
    const networkId = first(data.network)
    if (!associationId || !networkId) {
      throw new APIError('Bitte wählen Sie Ihren Verein und das Netzwerk aus.', 400, undefined, true)
    }
    if (String(associationId) === String(networkId)) {
      throw new APIError('Ein Netzwerk kann nicht Mitglied in sich selbst sein.', 400, undefined, true)
    }
    const network = await loadAssociation(req, networkId)
    if (!network || network.kind !== 'network') {
      throw new APIError(
        'Aufnahmeanträge sind nur an Netzwerke und Dachverbände möglich.',
        400,
        undefined,
        true,
      )
    }
    const association = await loadAssociation(req, associationId)
    if (idsOf(association?.networks).some((id) => String(id) === String(networkId))) {
      throw new APIError(`Ihr Verein ist bereits Mitglied in „${network.name}“.`, 400, undefined, true)
    }
    const open = await req.payload.count({
      collection: 'network-memberships',
      where: {
        and: [
          { association: { equals: associationId } },
          { network: { equals: networkId } },
          { status: { equals: 'pending' } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (open.totalDocs > 0) {
      throw new APIError(
        `Ein Antrag an „${network.name}“ ist bereits gestellt und wartet auf Bestätigung.`,
        400,
        undefined,
        true,
      )
    }
    if (!isStaff(req.user)) data.status = 'pending'
    data.title = `${association?.name ?? 'Verein'} → ${network.name}`
  }
  if (operation === 'update' && data.status && data.status !== originalDoc?.status && req.user) {
    data.decidedBy = req.user.id
  }
  return data
}

/**
 * Approval adds the network to the club's profile. When the profile has unreviewed changes, the
 * membership is added to that draft too, so approving the membership never publishes them.
 */
const applyDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation === 'create') {
    const network = await loadAssociation(req, first(doc.network)!)
    const association = await loadAssociation(req, first(doc.association)!)
    const contacts = await req.payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'association' } }, { associations: { in: [first(doc.network)!] } }] },
      depth: 0,
      limit: 20,
      overrideAccess: true,
      req,
    })
    const to = contacts.docs.map((user) => user.email)
    if (to.length && network && association) {
      const mail = membershipRequestMail({
        association: String(association.name),
        network: String(network.name),
        url: adminUrl(req, `/collections/network-memberships/${doc.id}`),
      })
      // Not awaited: the mail server must not hold the save and its transaction.
      void Promise.resolve(
        req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text }),
      ).catch((error: unknown) =>
        req.payload.logger.error({ err: error }, 'Aufnahmeantrag: Benachrichtigung nicht gesendet'),
      )
    }
    return doc
  }
  if (doc.status !== 'approved' || previousDoc?.status === 'approved') return doc
  const associationId = first(doc.association)!
  const networkId = first(doc.network)!
  const latest = await loadAssociation(req, associationId)
  if (!latest) return doc
  // Ids stay as the database gives them (numbers on SQLite, strings on MongoDB).
  const withNetwork = (current: unknown) => {
    const list = idsOf(current)
    return (list.some((id) => String(id) === String(networkId)) ? list : [...list, networkId]) as number[]
  }
  const networks = withNetwork(latest.networks)
  if (latest._status === 'draft') {
    // Unreviewed changes are pending: the membership goes into that draft (it will be published
    // with it) and, directly in the stored live profile, into what the public sees now. A normal
    // update would publish the pending draft, which only an editor may do.
    await req.payload.update({
      collection: 'associations',
      id: associationId,
      data: { networks },
      draft: true,
      overrideAccess: true,
      req,
    })
    const live = await req.payload.db.findOne<{ id: number; _status?: string; networks?: unknown }>({
      collection: 'associations',
      where: { id: { equals: associationId } },
      req,
    })
    if (live?._status === 'published') {
      await req.payload.db.updateOne({
        collection: 'associations',
        id: associationId,
        data: { networks: withNetwork(live.networks) },
        req,
      })
    }
  } else {
    await req.payload.update({
      collection: 'associations',
      id: associationId,
      data: { networks },
      overrideAccess: true,
      req,
    })
  }
  return doc
}

export const NetworkMemberships: CollectionConfig<'network-memberships'> = {
  slug: 'network-memberships',
  labels: { singular: 'Aufnahmeantrag (Netzwerk)', plural: 'Aufnahmeanträge (Netzwerke)' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['association', 'network', 'status', 'createdAt'],
    group: 'Verwaltung',
    description:
      'Vereine beantragen hier die Aufnahme in ein Netzwerk; das Netzwerk bestätigt oder lehnt ab.',
  },
  access: {
    read: ({ req }) => involved(req),
    create: ({ req, data }) => {
      if (isStaff(req.user)) return true
      const ids = mine(req)
      if (!ids.length) return false
      return !data || includesId(ids, first(data.association) ?? '')
    },
    update: ({ req }) => {
      if (isStaff(req.user)) return true
      const ids = mine(req)
      return ids.length ? { network: { in: ids } } : false
    },
    delete: ({ req }) => {
      if (isStaff(req.user)) return true
      const ids = mine(req)
      const ownPending: Where = { and: [{ association: { in: ids } }, { status: { equals: 'pending' } }] }
      return ids.length ? ownPending : false
    },
  },
  hooks: { beforeChange: [checkRequest], afterChange: [applyDecision] },
  fields: [
    { name: 'title', type: 'text', label: 'Antrag', admin: { readOnly: true, hidden: true } },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      label: 'Verein',
      access: { update: staffOnlyField },
    },
    {
      name: 'network',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      label: 'Netzwerk',
      filterOptions: { kind: { equals: 'network' } },
      access: { update: staffOnlyField },
    },
    {
      name: 'message',
      type: 'textarea',
      label: 'Nachricht an das Netzwerk',
      maxLength: 1000,
      access: { update: staffOnlyField },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Wartet auf Bestätigung', value: 'pending' },
        { label: 'Bestätigt', value: 'approved' },
        { label: 'Abgelehnt', value: 'rejected' },
      ],
      access: { update: networkOrStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Entschieden von',
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
  ],
}

import crypto from 'node:crypto'

import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type PayloadRequest,
} from 'payload'

import { staffOnly } from '../access/roles'
import { sendInvitation } from '../email/invitation'
import { dayAndTime } from '../fields/dateFormats'
import { HumHubError } from '../humhub/client'
import type { User } from '../payload-types'
import { type FormerAdmin, formerSpaceAdmins } from './formerAdmins'

type Id = number | string
const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id | undefined) || undefined
const refuse = (message: string, status = 400) => new APIError(message, status, undefined, true)

/** Links `associationId` to a club account; returns the step that takes it back. */
async function link(req: PayloadRequest, user: User, associationId: Id) {
  const before = (user.associations ?? []).map((a) => (typeof a === 'object' ? a.id : a))
  if (before.includes(associationId as number)) return () => Promise.resolve()
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { associations: [...before, associationId as number] },
    overrideAccess: true,
    req,
  })
  return () =>
    req.payload.update({
      collection: 'users',
      id: user.id,
      data: { associations: before },
      overrideAccess: true,
      req,
    })
}

/**
 * The hand-over happens on the save that ticks "Übergabe bestätigen", not before: then the chosen
 * club account gets the association, HumHub is asked for the space's admins (for data protection
 * only now, and only the admins), and each gets a club account with an invitation (Payload's reset
 * link, as for account requests), or an existing club account of theirs is linked. A confirmed
 * hand-over is final. Fails as a whole: what was linked or created is taken back (SQLite runs
 * without transactions), and the editor reads why.
 */
const handOver: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.confirmed)
    throw refuse('Diese Übergabe ist bestätigt und abgeschlossen; sie lässt sich nicht mehr ändern.')
  const associationId = idOf(data.association ?? originalDoc?.association)
  if (!associationId) return data
  const association = await req.payload.findByID({
    collection: 'associations',
    id: associationId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  data.title = `Übergabe von „${association.name}“`
  if (!data.confirmed) return data

  const accountId = idOf('account' in data ? data.account : originalDoc?.account)
  const invite = Boolean(data.inviteAdmins ?? originalDoc?.inviteAdmins)
  if (!accountId && !invite)
    throw refuse(
      'Bitte wählen Sie ein Vereinskonto oder „Ehemalige Space-Admins einladen“, sonst gibt es nichts zu übergeben.',
    )
  const space = /^space:(\d+)$/.exec(association.source?.externalId ?? '')
  if (association.source?.system !== 'humhub' || !space)
    throw refuse(`„${association.name}“ wurde nicht aus dem alten unser-nb.de übernommen.`)

  let admins: FormerAdmin[] = []
  if (invite) {
    try {
      admins = await formerSpaceAdmins(Number(space[1]), association.name)
    } catch (error) {
      if (error instanceof HumHubError) throw refuse(`${error.message} Es wurde nichts übergeben.`, 502)
      throw error
    }
  }

  const undo: (() => Promise<unknown>)[] = []
  const invited: { name: string; email: string; note: string }[] = []
  let mailingTo = ''
  try {
    if (accountId) {
      const account = await req.payload.findByID({
        collection: 'users',
        id: accountId,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (account.role !== 'association')
        throw refuse('Übergeben werden kann nur an ein Vereinskonto, nicht an ein Konto der Redaktion.')
      undo.push(await link(req, account, associationId))
    }
    for (const admin of admins) {
      const found = await req.payload.find({
        collection: 'users',
        where: { email: { equals: admin.email } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
      })
      const existing = found.docs[0]
      if (existing && existing.role !== 'association') {
        invited.push({ ...admin, note: 'Konto der Redaktion; nicht verknüpft' })
        continue
      }
      if (existing) {
        undo.push(await link(req, existing, associationId))
        invited.push({ ...admin, note: 'vorhandenes Vereinskonto verknüpft' })
        continue
      }
      const created = await req.payload.create({
        collection: 'users',
        // A random password nobody knows; the person sets their own through the invitation link.
        data: {
          email: admin.email,
          name: admin.name || undefined,
          role: 'association',
          associations: [associationId as number],
          password: crypto.randomBytes(24).toString('base64url'),
        },
        overrideAccess: true,
        req,
      })
      undo.push(() => req.payload.delete({ collection: 'users', id: created.id, overrideAccess: true, req }))
      mailingTo = admin.email
      await sendInvitation(req, admin, association.name)
      mailingTo = ''
      invited.push({ ...admin, note: 'eingeladen' })
    }
  } catch (error) {
    for (const step of undo.reverse()) await step()
    if (error instanceof APIError) throw error
    req.payload.logger.error({ err: error }, 'Übergabe fehlgeschlagen')
    throw refuse(
      `${mailingTo ? `Die Einladung an ${mailingTo} konnte nicht gesendet werden` : 'Die Übergabe ist fehlgeschlagen'}; Konten und Verknüpfungen wurden zurückgenommen, es wurde nichts übergeben. Bitte prüfen Sie die E-Mail-Einstellungen (SMTP) und versuchen Sie es noch einmal.`,
      502,
    )
  }
  data.invited = invited
  data.confirmedAt = new Date().toISOString()
  data.confirmedBy = req.user?.id ?? null
  return data
}

const readOnlyAfter = { readOnly: true } as const

export const Handovers: CollectionConfig<'handovers'> = {
  slug: 'handovers',
  labels: { singular: 'Übergabe an einen Verein', plural: 'Übergaben an Vereine' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'account', 'confirmed', 'confirmedAt'],
    group: 'Verwaltung',
    description:
      'Aus dem alten unser-nb.de übernommene Vereine an ihr Vereinskonto übergeben. Erst „Übergabe bestätigen“ verknüpft das Konto und lädt die ehemaligen Space-Admins ein.',
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [handOver] },
  fields: [
    { name: 'title', type: 'text', label: 'Übergabe', admin: { hidden: true } },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      label: 'Importierter Verein',
      filterOptions: { 'source.system': { equals: 'humhub' } },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      label: 'Vereinskonto',
      filterOptions: { role: { equals: 'association' } },
      admin: { description: 'Ein vorhandenes Vereinskonto, das den Verein künftig pflegt (optional).' },
    },
    {
      name: 'inviteAdmins',
      type: 'checkbox',
      label: 'Ehemalige Space-Admins aus HumHub einladen',
      defaultValue: false,
      admin: {
        description:
          'Sie bekommen je ein Vereinskonto für diesen Verein und eine Einladung per E-Mail. HumHub wird erst beim Bestätigen gefragt.',
      },
    },
    {
      name: 'confirmed',
      type: 'checkbox',
      label: 'Übergabe bestätigen',
      defaultValue: false,
      admin: {
        description:
          'Datenschutz: Erst beim Speichern mit diesem Haken wird das Konto verknüpft, werden die Admins des Space bei HumHub gelesen und eingeladen. Vorher wird nichts über sie gelesen oder gespeichert. Danach lässt sich die Übergabe nicht mehr ändern.',
      },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: 'Bestätigt am',
      admin: { ...readOnlyAfter, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Bestätigt von',
      admin: { ...readOnlyAfter, position: 'sidebar' },
    },
    {
      name: 'invited',
      type: 'array',
      label: 'Ehemalige Space-Admins',
      labels: { singular: 'Person', plural: 'Personen' },
      admin: { ...readOnlyAfter, isSortable: false, condition: (data) => Boolean(data?.confirmed) },
      fields: [
        { name: 'name', type: 'text', label: 'Name' },
        { name: 'email', type: 'email', label: 'E-Mail' },
        { name: 'note', type: 'text', label: 'Ergebnis' },
      ],
    },
  ],
}

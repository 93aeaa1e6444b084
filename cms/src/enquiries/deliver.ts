import type { PayloadRequest } from 'payload'

import { idsOf } from '../access/ownership'
import { adminUrl, apiUrl } from '../email/links'
import { formLanguage } from '../i18n/forms'
import type { Enquiry } from '../payload-types'
import { confirmationMail, enquiryMail, type EnquiryFacts } from './mails'

export const retentionDefaultDays = 180

/** The enquiry's target as mails describe it, and the club's public contact address (the offer's own first). */
export async function factsOf(
  req: PayloadRequest,
  enquiry: Enquiry,
): Promise<EnquiryFacts & { clubEmail: string | null }> {
  const read = { depth: 0, overrideAccess: true, disableErrors: true, req } as const
  const associationId = idsOf(enquiry.association)[0]
  const opportunityId = idsOf(enquiry.opportunity)[0]
  const association =
    associationId != null
      ? await req.payload.findByID({ collection: 'associations', id: associationId, ...read })
      : null
  const opportunity =
    opportunityId != null
      ? await req.payload.findByID({ collection: 'opportunities', id: opportunityId, ...read })
      : null
  const associationName = String(association?.name ?? 'Verein')
  return {
    kind: opportunity ? 'opportunity' : 'association',
    target: String(opportunity?.title ?? associationName),
    associationName,
    name: enquiry.name,
    email: enquiry.email,
    phone: enquiry.phone,
    message: enquiry.message,
    availability: enquiry.availability,
    clubEmail: opportunity?.contact?.email || association?.contact?.email || null,
  }
}

/** The city's editors: the editorial contact of the settings, else every editor account. */
export async function editorAddresses(req: PayloadRequest): Promise<string[]> {
  const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
  if (settings.contact?.email) return [settings.contact.email]
  const editors = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
  })
  return editors.docs.map((user) => user.email)
}

export async function retentionDays(req: PayloadRequest): Promise<number> {
  const settings = (await req.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    req,
  })) as { enquiries?: { retentionDays?: number | null } }
  return settings.enquiries?.retentionDays || retentionDefaultDays
}

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 500)

/**
 * Sends the enquiry to the club (Reply-To: the citizen, so "reply" reaches them) or, without a
 * club address, to the editors; then the confirmation to the citizen. Each outcome is written to
 * the enquiry, so a failure shows in the admin and the enquiry itself is never lost. Headers are
 * built by nodemailer from validated single-line values; nothing is concatenated into them.
 */
export async function deliverEnquiry(
  req: PayloadRequest,
  id: number | string,
  withdrawToken?: string,
): Promise<void> {
  const enquiry = (await req.payload.findByID({
    collection: 'enquiries',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Enquiry | null
  if (!enquiry) return
  const facts = await factsOf(req, enquiry)
  const toEditors = !facts.clubEmail
  const to = toEditors ? await editorAddresses(req) : [facts.clubEmail!]
  const delivery: Record<string, unknown> = {
    ...enquiry.delivery,
    recipient: toEditors ? 'editors' : 'club',
    to: to.join(', '),
  }
  try {
    if (!to.length)
      throw new Error(
        'Keine Empfängeradresse: Der Verein hat keine E-Mail-Adresse und in den Einstellungen fehlt der Kontakt der Redaktion.',
      )
    const mail = enquiryMail({ ...facts, toEditors, url: adminUrl(req, `/collections/enquiries/${id}`) })
    await req.payload.sendEmail({
      to,
      replyTo: { name: facts.name, address: facts.email },
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
    })
    Object.assign(delivery, { status: 'sent', sentAt: new Date().toISOString(), error: null })
  } catch (error) {
    req.payload.logger.error({ err: error }, `Anfrage ${id}: E-Mail an den Verein nicht gesendet`)
    Object.assign(delivery, { status: 'failed', error: errorText(error) })
  }
  if (withdrawToken) {
    try {
      const mail = confirmationMail({
        ...facts,
        lang: formLanguage(enquiry.lang),
        retentionDays: await retentionDays(req),
        withdrawUrl: apiUrl(req, `/enquiries/withdraw/${withdrawToken}`),
      })
      await req.payload.sendEmail({
        to: facts.email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      })
      delivery.confirmation = 'sent'
    } catch (error) {
      req.payload.logger.error({ err: error }, `Anfrage ${id}: Bestätigung an die Person nicht gesendet`)
      delivery.confirmation = 'failed'
    }
  }
  // The citizen may have withdrawn in the meantime: then there is nothing left to update.
  await req.payload
    .update({ collection: 'enquiries', id, data: { delivery }, overrideAccess: true, req })
    .catch(() => undefined)
}

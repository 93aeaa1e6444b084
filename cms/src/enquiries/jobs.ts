import type { PayloadRequest, TaskConfig } from 'payload'

import { adminUrl } from '../email/links'
import type { Enquiry } from '../payload-types'
import { editorAddresses, factsOf, retentionDays } from './deliver'
import { escalationMail, reminderMail } from './mails'

export const reminderDays = 7
export const escalationDays = 14
const dayMs = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString()
const ageInDays = (e: Enquiry) => Math.floor((Date.now() - Date.parse(e.createdAt)) / dayMs)

async function unanswered(
  req: PayloadRequest,
  olderThanDays: number,
  notYet: 'delivery.reminderSentAt' | 'delivery.escalatedAt',
) {
  const found = await req.payload.find({
    collection: 'enquiries',
    where: {
      and: [
        { status: { equals: 'new' } },
        { createdAt: { less_than_equal: daysAgo(olderThanDays) } },
        { [notYet]: { exists: false } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs as Enquiry[]
}

const mark = (req: PayloadRequest, e: Enquiry, field: 'reminderSentAt' | 'escalatedAt') =>
  req.payload.update({
    collection: 'enquiries',
    id: e.id,
    data: { delivery: { ...e.delivery, [field]: new Date().toISOString() } },
    overrideAccess: true,
    req,
  })

/**
 * A mail that cannot be sent now is tried again on the next run (the mark is set only after
 * sending); the job itself does not fail, or Payload would repeat the whole batch.
 */
export const enquiryRemindersTask: TaskConfig = {
  slug: 'enquiry-reminders',
  label: 'Anfragen: Erinnerung nach 7 Tagen ohne Antwort',
  schedule: [{ cron: '10 * * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    let sent = 0
    for (const e of await unanswered(req, reminderDays, 'delivery.reminderSentAt')) {
      const facts = await factsOf(req, e)
      const to = facts.clubEmail ? [facts.clubEmail] : await editorAddresses(req)
      if (!to.length) continue
      const mail = reminderMail({
        ...facts,
        days: ageInDays(e),
        url: adminUrl(req, `/collections/enquiries/${e.id}`),
      })
      try {
        await req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text })
        await mark(req, e, 'reminderSentAt')
        sent += 1
      } catch (error) {
        req.payload.logger.error({ err: error }, `Anfrage ${e.id}: Erinnerung nicht gesendet`)
      }
    }
    return { output: { sent } }
  },
}

export const enquiryEscalationsTask: TaskConfig = {
  slug: 'enquiry-escalations',
  label: 'Anfragen: an die Redaktion nach 14 Tagen ohne Antwort',
  schedule: [{ cron: '20 * * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    let sent = 0
    const to = await editorAddresses(req)
    if (!to.length) return { output: { sent } }
    for (const e of await unanswered(req, escalationDays, 'delivery.escalatedAt')) {
      const facts = await factsOf(req, e)
      const mail = escalationMail({
        ...facts,
        days: ageInDays(e),
        url: adminUrl(req, `/collections/enquiries/${e.id}`),
      })
      try {
        await req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text })
        await mark(req, e, 'escalatedAt')
        sent += 1
      } catch (error) {
        req.payload.logger.error({ err: error }, `Anfrage ${e.id}: Meldung an die Redaktion nicht gesendet`)
      }
    }
    return { output: { sent } }
  },
}

/** Data minimisation: closed enquiries go after the period set in the settings (default 180 days). */
export const enquiryRetentionTask: TaskConfig = {
  slug: 'enquiry-retention',
  label: 'Anfragen: abgeschlossene nach Ablauf der Frist löschen',
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const cutoff = daysAgo(await retentionDays(req))
    const result = await req.payload.delete({
      collection: 'enquiries',
      where: { and: [{ status: { in: ['done', 'rejected'] } }, { closedAt: { less_than_equal: cutoff } }] },
      overrideAccess: true,
      req,
    })
    return { output: { deleted: result.docs.length } }
  },
}

export const enquiryTasks = [enquiryRemindersTask, enquiryEscalationsTask, enquiryRetentionTask]

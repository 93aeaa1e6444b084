import type { CollectionAfterChangeHook } from 'payload'

import { type OwnedCollection, ownersOf } from '../access/ownership'
import { isStaff } from '../access/roles'
import { adminUrl } from '../email/links'
import { type Mail, reviewApprovedMail, reviewReturnedMail } from '../email/templates'
import { HUMHUB_IMPORT_CONTEXT } from '../humhub/context'

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? `#${doc.id}`)

/**
 * Tells the club by email when an editor sends an entry back or approves it, and the editorial
 * contact (from the settings) when a club submits something. A failing mail server never blocks the save.
 */
export const notifyReview =
  (slug: OwnedCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const status = doc.reviewStatus
    if (!status || status === previousDoc?.reviewStatus) return doc
    const url = adminUrl(req, `/collections/${slug}/${doc.id}`)
    // Not awaited: a slow mail server must not hold the save (and its database transaction).
    const send = async (to: string[], mail: Mail) => {
      if (!to.length) return
      void Promise.resolve(
        req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text }),
      ).catch((error: unknown) =>
        req.payload.logger.error(
          { err: error },
          `Benachrichtigung „${mail.subject}“ konnte nicht gesendet werden`,
        ),
      )
    }

    // The club hears back either way: sent back with the editors' note, or approved and online.
    const verdict =
      isStaff(req.user) && status === 'changesRequested'
        ? reviewReturnedMail({ title: titleOf(doc), comment: doc.reviewComment, url })
        : isStaff(req.user) && status === 'approved' && previousDoc?.reviewStatus === 'submitted'
          ? reviewApprovedMail({ title: titleOf(doc), url })
          : null
    if (verdict) {
      const owners = ownersOf(slug, doc)
      if (!owners.length) return doc
      const members = await req.payload.find({
        collection: 'users',
        where: { and: [{ role: { equals: 'association' } }, { associations: { in: owners } }] },
        depth: 0,
        limit: 50,
        overrideAccess: true,
        req,
      })
      await send(
        members.docs.map((user) => user.email),
        verdict,
      )
    }

    // Not for each of the HumHub import's drafts (a mail per entry, thousands at the move).
    if (status === 'submitted' && !req.context?.[HUMHUB_IMPORT_CONTEXT]) {
      const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
      const to = settings.contact?.email
      if (to) {
        await send([to], {
          subject: `Zur Prüfung eingereicht: ${titleOf(doc)}`,
          html: `<p>Ein Verein hat „${titleOf(doc).replace(/[<>&]/g, '')}“ zur Prüfung eingereicht.</p><p><a href="${url}">${url}</a></p>`,
          text: `Ein Verein hat „${titleOf(doc)}“ zur Prüfung eingereicht.\n\n${url}`,
        })
      }
    }
    return doc
  }

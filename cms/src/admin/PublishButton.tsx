import { PublishButton as PayloadPublishButton } from '@payloadcms/ui'
import type { PublishButtonServerProps } from 'payload'

import { isAssociationMember, isStaff, memberAssociationIds } from '../access/roles'
import { SubmitForReviewButton } from './SubmitForReviewButton'

/**
 * The publish button of the content that clubs maintain. Staff and trusted clubs publish; for
 * every other club member the same action is a submission for review (the review hooks turn it
 * into a draft on the server), so the button says so instead of promising "Veröffentlichen".
 */
export async function PublishButton({ payload, user }: PublishButtonServerProps) {
  if (!isAssociationMember(user) || isStaff(user)) return <PayloadPublishButton />
  const mine = memberAssociationIds(user)
  const trusted = mine.length
    ? await payload.count({
        collection: 'associations',
        where: { and: [{ id: { in: mine } }, { trusted: { equals: true } }] },
        overrideAccess: true,
      })
    : { totalDocs: 0 }
  return trusted.totalDocs > 0 ? <PayloadPublishButton /> : <SubmitForReviewButton />
}

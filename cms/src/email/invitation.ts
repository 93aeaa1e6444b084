import type { PayloadRequest } from 'payload'

import { adminUrl } from './links'
import { invitationMail } from './templates'

export const invitationValidDays = 7

/**
 * Invites an account holder to set their password, using Payload's reset-password token (valid
 * for a week instead of an hour): the link opens the admin's "set new password" page.
 */
export async function sendInvitation(
  req: PayloadRequest,
  user: { email: string; name?: string | null },
  associationName?: string | null,
): Promise<void> {
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: user.email },
    disableEmail: true,
    expiration: invitationValidDays * 24 * 60 * 60 * 1000,
    req,
  })
  const mail = invitationMail({
    name: user.name,
    associationName,
    url: adminUrl(req, `/reset/${token}`),
    validDays: invitationValidDays,
  })
  await req.payload.sendEmail({ to: user.email, subject: mail.subject, html: mail.html, text: mail.text })
}

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hit, inMinutes, limitKey } from '../security/limiter'

/**
 * Limits "Passwort vergessen" mails per address (3 per 15 minutes) on the shared limiter, counted
 * in the database so it holds across CMS instances.
 *
 * Payload's own limit (auth.forgotPassword.minRequestInterval) writes a reservation outside the
 * request's transaction; with SQLite and transactions on, that write meets the transaction's
 * write lock and every reset request fails with "database is locked". Users.ts therefore turns
 * Payload's limit off and uses this one. The answer is the same whether the address exists.
 */
export const limitResetMails: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const { data, disableEmail } = args as { data?: { email?: unknown }; disableEmail?: boolean }
  // Invitations (sent by editors, without Payload's mail) are not limited.
  if (disableEmail) return args
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!email) return args
  const wait = await hit(req.payload, 'resetMail', limitKey(email))
  if (wait) {
    throw new APIError(
      `Für diese E-Mail-Adresse wurden gerade mehrere Links angefordert. Bitte prüfen Sie Ihr Postfach (auch den Spam-Ordner) oder versuchen Sie es ${inMinutes(wait)} noch einmal.`,
      429,
      undefined,
      true,
    )
  }
  return args
}

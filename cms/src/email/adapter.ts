import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP from the environment. Without SMTP_HOST Payload keeps its console email (development);
 * nodemailer's own fallback (a test account on an external service) is never used.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  const host = env.SMTP_HOST?.trim()
  if (!host) return undefined
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: env.SMTP_FROM?.trim() || 'redaktion@unser-nb.de',
    defaultFromName: env.SMTP_FROM_NAME?.trim() || 'Unser Neubrandenburg',
    // A mail server that is down must not stop the CMS from starting; sending reports errors.
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // Local test servers speak plain SMTP; real servers on 587 upgrade with STARTTLS.
      ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
    },
  })
}

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter } from 'payload'

const addresses = (value: unknown): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((a) =>
      typeof a === 'string'
        ? a
        : `${(a as { name?: string }).name ?? ''} <${(a as { address?: string }).address ?? ''}>`.trim(),
    )
    .join(', ')

/**
 * Without SMTP: every mail goes to the log, so the demo (npm start) shows what a club or an
 * editor would receive. Outside production with its text; in production only the envelope,
 * since mails carry citizens' messages and logs are kept longer than the retention period.
 */
const logAdapter =
  (env: NodeJS.ProcessEnv): EmailAdapter =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: mailSender(env).address,
    defaultFromName: mailSender(env).name,
    sendEmail: async (message) => {
      const replyTo = message.replyTo ? `, Antwort an: ${addresses(message.replyTo)}` : ''
      const body = env.NODE_ENV === 'production' ? '' : `\n${String(message.text ?? '')}`
      payload.logger.info(
        `E-Mail (kein SMTP eingerichtet) an ${addresses(message.to)}${replyTo}: ${message.subject}${body}`,
      )
    },
  })

/** The sender every mail of the CMS names. */
export const mailSender = (env: NodeJS.ProcessEnv = process.env) => ({
  name: env.SMTP_FROM_NAME?.trim() || 'Unser Neubrandenburg',
  address: env.SMTP_FROM?.trim() || 'redaktion@unser-nb.de',
})

/** The SMTP server from the environment, or null without SMTP_HOST (mail goes to the log). */
export function smtpOptions(env: NodeJS.ProcessEnv = process.env): SMTPTransport.Options | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const port = Number(env.SMTP_PORT || 587)
  return {
    host,
    port,
    secure: port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    // Local test servers speak plain SMTP; real servers on 587 upgrade with STARTTLS.
    ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
  }
}

/**
 * SMTP from the environment. Without SMTP_HOST mail is written to the log (see above);
 * nodemailer's own fallback (a test account on an external service) is never used.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | Promise<EmailAdapter> {
  const transportOptions = smtpOptions(env)
  if (!transportOptions) return logAdapter(env)
  const sender = mailSender(env)
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    // A mail server that is down must not stop the CMS from starting; sending reports errors.
    skipVerify: true,
    transportOptions,
  })
}

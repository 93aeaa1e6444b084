import nodemailer from 'nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

import { mailSender, smtpOptions } from '../email/adapter'

export type BulkMailer = {
  send: (mail: SendEmailOptions) => Promise<unknown>
  close: () => void
}

/**
 * The digest's mailer: thousands of mails in one run. The CMS's own transport opens an SMTP
 * connection per mail (right for the occasional mail, and nothing stays open in between); here a
 * pool of `connections` keeps them open for the run, which made a digest mail about three times
 * cheaper (scripts/bench-digest.ts). Without SMTP (the demo), the CMS's adapter logs as always.
 */
export function bulkMailer(payload: Payload, connections: number): BulkMailer {
  const options = smtpOptions()
  if (!options) return { send: (mail) => payload.sendEmail(mail), close: () => {} }
  const transport = nodemailer.createTransport({
    ...options,
    pool: true,
    maxConnections: connections,
    // Servers limit messages per connection; a fresh one after 100 stays within common limits.
    maxMessages: 100,
  })
  const from = mailSender()
  return {
    send: (mail) => transport.sendMail({ from, ...mail } as nodemailer.SendMailOptions),
    close: () => transport.close(),
  }
}

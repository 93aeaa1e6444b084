import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type MailTrap = {
  port: number
  mails: ParsedMail[]
  /** SMTP connections the server accepted so far. */
  connections: () => number
  /**
   * Holds the next message's DATA unanswered (a sender stuck mid-transaction): `holding` resolves
   * once it arrives, `release` lets it through.
   */
  holdNext: () => { holding: Promise<void>; release: () => void }
  /** Resolves with the first mail to `to` (already received or arriving within the timeout). */
  waitFor: (to: string, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

const recipients = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => v.address?.toLowerCase()),
  )

/** A real SMTP server on 127.0.0.1 that keeps every message, parsed; `refuse` makes it reject some recipients (a dead mailbox). */
export async function startMailTrap(
  options: { refuse?: (address: string) => boolean } = {},
): Promise<MailTrap> {
  const mails: ParsedMail[] = []
  let connections = 0
  let hold: { arrived: () => void; released: Promise<void> } | null = null
  const waiters: { to: string; resolve: (mail: ParsedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1
      callback()
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address.toLowerCase()))
        return callback(Object.assign(new Error('550 Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, _session, callback) {
      const held = hold
      hold = null
      held?.arrived()
      simpleParser(stream)
        .then(async (mail) => {
          await held?.released
          return mail
        })
        .then((mail) => {
          mails.push(mail)
          for (const waiter of [...waiters]) {
            if (recipients(mail).includes(waiter.to)) {
              waiters.splice(waiters.indexOf(waiter), 1)
              waiter.resolve(mail)
            }
          }
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    mails,
    connections: () => connections,
    holdNext: () => {
      let arrived = () => {}
      let release = () => {}
      const holding = new Promise<void>((resolve) => (arrived = resolve))
      hold = { arrived, released: new Promise<void>((resolve) => (release = resolve)) }
      return { holding, release }
    },
    waitFor: (to, timeoutMs = 10_000) => {
      const address = to.toLowerCase()
      const existing = mails.find((mail) => recipients(mail).includes(address))
      if (existing) return Promise.resolve(existing)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Keine E-Mail an ${to} angekommen`)), timeoutMs)
        waiters.push({ to: address, resolve: (mail) => (clearTimeout(timer), resolve(mail)) })
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Points the CMS at the trap; call before startTestCms (the config reads the env on import). */
export function useMailTrap(trap: MailTrap) {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(trap.port)
  process.env.SMTP_IGNORE_TLS = 'true'
  process.env.SMTP_FROM = 'redaktion@unser-nb.example'
}

/** The first link in a mail's HTML that points into the admin. */
export function adminLink(mail: ParsedMail): URL {
  const match = String(mail.html || '').match(/href="(https?:\/\/[^"]+\/admin\/[^"]+)"/)
  if (!match) throw new Error(`Kein Link in der E-Mail „${mail.subject}“`)
  return new URL(match[1]!.replace(/&amp;/g, '&'))
}

import type { Endpoint, PayloadRequest } from 'payload'

import { setting } from '../config'
import { adminUrl } from '../email/links'
import { accountRequestMail } from '../email/templates'
import { formLanguage, formTexts } from '../i18n/forms'
import { type ContentLocale, localeOfPath, sitePath } from '../locales'
import { checkAccountRequest, formFields } from './accountRequestForm'
import { corsHeaders, formResponder, minutesText, readFormBody, referer, siteUrl } from './publicForm'
import { limitAccountRequest } from './rateLimit'

const maxBodyBytes = 10_000

/**
 * Tells the editorial mailbox (settings: Kontakt der Redaktion) about a new request. The applicant
 * gets no automatic mail: the form would otherwise send mail to any address someone types in.
 */
async function tellEditors(
  req: PayloadRequest,
  id: number | string,
  data: { name: string; associationName: string; email: string },
) {
  try {
    const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
    const to = settings.contact?.email
    if (!to) return
    const mail = accountRequestMail({ ...data, url: adminUrl(req, `/collections/account-requests/${id}`) })
    await req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text })
  } catch (error) {
    // The request is stored and shows up in the admin; a mail problem must not turn it into an error.
    req.payload.logger.error({ err: error }, 'Kontoantrag: Benachrichtigung der Redaktion nicht gesendet')
  }
}

/**
 * Data minimisation (DSGVO): decided requests are deleted after ACCOUNT_REQUEST_RETENTION_DAYS
 * (default 180), checked whenever a new request comes in, so no scheduler is needed. Open
 * requests stay until an editor decides.
 */
async function forgetOldRequests(req: PayloadRequest) {
  const days = setting('ACCOUNT_REQUEST_RETENTION_DAYS')
  const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()
  try {
    await req.payload.delete({
      collection: 'account-requests',
      where: { and: [{ status: { not_equals: 'pending' } }, { updatedAt: { less_than: cutoff } }] },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'Alte Kontoanträge konnten nicht gelöscht werden')
  }
}

/** The form's page in a language, for the back link. */
const formPage = (lang: ContentLocale) => `${siteUrl()}${sitePath(lang, '/konto-beantragen/')}`

/**
 * POST /api/account-requests/apply: the public form. Checks in this order, storing nothing
 * unless everything passes: rate limit per client address, body size, honeypot and fill time,
 * then each field with a specific German message.
 */
async function apply(req: PayloadRequest): Promise<Response> {
  // Before the body is read, the page the form was sent from tells the language.
  const earlyLang = localeOfPath(referer(req)?.pathname ?? '/')
  const early = formResponder(req, { back: formPage(earlyLang), lang: earlyLang })
  const earlyText = formTexts(earlyLang).account

  const wait = await limitAccountRequest(req)
  if (wait) {
    early.headers.set('Retry-After', String(wait))
    return early.respond(429, earlyText.tooManyTitle, earlyText.tooMany(minutesText(wait, earlyLang)))
  }

  const raw = await readFormBody(req, maxBodyBytes)
  if (!raw) return early.respond(413, earlyText.tooLargeTitle, earlyText.tooLarge)

  const lang = formLanguage(raw[formFields.lang])
  const texts = formTexts(lang)
  const { respond } = formResponder(req, { back: formPage(lang), lang })
  const result = checkAccountRequest(raw)
  if (!result.ok) {
    const message = result.spam ? result.errors[0]!.message : texts.check
    return respond(400, texts.account.failedTitle, message, result.errors)
  }

  const { data } = result
  const pending = await req.payload.count({
    collection: 'account-requests',
    where: { and: [{ email: { equals: data.email } }, { status: { equals: 'pending' } }] },
    overrideAccess: true,
    req,
  })
  // A repeated request changes nothing and reveals nothing about earlier ones.
  if (pending.totalDocs === 0) {
    const created = await req.payload.create({
      collection: 'account-requests',
      data: { ...data, consentAt: new Date().toISOString(), status: 'pending' },
      overrideAccess: true,
      req,
    })
    await tellEditors(req, created.id, data)
  }
  await forgetOldRequests(req)
  return respond(201, texts.account.sentTitle, texts.account.thanks(data.email))
}

export const accountRequestEndpoints: Endpoint[] = [
  { path: '/apply', method: 'post', handler: apply },
  {
    path: '/apply',
    method: 'options',
    handler: (req) => new Response(null, { status: 204, headers: corsHeaders(req) }),
  },
]

import crypto from 'node:crypto'

import type { Endpoint, PayloadRequest, Where } from 'payload'

import { idsOf } from '../access/ownership'
import { escapeHtml } from '../email/templates'
import { formLanguage, formTexts } from '../i18n/forms'
import { localeOfPath, sitePath } from '../locales'
import {
  corsHeaders,
  type FormLang,
  formResponder,
  htmlPage,
  minutesText,
  readFormBody,
  referer,
  siteUrl,
} from '../endpoints/publicForm'
import { clientAddress } from '../security/clientAddress'
import { hit, limitKey } from '../security/limiter'
import { deliverEnquiry } from './deliver'
import { checkEnquiry, formLang, maxEnquiryBodyBytes, tooLargeMessage } from './form'
import { enquiryStats } from './stats'

// Limits on the shared limiter (security/limiter.ts, enquiryClient/enquiryAddress): per client
// address attempts of any kind, like the account form; per citizen address, because every
// enquiry sends that address a confirmation, so nobody can flood a stranger's inbox through us.

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

/** The published target of the form (an offer, or an association): drafts and unknown ids take no enquiries. */
async function findTarget(
  req: PayloadRequest,
  target: { kind: 'opportunity' | 'association'; id: number | string },
) {
  const where: Where = { and: [{ id: { equals: target.id } }, { _status: { equals: 'published' } }] }
  const query = { where, depth: 0, limit: 1, overrideAccess: true, req }
  if (target.kind === 'opportunity') {
    const doc = (await req.payload.find({ collection: 'opportunities', ...query })).docs[0]
    if (!doc) return null
    return { associationId: idsOf(doc.association)[0], opportunityId: doc.id, title: doc.title }
  }
  const doc = (await req.payload.find({ collection: 'associations', ...query })).docs[0]
  return doc ? { associationId: doc.id, opportunityId: null, title: doc.name } : null
}

/**
 * POST /api/enquiries/send: the public form. Stores nothing unless everything passes, in this
 * order: rate limit per client, body size, honeypot and fill time, each field, the target, the
 * limit per e-mail address. Then the enquiry is stored and the mails go out in the background
 * (their outcome is written to the enquiry), so a slow mail server never holds up the citizen.
 */
async function send(req: PayloadRequest): Promise<Response> {
  const from = referer(req)
  const earlyLang: FormLang = localeOfPath(from?.pathname ?? '/')
  const earlyText = formTexts(earlyLang).enquiry
  const back = from?.href ?? `${siteUrl()}/`
  const early = formResponder(req, { back, lang: earlyLang })

  const wait = await hit(req.payload, 'enquiryClient', limitKey(clientAddress(req.headers)))
  if (wait) {
    early.headers.set('Retry-After', String(wait))
    return early.respond(429, earlyText.titles.tooMany, earlyText.tooMany(minutesText(wait, earlyLang)))
  }
  const raw = await readFormBody(req, maxEnquiryBodyBytes)
  if (!raw) {
    return early.respond(413, earlyText.titles.tooLarge, tooLargeMessage(earlyLang), [
      { field: 'message', message: tooLargeMessage(earlyLang) },
    ])
  }

  const lang = formLang(raw)
  const texts = formTexts(lang)
  const t = texts.enquiry
  const { respond, wantsJson, headers } = formResponder(req, { back, lang })
  const result = checkEnquiry(raw)
  if (!result.ok)
    return respond(400, t.titles.failed, result.spam ? result.errors[0]!.message : texts.check, result.errors)

  const { data } = result
  const target = await findTarget(req, data.target)
  if (!target) return respond(400, t.titles.failed, t.gone)
  if (await hit(req.payload, 'enquiryAddress', limitKey(data.email.toLowerCase())))
    return respond(429, t.titles.tooMany, t.tooManyAddress, [{ field: 'email', message: t.tooManyAddress }])

  const token = crypto.randomBytes(24).toString('base64url')
  const created = await req.payload.create({
    collection: 'enquiries',
    data: {
      title: `${data.name} → ${target.title}`,
      status: 'new',
      association: target.associationId,
      opportunity: target.opportunityId,
      name: data.name,
      email: data.email,
      phone: data.phone || null,
      message: data.message,
      availability: data.availability || null,
      lang,
      consentAt: new Date().toISOString(),
      delivery: { status: 'pending' },
      withdrawHash: hashToken(token),
    } as never,
    overrideAccess: true,
    req,
  })
  const associationName = (
    await req.payload.findByID({
      collection: 'associations',
      id: target.associationId,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).name
  void deliverEnquiry(req, created.id, token).catch((error: unknown) =>
    req.payload.logger.error({ err: error }, `Anfrage ${created.id}: Zustellung abgebrochen`),
  )

  if (wantsJson) return respond(201, '', t.sent(associationName))
  // Without JavaScript: the site's confirmation page (relative, so it stays on the site's origin behind the proxy).
  // The page in the form's language (every language of cms/src/locales.ts has one).
  headers.set('Location', sitePath(lang, '/anfrage-gesendet/'))
  return new Response(null, { status: 303, headers })
}

function withdrawPage(status: number, lang: FormLang, title: string, paragraph: string, button?: string) {
  const form = button
    ? `<form method="post"><p><button type="submit">${escapeHtml(button)}</button></p></form>`
    : ''
  return new Response(
    htmlPage({ title, paragraphs: [paragraph], back: `${siteUrl()}/`, lang, extra: form }),
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
    },
  )
}

/**
 * The withdrawal link of the confirmation mail. GET asks once (mail programs open links on their
 * own to scan them; that must not delete anything), POST deletes the enquiry at once.
 */
async function withdraw(req: PayloadRequest): Promise<Response> {
  const token = String(req.routeParams?.token ?? '')
  const found =
    token.length >= 20
      ? await req.payload.find({
          collection: 'enquiries',
          where: { withdrawHash: { equals: hashToken(token) } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
  const enquiry = found.docs[0]
  // Unknown token: the language of the page the link was opened from is unknown too; German.
  const lang: FormLang = formLanguage(enquiry?.lang)
  const w = formTexts(lang).withdraw
  if (!enquiry) return withdrawPage(404, lang, w.notFoundTitle, w.notFound)
  if (req.method?.toUpperCase() === 'POST') {
    await req.payload.delete({ collection: 'enquiries', id: enquiry.id, overrideAccess: true, req })
    return withdrawPage(200, lang, w.deletedTitle, w.deleted)
  }
  return withdrawPage(200, lang, w.askTitle, w.ask, w.button)
}

export const enquiryEndpoints: Endpoint[] = [
  { path: '/send', method: 'post', handler: send },
  {
    path: '/send',
    method: 'options',
    handler: (req) => new Response(null, { status: 204, headers: corsHeaders(req) }),
  },
  { path: '/withdraw/:token', method: 'get', handler: withdraw },
  { path: '/withdraw/:token', method: 'post', handler: withdraw },
  // Aggregate numbers only (no personal data): the site's open data and the editors' report.
  {
    path: '/stats',
    method: 'get',
    handler: async (req) =>
      Response.json(await enquiryStats(req.payload), { headers: { 'cache-control': 'no-store' } }),
  },
]

import type { Endpoint, PayloadRequest } from 'payload'

import { adminUrl } from '../email/links'
import { accountRequestMail } from '../email/templates'
import { checkAccountRequest, type FieldError } from './accountRequestForm'
import { clientAddress, RateLimiter } from './rateLimit'

const limiter = new RateLimiter(
  Number(process.env.ACCOUNT_REQUEST_LIMIT || 5),
  Number(process.env.ACCOUNT_REQUEST_WINDOW_MINUTES || 60) * 60_000,
)

const maxBodyBytes = 10_000

const siteUrl = () => (process.env.SITE_URL || 'https://unser-nb.de').replace(/\/+$/, '')

/** The public site (SITE_URL) plus FORM_ORIGINS (comma-separated, e.g. the local dev server). */
function allowedOrigins(): string[] {
  const list = [siteUrl(), ...(process.env.FORM_ORIGINS ?? '').split(',')]
  return list
    .map((value) => {
      try {
        return new URL(value.trim()).origin
      } catch {
        return ''
      }
    })
    .filter(Boolean)
}

function corsHeaders(req: PayloadRequest): Headers {
  const headers = new Headers({ Vary: 'Origin' })
  const origin = req.headers.get('origin')
  if (origin && allowedOrigins().includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS')
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Accept')
    headers.set('Access-Control-Max-Age', '600')
  }
  return headers
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** For the form without JavaScript: a tiny German page instead of JSON (no inline styles: the site's CSP). */
function htmlPage(title: string, paragraphs: string[], errors: FieldError[] = []): string {
  const back = `${siteUrl()}/konto-beantragen`
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Unser Neubrandenburg</title></head>
<body><main><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${errors.length ? `<ul>${errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>
<p>Gehen Sie mit der Zurück-Taste Ihres Browsers zum Formular zurück: Ihre Eingaben sind dort noch da.</p>` : ''}
<p><a href="${escapeHtml(back)}">Zum Formular</a> · <a href="${escapeHtml(siteUrl())}/">Zur Startseite</a></p>
</main></body></html>`
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  // Refuse oversized bodies before reading them.
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) return null
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!()
    return Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : '']))
  }
  const text = (await req.text?.()) ?? ''
  if (text.length > maxBodyBytes) return null
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text || '{}')
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

/**
 * Tells the editorial mailbox (settings: Kontakt der Redaktion) about a new request. The applicant
 * gets no automatic mail: the form would otherwise send mail to any address someone types in.
 */
async function tellEditors(req: PayloadRequest, id: number | string, data: { name: string; associationName: string; email: string }) {
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
  const days = Number(process.env.ACCOUNT_REQUEST_RETENTION_DAYS || 180)
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

const thanks = (email: string) =>
  `Vielen Dank! Ihr Antrag ist bei der Redaktion angekommen. Wir prüfen ihn in der Regel innerhalb weniger Werktage und schicken Ihnen dann eine E-Mail an ${email}.`

/**
 * POST /api/account-requests/apply: the public form. Checks in this order, storing nothing
 * unless everything passes: rate limit per client address, body size, honeypot and fill time,
 * then each field with a specific German message.
 */
async function apply(req: PayloadRequest): Promise<Response> {
  const headers = corsHeaders(req)
  const wantsJson =
    (req.headers.get('accept') ?? '').includes('application/json') ||
    (req.headers.get('content-type') ?? '').includes('application/json')

  const respond = (status: number, title: string, message: string, errors: FieldError[] = []) => {
    if (wantsJson) {
      headers.set('content-type', 'application/json; charset=utf-8')
      const body = status < 300 ? { message } : { message, errors: errors.length ? errors : [{ field: 'form', message }] }
      return new Response(JSON.stringify(body), { status, headers })
    }
    headers.set('content-type', 'text/html; charset=utf-8')
    return new Response(htmlPage(title, [message], errors), { status, headers })
  }

  const wait = limiter.hit(clientAddress(req.headers))
  if (wait) {
    headers.set('Retry-After', String(wait))
    const minutes = Math.ceil(wait / 60)
    return respond(
      429,
      'Zu viele Anträge',
      `Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anträge. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} noch einmal.`,
    )
  }

  const raw = await readBody(req)
  if (!raw) return respond(413, 'Antrag zu groß', 'Ihr Antrag ist zu lang. Bitte kürzen Sie Ihre Angaben.')

  const result = checkAccountRequest(raw)
  if (!result.ok) {
    const message = result.spam ? result.errors[0]!.message : 'Bitte prüfen Sie Ihre Angaben.'
    return respond(400, 'Antrag nicht gesendet', message, result.errors)
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
  return respond(201, 'Antrag gesendet', thanks(data.email))
}

export const accountRequestEndpoints: Endpoint[] = [
  { path: '/apply', method: 'post', handler: apply },
  { path: '/apply', method: 'options', handler: (req) => new Response(null, { status: 204, headers: corsHeaders(req) }) },
]

import type { PayloadRequest } from 'payload'

import { setting } from '../config'
import { escapeHtml } from '../email/templates'
import { formTexts, minutesIn } from '../i18n/forms'
import { type ContentLocale, localeInfo, sitePath } from '../locales'

/**
 * What every public form of the site shares (account request, enquiry): where it may come from
 * (CORS), how its body is read (size limit first), the spam checks (honeypot, fill time), the
 * field normalisation, and the two kinds of answer: JSON for the site's script, a short HTML page
 * for a browser without JavaScript.
 */

export type FieldError = { field: string; message: string }
/** The language a form answers in: every language of the site (cms/src/i18n/forms has the texts). */
export type FormLang = ContentLocale

export const siteUrl = () => (setting('SITE_URL') ?? 'https://unser-nb.de').replace(/\/+$/, '')

/** The public site (SITE_URL) plus FORM_ORIGINS (comma-separated, e.g. the local dev server). */
function allowedOrigins(): string[] {
  const list = [siteUrl(), ...(setting('FORM_ORIGINS') ?? '').split(',')]
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

export function corsHeaders(req: PayloadRequest): Headers {
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

/** Where the citizen came from (for the back link and the language of answers before the body is read). */
export function referer(req: PayloadRequest): URL | null {
  try {
    const url = new URL(req.headers.get('referer') ?? '')
    return /^https?:$/.test(url.protocol) ? url : null
  } catch {
    return null
  }
}

/** For a form without JavaScript: a tiny page instead of JSON (no inline styles: the site's CSP). */
export function htmlPage(options: {
  title: string
  paragraphs: string[]
  errors?: FieldError[]
  back: string
  lang?: FormLang
  extra?: string
}): string {
  const lang = options.lang ?? 'de'
  const page = formTexts(lang).page
  const errors = options.errors ?? []
  return `<!doctype html>
<html lang="${lang}" dir="${localeInfo(lang).dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} – Unser Neubrandenburg</title></head>
<body><main><h1>${escapeHtml(options.title)}</h1>
${options.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${
  errors.length
    ? `<ul>${errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>
<p>${escapeHtml(page.backHint)}</p>`
    : ''
}
${options.extra ?? ''}
<p><a href="${escapeHtml(options.back)}">${escapeHtml(page.backToForm)}</a> · <a href="${escapeHtml(siteUrl())}${sitePath(lang)}">${escapeHtml(page.home)}</a></p>
</main></body></html>`
}

/** The form's fields as strings, or null when the body is larger than `maxBytes` (refused before reading when announced). */
export async function readFormBody(
  req: PayloadRequest,
  maxBytes: number,
): Promise<Record<string, unknown> | null> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return null
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!()
    return Object.fromEntries(
      [...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : '']),
    )
  }
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > maxBytes) return null
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text || '{}')
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {}
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

/** Answers in the form the caller can use: JSON for the site's script, otherwise an HTML page. */
export function formResponder(req: PayloadRequest, options: { back: string; lang?: FormLang }) {
  const headers = corsHeaders(req)
  const wantsJson =
    (req.headers.get('accept') ?? '').includes('application/json') ||
    (req.headers.get('content-type') ?? '').includes('application/json')
  const respond = (status: number, title: string, message: string, errors: FieldError[] = []) => {
    if (wantsJson) {
      headers.set('content-type', 'application/json; charset=utf-8')
      const body =
        status < 300
          ? { message }
          : { message, errors: errors.length ? errors : [{ field: 'form', message }] }
      return new Response(JSON.stringify(body), { status, headers })
    }
    headers.set('content-type', 'text/html; charset=utf-8')
    return new Response(
      htmlPage({ title, paragraphs: [message], errors, back: options.back, lang: options.lang }),
      { status, headers },
    )
  }
  return { headers, wantsJson, respond }
}

/** Minutes to wait, said in words, for the "too many attempts" answer. */
export const minutesText = (seconds: number, lang: FormLang = 'de') => minutesIn(lang, seconds)

export const formFieldNames = { honeypot: 'website', startedAt: 'startedAt' } as const

/** A person needs a few seconds to read and fill in a form; scripts post instantly. */
export const minimumFillMs = 3_000

export const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

/** One line of text: runs of whitespace become one space. */
export const lineText = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
export const accepted = (value: unknown) =>
  value === true || ['on', 'true', '1', 'yes', 'ja'].includes(String(value ?? '').toLowerCase())

/** Honeypot and fill time; a neutral message on the form as a whole, or null when it looks human. */
export function spamError(
  raw: Record<string, unknown>,
  now = Date.now(),
  lang: FormLang = 'de',
): FieldError | null {
  const m = formTexts(lang).spam
  if (lineText(raw[formFieldNames.honeypot])) return { field: 'form', message: m.trap }
  const startedAt = Number(raw[formFieldNames.startedAt])
  if (!Number.isFinite(startedAt) || startedAt <= 0 || startedAt > now + 60_000)
    return { field: 'form', message: m.incomplete }
  if (now - startedAt < minimumFillMs) return { field: 'form', message: m.fast }
  return null
}

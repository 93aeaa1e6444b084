import type { PayloadRequest } from 'payload'

import { escapeHtml } from '../email/templates'
import { htmlPage, siteUrl, type FormLang } from '../endpoints/publicForm'
import { formTexts } from '../i18n/forms'
import { contentLocales, defaultLocale, sitePath } from '../locales'
import type { Subscription } from '../payload-types'
import { subscriptionsSlug } from './model'
import { hashToken, wellFormed } from './tokens'

/** The subscription whose manage (or calendar) token is in the path, or null. */
export async function byToken(
  req: PayloadRequest,
  field: 'manageHash' | 'calendarHash',
  token: string,
): Promise<Subscription | null> {
  if (!wellFormed(token)) return null
  const found = await req.payload.find({
    collection: subscriptionsSlug,
    where: { [field]: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Subscription | undefined) ?? null
}

/** A CMS-served page for the mail links (no referrer: the token is in the URL). */
export function page(status: number, lang: FormLang, title: string, paragraphs: string[], extra = '') {
  return new Response(
    htmlPage({
      title,
      paragraphs,
      back: `${siteUrl()}${sitePath(lang, '/benachrichtigungen/')}`,
      lang,
      extra,
    }),
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

export const button = (label: string, action = '', name = 'action') =>
  `<form method="post"><p><button type="submit" name="${name}" value="${escapeHtml(action)}">${escapeHtml(label)}</button></p></form>`

/**
 * A link that leads nowhere carries no subscription, so no language either: the browser's first
 * language the site has (Accept-Language), German otherwise.
 */
export function notFound(req?: PayloadRequest) {
  const wanted = (req?.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase().split('-')[0])
  const lang = wanted.map((code) => contentLocales.find((l) => l.code === code)?.code).find(Boolean)
  const t = formTexts(lang ?? defaultLocale).subscribe
  return page(404, lang ?? defaultLocale, t.notFoundTitle, [t.notFound])
}

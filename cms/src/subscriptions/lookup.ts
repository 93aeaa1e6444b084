import type { PayloadRequest } from 'payload'

import { escapeHtml } from '../email/templates'
import { htmlPage, siteUrl, type FormLang } from '../endpoints/publicForm'
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
    htmlPage({ title, paragraphs, back: `${siteUrl()}/benachrichtigungen/`, lang, extra }),
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

export const notFound = () =>
  page(404, 'de', 'Abonnement nicht gefunden', [
    'Zu diesem Link gibt es kein Abonnement (mehr): Es wurde abbestellt, nicht rechtzeitig bestätigt, oder der Link ist unvollständig. Es ist nichts weiter zu tun.',
  ])

import crypto from 'node:crypto'

import ical from 'ical-generator'
import type { PayloadRequest, Where } from 'payload'

import { idsOf } from '../access/ownership'
import { siteUrl } from '../endpoints/publicForm'
import { formTexts } from '../i18n/forms'
import { defaultLocale, sitePath } from '../locales'
import type { Event } from '../payload-types'
import { findTranslated } from './digest'
import { subscriptionLang } from './form'
import { byToken } from './lookup'

/**
 * GET /api/subscriptions/calendar/<token>.ics: the published events of the subscription's topics,
 * districts and associations (all events when it names none), from 30 days back. Calendar apps
 * poll it: an ETag over the body answers unchanged polls with 304, Cache-Control keeps them apart
 * (private: the URL is personal).
 */
export async function calendarFeed(req: PayloadRequest): Promise<Response> {
  const token = String(req.routeParams?.file ?? '').replace(/\.ics$/, '')
  const sub = await byToken(req, 'calendarHash', token)
  if (!sub?.confirmedAt)
    return new Response('Kalender nicht gefunden', { status: 404, headers: { 'cache-control': 'no-store' } })
  const topics = idsOf(sub.topics as never)
  const districts = idsOf(sub.districts as never)
  const associations = idsOf(sub.associations as never)
  const any: Where[] = [
    ...(topics.length ? [{ topics: { in: topics } }] : []),
    ...(districts.length ? [{ district: { in: districts } }] : []),
    ...(associations.length ? [{ organizers: { in: associations } }] : []),
  ]
  const lang = subscriptionLang(sub.lang)
  const events = await findTranslated(
    req,
    'events',
    {
      and: [
        { start: { greater_than_equal: new Date(Date.now() - 30 * 86_400_000).toISOString() } },
        ...(any.length ? [{ or: any }] : []),
      ],
    },
    lang,
    'start',
  )
  const cal = ical({
    name: formTexts(lang).subscribe.calendarName,
    prodId: { company: 'Stadt Neubrandenburg', product: 'Unser Neubrandenburg', language: 'DE' },
    ttl: 60 * 60 * 6,
  })
  let lastModified = 0
  for (const found of events) {
    const e = found.doc as unknown as Event
    const updated = Date.parse(e.updatedAt)
    lastModified = Math.max(lastModified, updated)
    cal.createEvent({
      id: `event-${e.id}@unser-nb.de`,
      start: new Date(e.start),
      end: e.end ? new Date(e.end) : new Date(Date.parse(e.start) + 2 * 3600_000),
      stamp: new Date(updated),
      summary: e.title,
      url: `${siteUrl()}${sitePath(found.translated ? lang : defaultLocale, `/veranstaltungen/${e.slug}/`)}`,
    })
  }
  const body = cal.toString().replace(/^DTSTAMP:.*$/gm, (line) => line)
  const etag = `"${crypto
    .createHash('sha256')
    .update(body.replace(/^DTSTAMP:.*$/gm, ''))
    .digest('base64url')
    .slice(0, 27)}"`
  const headers = new Headers({
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'private, max-age=3600',
    etag,
    'last-modified': new Date(lastModified || Date.parse(sub.confirmedAt)).toUTCString(),
    'referrer-policy': 'no-referrer',
  })
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(body, { headers })
}

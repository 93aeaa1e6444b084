import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { corsHeaders, formResponder, referer, siteUrl } from '../endpoints/publicForm'
import { formTexts, minutesIn } from '../i18n/forms'
import { localeOfPath, sitePath } from '../locales'
import { clientAddress } from '../security/clientAddress'
import { hit, limitKey } from '../security/limiter'
import { calendarFeed } from './calendar'
import {
  checkSubscription,
  readChoiceBody,
  type SubscriptionChoice,
  type SubscriptionLang,
  subscriptionLang,
} from './form'
import { links } from './links'
import { escapeHtml } from '../email/templates'
import { byToken, button, notFound, page } from './lookup'
import { confirmMail, confirmValidHours } from './mails'
import { manageGet, managePost } from './manage'
import { subscriptionStats } from './stats'
import { subscriptionsSlug } from './model'
import { issue } from './tokens'

/** Ids the citizen chose that exist (a stale form may name a deleted topic). */
async function existing(req: PayloadRequest, choice: SubscriptionChoice) {
  const keep = async (collection: 'topics' | 'districts' | 'associations', ids: number[]) =>
    ids.length
      ? (
          await req.payload.find({
            collection,
            where: { id: { in: ids } },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs.length === ids.length
      : true
  return (
    (await keep('topics', choice.topics)) &&
    (await keep('districts', choice.districts)) &&
    (await keep('associations', choice.associations))
  )
}

/**
 * POST /api/subscriptions/subscribe: the Benachrichtigungen form. Like the enquiry form (same
 * limiter budgets, honeypot, fill time), nothing stored unless all checks pass. The answer is the
 * same whether the address is new or known, so the form tells nobody who subscribes.
 */
async function subscribe(req: PayloadRequest): Promise<Response> {
  // The reader's page (its language) for the back link and the answers until the form is read;
  // then the form's language, which the texts, the mails and the confirmation page follow.
  const page = localeOfPath(referer(req)?.pathname ?? '/')
  const earlyLang: SubscriptionLang = subscriptionLang(page)
  const early = formTexts(earlyLang).subscribe
  const back = `${siteUrl()}${sitePath(page, '/benachrichtigungen/')}`
  const answer = formResponder(req, { back, lang: earlyLang })
  const wait = await hit(req.payload, 'enquiryClient', limitKey(clientAddress(req.headers)))
  if (wait) {
    answer.headers.set('Retry-After', String(wait))
    return answer.respond(429, early.titles.tooMany, early.tooMany(minutesIn(earlyLang, wait)))
  }
  const raw = await readChoiceBody(req)
  if (!raw) return answer.respond(413, early.titles.tooLarge, early.tooLarge)
  const result = checkSubscription(raw)
  const lang = result.ok ? result.data.lang : subscriptionLang(raw.lang?.[0] ?? '')
  const t = { ...formTexts(lang).subscribe, check: formTexts(lang).check }
  const { respond, wantsJson, headers } = formResponder(req, { back, lang })
  if (!result.ok)
    return respond(400, t.titles.failed, result.spam ? result.errors[0]!.message : t.check, result.errors)
  const { data } = result
  if (!(await existing(req, data)))
    return respond(400, t.titles.failed, t.check, [{ field: 'topics', message: t.check }])
  if (await hit(req.payload, 'enquiryAddress', limitKey(`subscribe:${data.email}`)))
    return respond(429, t.titles.tooMany, t.tooManyAddress, [{ field: 'email', message: t.tooManyAddress }])

  // One pending request per address: a newer one replaces it (its link stops working).
  await req.payload.delete({
    collection: subscriptionsSlug,
    where: { and: [{ email: { equals: data.email } }, { confirmedAt: { exists: false } }] },
    overrideAccess: true,
    req,
  })
  const manage = issue(req.payload, 'manage')
  const created = await req.payload.create({
    collection: subscriptionsSlug,
    data: { ...data, manageSalt: manage.salt, manageHash: manage.hash },
    overrideAccess: true,
    req,
  })
  const mail = confirmMail(data.lang, links(req, created).confirm)
  void req.payload
    .sendEmail({ to: data.email, ...mail })
    .catch((error: unknown) =>
      req.payload.logger.error({ err: error }, `Abonnement ${created.id}: Bestätigung nicht gesendet`),
    )
  if (wantsJson) return respond(201, '', t.sent)
  headers.set('Location', sitePath(lang, '/benachrichtigungen/bestellt/'))
  return new Response(null, { status: 303, headers })
}

/** GET asks (mail scanners open links by themselves), POST confirms within 48 hours. */
async function confirm(req: PayloadRequest): Promise<Response> {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  if (!sub) return notFound(req)
  const lang = subscriptionLang(sub.lang)
  const t = formTexts(lang).subscribe
  const expired = Date.now() - Date.parse(sub.createdAt) > confirmValidHours * 3600_000
  if (!sub.confirmedAt && expired) {
    await req.payload.delete({ collection: subscriptionsSlug, id: sub.id, overrideAccess: true, req })
    return notFound(req)
  }
  if (req.method?.toUpperCase() !== 'POST' && !sub.confirmedAt)
    return page(200, lang, t.confirmTitle, [t.confirmAsk], button(t.confirmButton, 'confirm'))
  if (!sub.confirmedAt) {
    const calendar = issue(req.payload, 'calendar')
    await req.payload.update({
      collection: subscriptionsSlug,
      id: sub.id,
      data: {
        confirmedAt: new Date().toISOString(),
        calendarSalt: calendar.salt,
        calendarHash: calendar.hash,
      },
      overrideAccess: true,
      req,
    })
    // The newest confirmed choice of an address replaces older ones.
    await req.payload.delete({
      collection: subscriptionsSlug,
      where: { and: [{ email: { equals: sub.email } }, { id: { not_equals: sub.id } }] },
      overrideAccess: true,
      req,
    })
  }
  const link = links(req, sub)
  return page(
    200,
    lang,
    t.confirmedTitle,
    [t.confirmed],
    `<p><a href="${link.manage}">${escapeHtml(t.manageLink)}</a></p>`,
  )
}

/** RFC 8058: POST (List-Unsubscribe=One-Click) deletes at once; GET shows a button. */
async function unsubscribe(req: PayloadRequest): Promise<Response> {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  if (!sub) return notFound(req)
  const lang = subscriptionLang(sub.lang)
  const t = formTexts(lang).subscribe
  if (req.method?.toUpperCase() !== 'POST')
    return page(200, lang, t.unsubscribeTitle, [t.unsubscribeAsk], button(t.unsubscribeButton, 'unsubscribe'))
  await req.payload.delete({ collection: subscriptionsSlug, id: sub.id, overrideAccess: true, req })
  return page(200, lang, t.unsubscribedTitle, [t.unsubscribed])
}

export const subscriptionEndpoints: Endpoint[] = [
  { path: '/subscribe', method: 'post', handler: subscribe },
  {
    path: '/subscribe',
    method: 'options',
    handler: (req) => new Response(null, { status: 204, headers: corsHeaders(req) }),
  },
  { path: '/confirm/:token', method: 'get', handler: confirm },
  { path: '/confirm/:token', method: 'post', handler: confirm },
  { path: '/unsubscribe/:token', method: 'get', handler: unsubscribe },
  { path: '/unsubscribe/:token', method: 'post', handler: unsubscribe },
  { path: '/manage/:token', method: 'get', handler: manageGet },
  { path: '/manage/:token', method: 'post', handler: managePost },
  { path: '/calendar/:file', method: 'get', handler: calendarFeed },
  // Counts only, for editors (no addresses); anonymous and club accounts get 403.
  {
    path: '/stats',
    method: 'get',
    handler: async (req) =>
      isStaff(req.user)
        ? Response.json(await subscriptionStats(req.payload), { headers: { 'cache-control': 'no-store' } })
        : Response.json({ message: 'Nur für die Redaktion.' }, { status: 403 }),
  },
]

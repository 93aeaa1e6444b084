import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { corsHeaders, formResponder, minutesText, referer, siteUrl } from '../endpoints/publicForm'
import { formLanguage } from '../i18n/forms'
import { localeOfPath, sitePath } from '../locales'
import { clientAddress } from '../security/clientAddress'
import { hit, limitKey } from '../security/limiter'
import { calendarFeed } from './calendar'
import {
  checkSubscription,
  readChoiceBody,
  tooLargeMessage,
  type SubscriptionChoice,
  type SubscriptionLang,
  subscriptionLang,
} from './form'
import { links } from './links'
import { byToken, button, notFound, page } from './lookup'
import { confirmMail, confirmValidHours } from './mails'
import { manageGet, managePost } from './manage'
import { subscriptionStats } from './stats'
import { subscriptionsSlug } from './model'
import { issue } from './tokens'

const text = {
  de: {
    tooMany: (wait: number) =>
      `Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in ${minutesText(wait)} noch einmal.`,
    tooManyAddress:
      'Für diese E-Mail-Adresse kamen heute schon mehrere Bestellungen. Bitte versuchen Sie es morgen noch einmal.',
    check: 'Bitte prüfen Sie Ihre Angaben.',
    sent: 'Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie darin innerhalb von 48 Stunden Ihre Benachrichtigungen.',
    titles: { tooMany: 'Zu viele Anfragen', tooLarge: 'Formular zu groß', failed: 'Nicht bestellt' },
  },
  en: {
    tooMany: (wait: number) =>
      `Too many requests came from your connection in a short time. Please try again in ${minutesText(wait, 'en')}.`,
    tooManyAddress: 'Several requests came for this e-mail address today. Please try again tomorrow.',
    check: 'Please check your details.',
    sent: 'Almost done: we have sent you an e-mail. Please confirm your notifications there within 48 hours.',
    titles: { tooMany: 'Too many requests', tooLarge: 'Form too large', failed: 'Not subscribed' },
  },
}

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
  // The reader's page (its language) for the back link and the confirmation page; the texts and
  // mails are German, or English for every other language.
  const page = localeOfPath(referer(req)?.pathname ?? '/')
  const earlyLang: SubscriptionLang = subscriptionLang(page)
  const back = `${siteUrl()}${sitePath(page, '/benachrichtigungen/')}`
  const early = formResponder(req, { back, lang: earlyLang })
  const wait = await hit(req.payload, 'enquiryClient', limitKey(clientAddress(req.headers)))
  if (wait) {
    early.headers.set('Retry-After', String(wait))
    return early.respond(429, text[earlyLang].titles.tooMany, text[earlyLang].tooMany(wait))
  }
  const raw = await readChoiceBody(req)
  if (!raw) return early.respond(413, text[earlyLang].titles.tooLarge, tooLargeMessage[earlyLang])
  const result = checkSubscription(raw)
  const lang = result.ok ? result.data.lang : subscriptionLang(raw.lang?.[0] ?? '')
  const pageLang = formLanguage(raw.lang?.[0])
  const t = text[lang]
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
  headers.set('Location', sitePath(pageLang, '/benachrichtigungen/bestellt/'))
  return new Response(null, { status: 303, headers })
}

/** GET asks (mail scanners open links by themselves), POST confirms within 48 hours. */
async function confirm(req: PayloadRequest): Promise<Response> {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  if (!sub) return notFound()
  const en = sub.lang === 'en'
  const lang = en ? 'en' : 'de'
  const expired = Date.now() - Date.parse(sub.createdAt) > confirmValidHours * 3600_000
  if (!sub.confirmedAt && expired) {
    await req.payload.delete({ collection: subscriptionsSlug, id: sub.id, overrideAccess: true, req })
    return notFound()
  }
  if (req.method?.toUpperCase() !== 'POST' && !sub.confirmedAt)
    return page(
      200,
      lang,
      en ? 'Confirm notifications' : 'Benachrichtigungen bestätigen',
      [en ? 'One click and your notifications start.' : 'Ein Klick, und Ihre Benachrichtigungen starten.'],
      button(en ? 'Confirm now' : 'Jetzt bestätigen', 'confirm'),
    )
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
    en ? 'Notifications confirmed' : 'Benachrichtigungen bestätigt',
    [
      en
        ? 'Thank you. You will get a digest when something matching your choice is published.'
        : 'Vielen Dank. Sie bekommen eine Zusammenfassung, sobald etwas zu Ihrer Auswahl veröffentlicht wird.',
    ],
    `<p><a href="${link.manage}">${en ? 'Manage your notifications' : 'Benachrichtigungen verwalten'}</a></p>`,
  )
}

/** RFC 8058: POST (List-Unsubscribe=One-Click) deletes at once; GET shows a button. */
async function unsubscribe(req: PayloadRequest): Promise<Response> {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  if (!sub) return notFound()
  const en = sub.lang === 'en'
  if (req.method?.toUpperCase() !== 'POST')
    return page(
      200,
      en ? 'en' : 'de',
      en ? 'Unsubscribe?' : 'Abbestellen?',
      [
        en
          ? 'The button deletes your address and your choice.'
          : 'Die Schaltfläche löscht Ihre Adresse und Ihre Auswahl.',
      ],
      button(en ? 'Unsubscribe now' : 'Jetzt abbestellen', 'unsubscribe'),
    )
  await req.payload.delete({ collection: subscriptionsSlug, id: sub.id, overrideAccess: true, req })
  return page(200, en ? 'en' : 'de', en ? 'Unsubscribed' : 'Abbestellt', [
    en ? 'Your address and your choice are deleted.' : 'Ihre Adresse und Ihre Auswahl sind gelöscht.',
  ])
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

import type { PayloadRequest } from 'payload'

import { idsOf } from '../access/ownership'
import { escapeHtml } from '../email/templates'
import type { Subscription } from '../payload-types'
import { formTexts } from '../i18n/forms'
import type { ContentLocale } from '../locales'
import { checkChoice, first, readChoiceBody, subscriptionLang } from './form'
import { links } from './links'
import { byToken, notFound, page } from './lookup'
import { subscriptionKinds, subscriptionsSlug } from './model'
import { issue } from './tokens'

type Option = { id: number | string; label: string }

/** Names in the reader's language (the CMS falls back to German where one is not translated). */
async function options(req: PayloadRequest, sub: Subscription, locale: ContentLocale) {
  const names = async (collection: 'topics' | 'districts' | 'associations', ids?: (number | string)[]) =>
    (
      await req.payload.find({
        collection,
        where: ids ? { id: { in: ids.length ? ids : [0] } } : {},
        depth: 0,
        pagination: false,
        locale,
        overrideAccess: true,
        req,
      })
    ).docs.map((d) => ({ id: d.id, label: String((d as { name?: string }).name ?? d.id) }))
  return {
    topics: await names('topics'),
    districts: await names('districts'),
    associations: await names('associations', idsOf(sub.associations as never)),
  }
}

const boxes = (name: string, legend: string, list: Option[], chosen: (number | string)[]) =>
  list.length
    ? `<fieldset><legend>${escapeHtml(legend)}</legend>${list
        .map(
          (o) =>
            `<p><label><input type="checkbox" name="${name}" value="${escapeHtml(String(o.id))}"${chosen.map(String).includes(String(o.id)) ? ' checked' : ''}> ${escapeHtml(o.label)}</label></p>`,
        )
        .join('')}</fieldset>`
    : ''

async function render(req: PayloadRequest, sub: Subscription, notice?: string) {
  const lang = subscriptionLang(sub.lang)
  const t = formTexts(lang).subscribe.manage
  const o = await options(req, sub, lang)
  const link = links(req, sub)
  const kinds = subscriptionKinds.map((k) => ({
    id: k.value,
    label: formTexts(lang).subscribe.kinds[k.value],
  }))
  const freq = (value: string, label: string) =>
    `<label><input type="radio" name="frequency" value="${value}"${sub.frequency === value ? ' checked' : ''}> ${escapeHtml(label)}</label> `
  const form = `<form method="post">
${boxes('topics', t.topics, o.topics, idsOf(sub.topics as never))}
${boxes('districts', t.districts, o.districts, idsOf(sub.districts as never))}
${boxes('associations', t.associations, o.associations, idsOf(sub.associations as never))}
${boxes('kinds', t.kinds, kinds, sub.kinds ?? [])}
<fieldset><legend>${escapeHtml(t.frequency)}</legend><p>${freq('daily', t.daily)}${freq('weekly', t.weekly)}</p></fieldset>
<p><button type="submit" name="action" value="save">${escapeHtml(t.save)}</button></p></form>
<h2>${escapeHtml(t.calendarTitle)}</h2>
${link.calendar ? `<p>${escapeHtml(t.calendarHint)}</p><p><code>${escapeHtml(link.calendar)}</code></p>` : ''}
<form method="post"><p><button type="submit" name="action" value="calendar">${escapeHtml(t.calendarNew)}</button></p></form>
<h2>${escapeHtml(t.unsubscribeTitle)}</h2>
<form method="post"><p><button type="submit" name="action" value="unsubscribe">${escapeHtml(t.unsubscribeButton)}</button></p></form>`
  return page(200, lang, t.title, [notice ?? t.intro(sub.email)], form)
}

async function current(req: PayloadRequest) {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  return sub?.confirmedAt ? sub : null
}

export async function manageGet(req: PayloadRequest) {
  const sub = await current(req)
  return sub ? render(req, sub) : notFound(req)
}

/** Save the choice, replace the calendar link, or unsubscribe. */
export async function managePost(req: PayloadRequest) {
  const sub = await current(req)
  if (!sub) return notFound(req)
  const lang = subscriptionLang(sub.lang)
  const t = formTexts(lang).subscribe
  const raw = (await readChoiceBody(req)) ?? {}
  const action = first(raw, 'action')
  const update = async (data: Partial<Subscription>) =>
    (await req.payload.update({
      collection: subscriptionsSlug,
      id: sub.id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Subscription
  if (action === 'unsubscribe') {
    await req.payload.delete({ collection: subscriptionsSlug, id: sub.id, overrideAccess: true, req })
    return page(200, lang, t.unsubscribedTitle, [t.unsubscribed])
  }
  if (action === 'calendar') {
    const calendar = issue(req.payload, 'calendar')
    const next = await update({ calendarSalt: calendar.salt, calendarHash: calendar.hash })
    return render(req, next, t.manage.calendarReplaced)
  }
  const checked = checkChoice(raw, lang)
  if (!checked.ok)
    return page(
      400,
      lang,
      t.manage.notSaved,
      checked.errors.map((e) => e.message),
    )
  const next = await update(checked.choice)
  return render(req, next, t.manage.saved)
}

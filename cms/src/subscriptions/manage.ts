import type { PayloadRequest } from 'payload'

import { idsOf } from '../access/ownership'
import { escapeHtml } from '../email/templates'
import type { Subscription } from '../payload-types'
import { checkChoice, first, readChoiceBody } from './form'
import { links } from './links'
import { byToken, notFound, page } from './lookup'
import { subscriptionKinds, subscriptionsSlug } from './model'
import { issue } from './tokens'

type Option = { id: number | string; label: string }

async function options(req: PayloadRequest, sub: Subscription) {
  const names = async (collection: 'topics' | 'districts' | 'associations', ids?: (number | string)[]) =>
    (
      await req.payload.find({
        collection,
        where: ids ? { id: { in: ids.length ? ids : [0] } } : {},
        depth: 0,
        pagination: false,
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
  const en = sub.lang === 'en'
  const o = await options(req, sub)
  const link = links(req, sub)
  const kinds = subscriptionKinds.map((k) => ({ id: k.value, label: k.label }))
  const freq = (value: string, label: string) =>
    `<label><input type="radio" name="frequency" value="${value}"${sub.frequency === value ? ' checked' : ''}> ${label}</label> `
  const form = `<form method="post">
${boxes('topics', en ? 'Topics' : 'Themen', o.topics, idsOf(sub.topics as never))}
${boxes('districts', en ? 'Districts' : 'Stadtteile', o.districts, idsOf(sub.districts as never))}
${boxes('associations', en ? 'Clubs' : 'Vereine', o.associations, idsOf(sub.associations as never))}
${boxes('kinds', en ? 'Kinds' : 'Arten', kinds, sub.kinds ?? [])}
<fieldset><legend>${en ? 'How often' : 'Wie oft'}</legend><p>${freq('daily', en ? 'daily' : 'täglich')}${freq('weekly', en ? 'weekly' : 'wöchentlich')}</p></fieldset>
<p><button type="submit" name="action" value="save">${en ? 'Save choice' : 'Auswahl speichern'}</button></p></form>
<h2>${en ? 'Personal calendar' : 'Persönlicher Kalender'}</h2>
${link.calendar ? `<p>${en ? 'Subscribe to this address in your calendar app:' : 'Diese Adresse können Sie in Ihrem Kalender abonnieren:'}</p><p><code>${escapeHtml(link.calendar)}</code></p>` : ''}
<form method="post"><p><button type="submit" name="action" value="calendar">${en ? 'New calendar link (the old one stops working)' : 'Neuen Kalender-Link erstellen (der alte funktioniert dann nicht mehr)'}</button></p></form>
<h2>${en ? 'Unsubscribe' : 'Abbestellen'}</h2>
<form method="post"><p><button type="submit" name="action" value="unsubscribe">${en ? 'Unsubscribe and delete my address' : 'Abbestellen und meine Adresse löschen'}</button></p></form>`
  return page(
    200,
    en ? 'en' : 'de',
    en ? 'Your notifications' : 'Ihre Benachrichtigungen',
    [notice ?? (en ? `Notifications for ${sub.email}.` : `Benachrichtigungen für ${sub.email}.`)],
    form,
  )
}

async function current(req: PayloadRequest) {
  const sub = await byToken(req, 'manageHash', String(req.routeParams?.token ?? ''))
  return sub?.confirmedAt ? sub : null
}

export async function manageGet(req: PayloadRequest) {
  const sub = await current(req)
  return sub ? render(req, sub) : notFound()
}

/** Save the choice, replace the calendar link, or unsubscribe. */
export async function managePost(req: PayloadRequest) {
  const sub = await current(req)
  if (!sub) return notFound()
  const en = sub.lang === 'en'
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
    return page(200, en ? 'en' : 'de', en ? 'Unsubscribed' : 'Abbestellt', [
      en ? 'Your address and your choice are deleted.' : 'Ihre Adresse und Ihre Auswahl sind gelöscht.',
    ])
  }
  if (action === 'calendar') {
    const calendar = issue(req.payload, 'calendar')
    const next = await update({ calendarSalt: calendar.salt, calendarHash: calendar.hash })
    return render(
      req,
      next,
      en ? 'The old calendar link no longer works.' : 'Der alte Kalender-Link funktioniert nicht mehr.',
    )
  }
  const checked = checkChoice(raw, en ? 'en' : 'de')
  if (!checked.ok)
    return page(
      400,
      en ? 'en' : 'de',
      en ? 'Not saved' : 'Nicht gespeichert',
      checked.errors.map((e) => e.message),
    )
  const next = await update(checked.choice)
  return render(req, next, en ? 'Your choice is saved.' : 'Ihre Auswahl ist gespeichert.')
}

import type { PayloadRequest } from 'payload'

import { apiUrl } from '../email/links'
import type { Subscription } from '../payload-types'
import { tokenFor } from './tokens'

/** The links of a subscription, rebuilt from its salts (the tokens themselves are not stored). */
export function links(req: PayloadRequest, sub: Pick<Subscription, 'manageSalt' | 'calendarSalt'>) {
  const manage = tokenFor(req.payload, 'manage', sub.manageSalt)
  const calendar = sub.calendarSalt ? tokenFor(req.payload, 'calendar', sub.calendarSalt) : null
  return {
    confirm: apiUrl(req, `/subscriptions/confirm/${manage}`),
    manage: apiUrl(req, `/subscriptions/manage/${manage}`),
    unsubscribe: apiUrl(req, `/subscriptions/unsubscribe/${manage}`),
    calendar: calendar ? apiUrl(req, `/subscriptions/calendar/${calendar}.ics`) : null,
  }
}

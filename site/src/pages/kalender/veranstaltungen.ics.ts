import type { APIRoute } from 'astro'

import { getSnapshot, published } from '../../lib/data'
import { calendar, icsResponse } from '../../lib/feeds'
import { councilOf } from '../../lib/politics'

// All events, past included: calendar apps keep what a subscriber already has. The council's
// public meetings are events of the city too (CATEGORIES "Sitzung", the UIDs of their own feeds).
export const GET: APIRoute = ({ site, url }) =>
  icsResponse(
    calendar({
      name: 'Veranstaltungen in Neubrandenburg',
      events: published('de', 'events'),
      site: site!,
      url: url.pathname,
      meetings: { list: councilOf()?.meetings ?? [], stamp: getSnapshot().builtAt },
    }),
  )

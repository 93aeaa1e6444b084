import type { APIRoute } from 'astro'

import { published } from '../../lib/data'
import { calendar, icsResponse } from '../../lib/feeds'

// All events, past included: calendar apps keep what a subscriber already has.
export const GET: APIRoute = ({ site, url }) =>
  icsResponse(
    calendar({
      name: 'Veranstaltungen in Neubrandenburg',
      events: published('de', 'events'),
      site: site!,
      url: url.pathname,
    }),
  )

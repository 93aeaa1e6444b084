import type { APIRoute, GetStaticPaths } from 'astro'

import type { Event } from '../../../lib/data'
import { published } from '../../../lib/data'
import { keyed } from '../../../lib/deps'
import { calendar, icsResponse } from '../../../lib/feeds'

export const getStaticPaths: GetStaticPaths = keyed(() =>
  published('de', 'events').map((e) => ({ params: { slug: e.slug! }, props: { event: e } })),
)

export const GET: APIRoute = ({ props, site, url }) =>
  icsResponse(
    calendar({
      name: (props.event as Event).title,
      events: [props.event as Event],
      site: site!,
      url: url.pathname,
      single: true,
    }),
  )

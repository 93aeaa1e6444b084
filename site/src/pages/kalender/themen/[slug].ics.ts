import type { APIRoute, GetStaticPaths } from 'astro'

import { eventsByTopic, published } from '../../../lib/data'
import { keyed } from '../../../lib/deps'
import { calendar, icsResponse } from '../../../lib/feeds'

export const getStaticPaths: GetStaticPaths = keyed(() =>
  published('de', 'topics').map((t) => ({
    params: { slug: t.slug! },
    props: { id: String(t.id), name: t.name },
  })),
)

export const GET: APIRoute = ({ props, site, url }) => {
  const events = eventsByTopic('de', props.id)
  return icsResponse(
    calendar({ name: `Veranstaltungen zum Thema ${props.name}`, events, site: site!, url: url.pathname }),
  )
}

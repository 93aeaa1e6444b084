import type { APIRoute, GetStaticPaths } from 'astro'

import { eventsByOrganizer, sortedAssociations } from '../../../lib/data'
import { keyed } from '../../../lib/deps'
import { calendar, icsResponse } from '../../../lib/feeds'

export const getStaticPaths: GetStaticPaths = keyed(() =>
  sortedAssociations('de').map((a) => ({
    params: { slug: a.slug! },
    props: { id: String(a.id), name: a.name },
  })),
)

export const GET: APIRoute = ({ props, site, url }) => {
  const events = eventsByOrganizer('de', props.id)
  return icsResponse(
    calendar({ name: `Veranstaltungen: ${props.name}`, events, site: site!, url: url.pathname }),
  )
}

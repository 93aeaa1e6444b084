import type { APIRoute, GetStaticPaths } from 'astro'

import { idOf, published, sortedAssociations } from '../../../lib/data'
import { calendar, icsResponse } from '../../../lib/feeds'

export const getStaticPaths: GetStaticPaths = () =>
  sortedAssociations('de').map((a) => ({ params: { slug: a.slug! }, props: { id: String(a.id), name: a.name } }))

export const GET: APIRoute = ({ props, site }) => {
  const events = published('de', 'events').filter((e) => (e.organizers ?? []).some((o) => idOf(o) === props.id))
  return icsResponse(calendar({ name: `Veranstaltungen: ${props.name}`, events, site: site! }))
}

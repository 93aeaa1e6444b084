import type { APIRoute, GetStaticPaths } from 'astro'

import { getSnapshot } from '../../../lib/data'
import { keyed } from '../../../lib/deps'
import { icsResponse } from '../../../lib/feeds'
import { meetingCalendar } from '../../../lib/meeting-feed'
import { committees, councilOf } from '../../../lib/politics'

// One calendar per body (Stadtvertretung, each committee) that has a meeting in the build.
export const getStaticPaths: GetStaticPaths = keyed(() =>
  committees().map((c) => ({ params: { slug: c.slug }, props: { id: c.id, name: c.name } })),
)

export const GET: APIRoute = ({ site, props }) => {
  const { id, name } = props as { id: string; name: string }
  return icsResponse(
    meetingCalendar({
      name: `Sitzungen: ${name}`,
      meetings: (councilOf()?.meetings ?? []).filter((m) => m.organizations.some((o) => o.id === id)),
      site: site!,
      stamp: getSnapshot().builtAt,
    }),
  )
}

import type { APIRoute } from 'astro'

import { getSnapshot } from '../../lib/data'
import { icsResponse } from '../../lib/feeds'
import { meetingCalendar } from '../../lib/meeting-feed'
import { councilOf } from '../../lib/politics'

// Every meeting the build knows (six months back and ahead): calendar apps keep what they have.
export const GET: APIRoute = ({ site }) =>
  icsResponse(
    meetingCalendar({
      name: 'Sitzungen der Stadtvertretung Neubrandenburg',
      meetings: councilOf()?.meetings ?? [],
      site: site!,
      stamp: getSnapshot().builtAt,
    }),
  )

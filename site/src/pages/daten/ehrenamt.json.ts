import type { APIRoute } from 'astro'

import { getSnapshot } from '../../lib/data'
import { opportunityRows, dataJson } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) =>
  dataJson('Ehrenamtsangebote in Neubrandenburg', opportunityRows(site!), getSnapshot().builtAt)

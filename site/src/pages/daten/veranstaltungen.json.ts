import type { APIRoute } from 'astro'

import { getSnapshot } from '../../lib/data'
import { eventRows, dataJson } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) =>
  dataJson('Veranstaltungen in Neubrandenburg', eventRows(site!), getSnapshot().builtAt)

import type { APIRoute } from 'astro'

import { getSnapshot } from '../../lib/data'
import { associationRows, dataJson } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) =>
  dataJson('Vereine und Initiativen in Neubrandenburg', associationRows(site!), getSnapshot().builtAt)

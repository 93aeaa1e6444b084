import type { APIRoute } from 'astro'

import { getSnapshot } from '../../lib/data'
import { dataJson, enquiryRows } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) =>
  dataJson('Anfragen an Vereine und Ehrenamtsangebote (Anzahl)', enquiryRows(site!), getSnapshot().builtAt)

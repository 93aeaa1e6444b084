import type { APIRoute } from 'astro'

import { opportunityRows, dataCsv } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) => dataCsv(opportunityRows(site!))

import type { APIRoute } from 'astro'

import { associationRows, dataCsv } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) => dataCsv(associationRows(site!))

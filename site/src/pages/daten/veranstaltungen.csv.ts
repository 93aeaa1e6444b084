import type { APIRoute } from 'astro'

import { eventRows, dataCsv } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) => dataCsv(eventRows(site!))

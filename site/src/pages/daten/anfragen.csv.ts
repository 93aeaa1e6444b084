import type { APIRoute } from 'astro'

import { dataCsv, enquiryRows } from '../../lib/feeds'

export const GET: APIRoute = ({ site }) => dataCsv(enquiryRows(site!))

import type { APIRoute } from 'astro'

import { catalogue } from '../../lib/dcat'

// The DCAT-AP.de catalogue of everything under /daten/ (issue 20), for open data portals.
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogue(site!), null, 1), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  })

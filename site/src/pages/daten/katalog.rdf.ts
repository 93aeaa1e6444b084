import type { APIRoute } from 'astro'

import { catalogue } from '../../lib/dcat'
import { toRdfXml } from '../../lib/rdfxml'

// The DCAT-AP.de catalogue as RDF/XML (issue 20), which GovData's harvester reads: the same
// object as katalog.jsonld, only serialised differently.
export const GET: APIRoute = ({ site }) =>
  new Response(toRdfXml(catalogue(site!)), {
    headers: { 'content-type': 'application/rdf+xml; charset=utf-8' },
  })

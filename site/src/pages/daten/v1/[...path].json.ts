import type { APIRoute, GetStaticPaths } from 'astro'

import { keyed } from '../../../lib/deps'
import {
  feedKinds,
  feedPage,
  feedPath,
  pagesOf,
  selections,
  type Selection,
} from '../../../lib/partner-feed/feeds'
import { jsonSchemaOf, type FeedKind } from '../../../lib/partner-feed/schema'

// The partner feeds (/daten/v1/<auswahl>/<art>[-seite-N].json) and, next to them, the JSON Schema
// of each kind (/daten/v1/<art>.schema.json). CORS for GET comes from netlify.toml.
type Props = { kind: FeedKind; selection: Selection; page: number } | { kind: FeedKind; schema: true }

export const getStaticPaths: GetStaticPaths = keyed(() => [
  ...feedKinds.map((kind) => ({
    params: { path: `${kind}.schema` },
    props: { kind, schema: true } as Props,
  })),
  ...selections().flatMap((selection) =>
    feedKinds.flatMap((kind) =>
      Array.from({ length: pagesOf(kind, selection) }, (_, i) => ({
        params: { path: feedPath(kind, selection, i + 1) },
        props: { kind, selection, page: i + 1 } as Props,
      })),
    ),
  ),
])

const json = (body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { headers: { 'content-type': `${type}; charset=utf-8` } })

export const GET: APIRoute = ({ props, site }) => {
  const p = props as Props
  if ('schema' in p) return json(jsonSchemaOf(p.kind, site!), 'application/schema+json')
  return json(feedPage(p.kind, p.selection, p.page, site!))
}

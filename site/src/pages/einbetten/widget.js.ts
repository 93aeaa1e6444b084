import type { APIRoute } from 'astro'

// The web component for partner sites as one plain file at a stable address; the Einbetten page
// bundles the same source for its preview (lib/embed-builder.ts).
import source from '../../lib/embed-widget.js?raw'

export const GET: APIRoute = () =>
  new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })

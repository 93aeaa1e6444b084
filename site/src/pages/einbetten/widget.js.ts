import type { APIRoute } from 'astro'

import { widgetTexts } from '../../lib/embeds'
// The web component for partner sites as one plain file at a stable address, with its texts in
// every site language written in from the catalogues (the Einbetten page previews this file).
import source from '../../lib/embed-widget.js?raw'

const marker = '{} // @texts'

export const GET: APIRoute = () => {
  if (!source.includes(marker))
    throw new Error(`embed-widget.js: Die Stelle „${marker}“ für die Texte fehlt.`)
  const body = source.replace(marker, JSON.stringify(widgetTexts()))
  return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
}

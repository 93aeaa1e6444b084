import type { APIRoute, GetStaticPaths } from 'astro'

import type { Locale } from '../../lib/cms'
import { settings } from '../../lib/data'
import { keyed } from '../../lib/deps'
import { localeInfo } from '../../../../cms/src/locales'
import { t } from '../../lib/i18n'
import { hrefFor, localeParams } from '../../lib/paths'
import { brand, icons } from '../../lib/pwa/mark'

// The web app manifest, one per language (/manifest.webmanifest, /en/manifest.webmanifest, …): the
// installed app starts in the language it was installed from. All share the scope, so links
// between the languages stay inside the app.
export const getStaticPaths: GetStaticPaths = keyed(() => localeParams())

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale
  const s = t(locale)
  const name = settings(locale)?.siteName || s.siteName
  const icon = (n: string) => icons.find((i) => i.name === n)!
  const entry = (n: string) => ({
    src: `/icons/${n}.png`,
    sizes: `${icon(n).size}x${icon(n).size}`,
    type: 'image/png',
    purpose: icon(n).purpose,
  })
  const shortcut = (label: string, path: string, description: string) => ({
    name: label,
    short_name: label,
    description,
    url: hrefFor(locale, path),
    icons: [entry('icon-96')],
  })
  const manifest = {
    id: hrefFor(locale, '/'),
    name,
    short_name: 'Unser NB',
    description: s.appDescription,
    lang: localeInfo(locale).hreflang,
    dir: localeInfo(locale).dir,
    start_url: hrefFor(locale, '/'),
    scope: '/',
    display: 'standalone',
    background_color: brand.white,
    theme_color: brand.blue,
    icons: [entry('icon-192'), entry('icon-512'), entry('maskable-192'), entry('maskable-512')],
    shortcuts: [
      shortcut(s.events, '/veranstaltungen/', s.appEventsHint),
      shortcut(s.volunteering, '/ehrenamt/', s.appVolunteeringHint),
      shortcut(s.search, '/suche/', s.appSearchHint),
    ],
  }
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  })
}

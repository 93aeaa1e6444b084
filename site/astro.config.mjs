// @ts-check
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { contentLocales, defaultLocale } from '../cms/src/locales.ts'
import { isForwardingPath } from './src/lib/legacy-facets.ts'
import { hreflangAlternates, lastmodFromEnv } from './src/lib/sitemap.ts'

// The public address the site is deployed under (Netlify); used for canonical URLs, feeds, sitemap.
const site = process.env.SITE_URL || 'https://unser-nb.de'
// Each address's last change, from the content this build renders (src/lib/sitemap.ts).
const lastmod = lastmodFromEnv()
// hreflang alternates for every language of the one list (cms/src/locales.ts).
const alternates = hreflangAlternates(
  site,
  defaultLocale,
  Object.fromEntries(contentLocales.map((l) => [l.code, l.hreflang])),
)

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One cached stylesheet instead of inline styles: keeps the CSP free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // Scripts as files, never inline: the CSP allows only scripts from our own origin ('self').
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Publishing rebuilds only the pages whose content changed (scripts/build-site.ts turns it on
  // with a cache directory that outlives the build; site/src/lib/deps.ts supplies the keys).
  experimental: { incrementalBuild: Boolean(process.env.NB_SITE_DEPS) },
  integrations: [
    sitemap({
      // Not for search engines: the not-found and offline pages, the personal Merkliste, and the
      // pages that only forward old filter addresses.
      filter: (page) => {
        const keep =
          !/\/(404|offline|merkliste)\/?$/.test(page) &&
          !isForwardingPath(new URL(page).pathname) &&
          // The embeds are parts of other sites' pages, not pages of their own.
          !/^\/einbetten\/.+/.test(new URL(page).pathname)
        if (keep) alternates.add(page)
        return keep
      },
      serialize: (item) => ({
        ...item,
        links: alternates.of(item.url),
        ...(lastmod ? { lastmod: lastmod(new URL(item.url).pathname) } : {}),
      }),
    }),
  ],
})

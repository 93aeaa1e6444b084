import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { sortedNews } from '../../lib/data'
import { docHref } from '../../lib/paths'

export const GET: APIRoute = ({ site }) =>
  rss({
    title: 'Aktuelles – Unser Neubrandenburg',
    description: 'Meldungen der Stadt und der Vereine in Neubrandenburg',
    site: site!,
    customData: '<language>de-de</language>',
    items: sortedNews('de')
      .slice(0, 50)
      .map((n) => ({
        title: n.title,
        link: docHref('de', 'news', n),
        pubDate: new Date(n.publishedDate ?? n.createdAt),
        description: n.excerpt ?? undefined,
      })),
  })

import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { sortedNews } from '../../lib/data'
import { docHref } from '../../lib/paths'

export const GET: APIRoute = ({ site }) => {
  const news = sortedNews('de').slice(0, 50)
  const self = new URL('/aktuelles/rss.xml', site).href
  // The channel changed last when its newest item was published or any item was edited.
  const changed = news
    .map((n) => n.updatedAt)
    .concat(news.map((n) => n.publishedDate ?? n.createdAt))
    .sort()
    .at(-1)
  return rss({
    title: 'Aktuelles – Unser Neubrandenburg',
    description: 'Meldungen der Stadt und der Vereine in Neubrandenburg',
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>de-de</language>',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
      changed ? `<lastBuildDate>${new Date(changed).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: news.map((n) => ({
      title: n.title,
      link: docHref('de', 'news', n),
      pubDate: new Date(n.publishedDate ?? n.createdAt),
      description: n.excerpt ?? undefined,
    })),
  })
}

import type { APIRoute } from 'astro'

import { locales } from '../../lib/cms'
import { content } from '../../lib/data'

// The words of the searchable text (titles, short texts, bodies, places), for the search page: it
// checks each typed word against them and replaces an unknown one by the closest (typo tolerance).
// Loaded with the search index, on the first keystroke.
export const GET: APIRoute = () => {
  const words = new Set<string>()
  const add = (text: string | null | undefined) => {
    for (const w of (text ?? '').toLocaleLowerCase('de').match(/\p{L}{4,}/gu) ?? []) words.add(w)
  }
  for (const locale of locales) {
    const c = content(locale)
    for (const a of c.associations) [a.name, a.shortDescription].forEach(add)
    for (const e of c.events) [e.title, e.summary, e.venue?.name].forEach(add)
    for (const o of c.opportunities) [o.title, o.summary].forEach(add)
    for (const n of c.news) [n.title, n.excerpt].forEach(add)
    for (const t of [...c.topics, ...c.districts]) add(t.name)
    for (const html of Object.values(c.html)) add(html.replace(/<[^>]+>/g, ' '))
  }
  return new Response(JSON.stringify([...words].sort()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

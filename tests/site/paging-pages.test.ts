import { describe, expect, it } from 'vitest'

import { groupedPagesOf, pageHref, pagedEntries, pagesOf } from '../../site/src/lib/paging'

// How lists are cut into pages (site/src/lib/paging.ts); the built pages: paging.test.ts.
const day = (d: string, n: number) => Array.from({ length: n }, (_, i) => ({ day: d, i }))

describe('list pages', () => {
  it('flat lists: pages of 50, an empty list is one empty page', () => {
    expect(pagesOf(Array.from({ length: 101 }, (_, i) => i)).map((p) => p.length)).toEqual([50, 50, 1])
    expect(pagesOf([])).toEqual([[]])
    expect(pageHref('/vereine/', 1)).toBe('/vereine/')
    expect(pageHref('/vereine/', 3)).toBe('/vereine/seite/3/')
  })

  it('agendas: whole days while a page holds at most 50; only a day larger than a page is split', () => {
    const items = [...day('a', 30), ...day('b', 30), ...day('c', 10), ...day('d', 120), ...day('e', 5)]
    const pages = groupedPagesOf(items, (x) => x.day)
    expect(pages.map((p) => p.length)).toEqual([30, 40, 50, 50, 25])
    expect(pages.map((p) => [...new Set(p.map((x) => x.day))].join(''))).toEqual(['a', 'bc', 'd', 'd', 'de'])
    expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(50)
    expect(groupedPagesOf([], (x: { day: string }) => x.day)).toEqual([[]])
  })

  it('route entries: the first page at the list, the others numbered from 2, each knowing its place', () => {
    const pages = pagesOf(Array.from({ length: 120 }, (_, i) => i))
    const first = pagedEntries({ lang: undefined }, { locale: 'de' }, pages, '/aktuelles/', true)
    const rest = pagedEntries({ lang: undefined }, { locale: 'de' }, pages, '/aktuelles/', false)
    expect(first.map((e) => e.params)).toEqual([{ lang: undefined }])
    expect(rest.map((e) => (e.params as { page?: string }).page)).toEqual(['2', '3'])
    expect(rest[1].props.paging).toEqual({ page: 3, count: 3, base: '/aktuelles/', total: 120 })
    expect(rest[1].props.items).toHaveLength(20)
  })
})

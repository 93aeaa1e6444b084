import { describe, expect, it } from 'vitest'

import { calendarPagesOf, groupedPagesOf, pageHref, pagedEntries, pagesOf } from '../../site/src/lib/paging'

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

  it('agendas by date: blocks of calendar weeks, the same cut forwards and backwards, stable when one is added', () => {
    // Nine weeks from Monday 30 November 2026, five events each Wednesday and Saturday: 10 a week,
    // so blocks of 4 weeks (about 40 a page) counted from Monday 5 January 1970.
    const dayAt = (n: number) => new Date(Date.UTC(2026, 10, 30 + n)).toISOString().slice(0, 10)
    const items = Array.from({ length: 9 }, (_, w) => [
      ...day(dayAt(7 * w + 2), 5),
      ...day(dayAt(7 * w + 5), 5),
    ]).flat()
    const span = (p: { day: string }[]) => `${p[0].day}..${p[p.length - 1].day}`
    const pages = calendarPagesOf(items, (x) => x.day)
    expect(pages.map((p) => p.length)).toEqual([30, 40, 20])
    expect(pages.map(span)).toEqual([
      '2026-12-02..2026-12-19',
      '2026-12-23..2027-01-16',
      '2027-01-20..2027-01-30',
    ])
    // The archive lists the newest first: the same pages, in the other order.
    const backwards = calendarPagesOf([...items].reverse(), (x) => x.day)
    expect(backwards.map((p) => p.length)).toEqual([20, 40, 30])
    // One more event moves no boundary: only its own page changes.
    const added = [...items.slice(0, 45), { day: dayAt(30), i: 99 }, ...items.slice(45)]
    const after = calendarPagesOf(added, (x) => x.day)
    expect(after.map((p) => p.length)).toEqual([30, 41, 20])
    expect([after[0], after[2]]).toEqual([pages[0], pages[2]])
    // A list that fits on one page is one page; every page holds at most 50.
    expect(calendarPagesOf(items.slice(0, 50), (x) => x.day)).toHaveLength(1)
    const dense = Array.from({ length: 20 }, (_, n) => day(dayAt(n), 12)).flat()
    expect(Math.max(...calendarPagesOf(dense, (x) => x.day).map((p) => p.length))).toBeLessThanOrEqual(50)
    // An agenda of several pages leaves the list's total out of its pages; one page keeps it.
    const entries = pagedEntries({}, {}, pages, '/veranstaltungen/', false, { total: false })
    expect(entries.map((e) => e.props.paging.total)).toEqual([undefined, undefined])
    expect(
      pagedEntries({}, {}, [items.slice(0, 5)], '/x/', true, { total: false })[0].props.paging.total,
    ).toBe(5)
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

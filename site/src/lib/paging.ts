// Long lists come in pages of about 50 entries: the first page at the list's own address, the
// others at <list>/seite/<n>/. At city scale a list of every entry was close to 1 MB of HTML, too
// heavy for a cheap phone; every list page stays under 100 KB this way (`npm run bench` shows it).
// Without JavaScript, the filter links lead to filter pages that are paged the same way; the
// filter script loads the other pages only when a visitor combines filters (FilterPanel.astro).
// An agenda's pages are cut at dates (calendarPagesOf), so that a new event changes the pages of
// its own days and not every page after it: a publish renders only the pages that changed.

export const pageSize = 50

/** Where a page of a list lives; `base` is the list's address, ending in "/". */
export const pageHref = (base: string, page: number) => (page <= 1 ? base : `${base}seite/${page}/`)

/** Entries in pages of `size`; an empty list is one empty page (the list page always exists). */
export function pagesOf<T>(items: T[], size = pageSize): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}

/**
 * Entries in pages that keep groups (an agenda's days) together: a page takes whole groups while
 * it holds at most `size` entries. Only a group larger than a page is split (its heading then
 * repeats on the next page), so no page ever holds more than `size` entries.
 */
export function groupedPagesOf<T>(items: T[], groupOf: (item: T) => string, size = pageSize): T[][] {
  const groups: T[][] = []
  let key: string | undefined
  for (const item of items) {
    const g = groupOf(item)
    if (g !== key || !groups.length) groups.push([])
    key = g
    groups[groups.length - 1].push(item)
  }
  const pages: T[][] = []
  let current: T[] = []
  for (const group of groups.flatMap((g) => pagesOf(g, size))) {
    if (current.length && current.length + group.length > size) {
      pages.push(current)
      current = []
    }
    current.push(...group)
  }
  if (current.length || !pages.length) pages.push(current)
  return pages
}

/** Weeks since Monday 5 January 1970 of a calendar day ("yyyy-mm-dd"): weeks run Monday to Sunday. */
export const weekOf = (day: string) =>
  Math.floor((Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000 - 4) / 7)

/**
 * An agenda's pages, cut at dates instead of counts. The greedy cut of groupedPagesOf moves every
 * later page's first day when one event is added, so a publish rendered every page of every list
 * the event is on (805 pages at city scale for one new event). Here the entries fall into blocks of
 * 1, 2, 4 or 8 calendar weeks, counted from a fixed Monday: the longest block that keeps a page at
 * about `size` entries on average. A block with more entries than a page holds is cut at days as
 * groupedPagesOf does, so a new event moves the boundaries of its own block only. The block length
 * changes only when the list grows or shrinks past a power of two, and a list that fits on one page
 * stays one page.
 */
export function calendarPagesOf<T>(items: T[], dayOf: (item: T) => string, size = pageSize): T[][] {
  if (items.length <= size) return [items]
  // Items come in date order, forwards or (the archive) backwards.
  const weeks = items.map((item) => weekOf(dayOf(item)))
  const perWeek = items.length / (Math.abs(weeks[weeks.length - 1] - weeks[0]) + 1)
  let span = 1
  while (span < 8 && perWeek * span * 2 <= size) span *= 2
  const blocks: T[][] = []
  let key: number | undefined
  items.forEach((item, n) => {
    const block = Math.floor(weeks[n] / span)
    if (block !== key) blocks.push([])
    key = block
    blocks[blocks.length - 1].push(item)
  })
  return blocks.flatMap((block) => groupedPagesOf(block, dayOf, size))
}

/**
 * What a list page knows about its place in the list (Pagination.astro, titles, the filter script).
 * `total`, the whole list's entries, only where every page may show it: an agenda's pages leave it
 * out when there are several, or each new event would change all of them.
 */
export type PageOf = { page: number; count: number; base: string; total?: number }

/**
 * getStaticPaths entries for a paged list: `first` chooses page 1 (the list's own route) or the
 * others (the route under seite/[page]); the props carry the page's entries and its place. `props`
 * may differ per page (a function of the page's index), so that a page carries only what it shows;
 * `total: false` leaves the list's total out of every page of a list with several pages.
 */
export function pagedEntries<T, P extends object, X extends object>(
  params: P,
  props: X | ((index: number) => X),
  pages: T[][],
  base: string,
  first: boolean,
  options: { total?: boolean } = {},
) {
  const total = pages.reduce((n, p) => n + p.length, 0)
  const shown = options.total !== false || pages.length === 1
  return pages
    .map((items, n) => ({
      params: first ? params : { ...params, page: String(n + 1) },
      props: {
        ...(typeof props === 'function' ? props(n) : props),
        items,
        paging: { page: n + 1, count: pages.length, base, ...(shown ? { total } : {}) } as PageOf,
      },
    }))
    .filter((_, n) => (first ? n === 0 : n > 0))
}

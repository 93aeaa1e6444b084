// Long lists come in pages of about 50 entries: the first page at the list's own address, the
// others at <list>/seite/<n>/. At city scale a list of every entry was close to 1 MB of HTML, too
// heavy for a cheap phone; every list page stays under 100 KB this way (`npm run bench` shows it).
// Without JavaScript, the filter links lead to filter pages that are paged the same way; the
// filter script loads the other pages only when a visitor combines filters (FilterPanel.astro).

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

/** What a list page knows about its place in the list (Pagination.astro, titles, the filter script). */
export type PageOf = { page: number; count: number; base: string; total: number }

/**
 * getStaticPaths entries for a paged list: `first` chooses page 1 (the list's own route) or the
 * others (the route under seite/[page]); the props carry the page's entries and its place.
 */
export function pagedEntries<T, P extends object, X extends object>(
  params: P,
  props: X,
  pages: T[][],
  base: string,
  first: boolean,
) {
  const total = pages.reduce((n, p) => n + p.length, 0)
  return pages
    .map((items, n) => ({
      params: first ? params : { ...params, page: String(n + 1) },
      props: { ...props, items, paging: { page: n + 1, count: pages.length, base, total } as PageOf },
    }))
    .filter((_, n) => (first ? n === 0 : n > 0))
}

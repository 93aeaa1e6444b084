// The filter script's view of a paged list (lib/paging.ts): the entries of the other pages are
// fetched from the built pages themselves (no second copy of the list to build and keep in step)
// and merged into this page's list, marked data-other-page. Groups with a data-merge-key (an
// agenda's months) that a page boundary split are joined into one.

import { pageHref } from '../lib/paging'

async function listOf(url: string, id: string): Promise<HTMLElement> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html')
  const list = doc.getElementById(id)
  if (!list) throw new Error(`${url}: #${id} fehlt`)
  return list
}

/** Moves `from`'s children into `to`, before its first child (earlier pages) or after its last. */
function merge(to: Element, from: Element, before: boolean) {
  const anchor = before ? to.firstChild : null
  for (const child of Array.from(from.children)) {
    const key = child.getAttribute('data-merge-key')
    const same = key ? to.querySelector(`:scope > [data-merge-key="${CSS.escape(key)}"]`) : null
    const inner = same?.querySelector(':scope > ol, :scope > ul')
    const incoming = child.querySelector(':scope > ol, :scope > ul')
    if (inner && incoming) {
      merge(inner, incoming, before)
      continue
    }
    for (const item of child.matches('[data-filter-item]')
      ? [child]
      : child.querySelectorAll('[data-filter-item]'))
      item.setAttribute('data-other-page', '')
    to.insertBefore(document.adoptNode(child), anchor)
  }
}

/** Loads every page but `current` of the list at `base` and merges its entries into `list`, in order. */
export async function loadOtherPages(list: HTMLElement, base: string, count: number, current: number) {
  const others = Array.from({ length: count }, (_, n) => n + 1).filter((n) => n !== current)
  const lists = await Promise.all(others.map((n) => listOf(pageHref(base, n), list.id)))
  // Earlier pages go before this page's entries, nearest first; later ones after, in order.
  for (let i = others.length - 1; i >= 0; i--) if (others[i] < current) merge(list, lists[i], true)
  others.forEach((n, i) => n > current && merge(list, lists[i], false))
}

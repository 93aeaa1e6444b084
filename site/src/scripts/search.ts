// The search page: Pagefind's JS API with our own German, accessible result list.
// - Natural queries: filler words are dropped, each remaining word is searched on its own, pages
//   with all words come first, pages with some of them follow in their own list.
// - A word that finds nothing is replaced by the closest word of the site (/suche/woerter.json).
// - Each hit says what it is (the Typ filter), events say when and where; the dates of one
//   repeated event are collapsed into one hit.
// - The index loads on the first keystroke (or at once for a ?q= link), not when the page opens.
import { pluralText, type PluralForms } from '../i18n/plural'
import { closestWord, fold, knownWord, queryTerms } from './search-query'

type Fragment = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}
type Result = { id: string; score: number; data: () => Promise<Fragment> }
type Pagefind = {
  options: (o: object) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (path: string, o?: object) => Promise<void>
  search: (q: string, o?: object) => Promise<{ results: Result[] } | null>
}
type Entry = { result: Result; matched: number; score: number }
type Hit = Fragment & { more: Fragment[] }

const shown = 20
const loaded = 50

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!
const input = form.querySelector<HTMLInputElement>('input[name=q]')!
const status = document.querySelector<HTMLElement>('[data-search-status]')!
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!
const partialHeading = document.querySelector<HTMLElement>('[data-search-partial-heading]')!
const partialList = document.querySelector<HTMLOListElement>('[data-search-partial]')!
const selects = Array.from(
  document.querySelectorAll<HTMLSelectElement>('[data-search-filters] select[data-filter]'),
)
const messages = JSON.parse(status.dataset.messages ?? '{}') as Record<string, string>
const msg = (key: string, values: Record<string, string | number> = {}) =>
  (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))
const lang = document.documentElement.lang
// The page's Intl tag (Arabic with Latin digits, cms/src/locales.ts) and the plural forms of the count.
const intl = status.dataset.intl ?? lang
const countForms = JSON.parse(status.dataset.count ?? '{"other":"#"}') as PluralForms
const shortDate = new Intl.DateTimeFormat(intl, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
})

let pagefind: Promise<Pagefind> | undefined
let vocabulary: Promise<{ words: string[]; folded: string[] }> | undefined

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js'
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind
    const options = { excerptLength: 24, excerptEllipsis: '…' }
    await pf.options(options)
    await pf.init()
    // The index comes in shards (scripts/lib/search-index.ts): /pagefind/ is the primary one, the
    // shards with pages in this page's language are merged into it. Without the list the primary
    // index still answers.
    const shards: Record<string, string[]> = await fetch('/pagefind/shards.json')
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}))
      .catch(() => ({}))
    const own = shards[lang.toLowerCase()] ?? shards[lang.toLowerCase().split('-')[0]] ?? []
    await Promise.all(own.map((shard) => pf.mergeIndex(`/pagefind/${shard}/`, options)))
    return pf
  })()
  return pagefind
}

// The site's words (a few KB gzipped), loaded with the index.
function siteWords() {
  vocabulary ??= fetch('/suche/woerter.json')
    .then((r) => r.json() as Promise<string[]>)
    .then((list) => ({ words: list, folded: list.map(fold) }))
    .catch(() => ({ words: [], folded: [] }))
  return vocabulary
}

/**
 * Every word searched alone, then merged: pages with all words first. A word the site does not
 * know is replaced by its closest known word; a known word that finds nothing is corrected too.
 */
async function find(query: string, filters: Record<string, string>) {
  const [pf, vocab] = await Promise.all([load(), siteWords()])
  const search = async (q: string) => (await pf.search(q, { filters }))?.results ?? []
  const parts = await Promise.all(
    queryTerms(query, lang).map(async (term) => {
      const known = !vocab.words.length || knownWord(term, vocab.folded)
      const results = known ? await search(term) : []
      if (results.length) return { term, used: term, results }
      const alternative = closestWord(term, vocab.words)
      if (alternative) return { term, used: alternative, results: await search(alternative) }
      // Neither known nor close to a known word: Pagefind would only match its first letters.
      return { term, used: term, results: [] }
    }),
  )
  const usable = parts.filter((w) => w.results.length)
  const entries = new Map<string, Entry>()
  if (usable.length > 1) {
    for (const r of await search(usable.map((w) => w.used).join(' ')))
      entries.set(r.id, { result: r, matched: usable.length, score: r.score })
  }
  for (const w of usable) {
    for (const r of w.results) {
      const e = entries.get(r.id)
      if (!e) entries.set(r.id, { result: r, matched: 1, score: r.score })
      else if (e.matched < usable.length) [e.matched, e.score] = [e.matched + 1, e.score + r.score]
    }
  }
  const ranked = [...entries.values()].sort((a, b) => b.matched - a.matched || b.score - a.score)
  const corrected = parts.filter((w) => w.used !== w.term && w.results.length)
  return {
    ranked,
    all: Math.max(usable.length, 1),
    corrected,
    missing: parts.filter((w) => !w.results.length).map((w) => w.term),
  }
}

const kindOf = (f: Fragment) => f.filters.Typ?.[0] ?? ''

/** Dates of one repeated event become one hit: the next date, with the others as links. */
/** A hit as the plain fragment it came from (its list of further dates left out). */
function withoutMore(f: Hit | Fragment): Fragment {
  if (!('more' in f)) return f
  const { more: _more, ...fragment } = f
  return fragment
}

function collapse(fragments: Fragment[]): Hit[] {
  const hits: Hit[] = []
  const series = new Map<string, Hit>()
  const today = new Date().toISOString()
  for (const f of fragments) {
    const key = f.meta.start ? `${kindOf(f)}|${f.meta.title}` : ''
    const first = key ? series.get(key) : undefined
    if (!first) {
      const hit = { ...f, more: [] }
      hits.push(hit)
      if (key) series.set(key, hit)
      continue
    }
    first.more.push(f)
  }
  for (const hit of hits) {
    if (!hit.more.length) continue
    const dates = ([hit, ...hit.more] as (Hit | Fragment)[])
      .map(withoutMore)
      .sort((a, b) => a.meta.start!.localeCompare(b.meta.start!))
    const next = dates.find((d) => new Date(d.meta.start!).toISOString() >= today) ?? dates[dates.length - 1]
    Object.assign(hit, next, { excerpt: hit.excerpt, more: dates.filter((d) => d !== next) })
  }
  return hits
}

function renderExcerpt(target: HTMLElement, excerpt: string) {
  // Only <mark> survives; everything else becomes text.
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html')
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      target.append(mark)
    } else target.append(node.textContent ?? '')
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag)
  if (className) el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

function renderHit(hit: Hit, level: 'h2' | 'h3') {
  const li = element('li', 'hit')
  const h = element(level, 'hit-title')
  const a = element('a', '', hit.meta.title ?? hit.url)
  a.href = hit.url
  // A German name inside a right-to-left page keeps its own order ("1921 e. V.").
  if (document.documentElement.dir === 'rtl') a.dir = 'auto'
  h.append(a)
  const facts = element('p', 'hit-facts')
  facts.append(element('span', 'hit-kind', kindOf(hit)))
  if (hit.meta.cancelled) facts.append(' ', element('span', 'badge-cancelled', hit.meta.cancelled))
  // Separated as in the site's lists: as text, so they do not run together when read aloud.
  for (const value of [hit.meta.when, hit.meta.place])
    if (value) facts.append(' · ', element('span', 'hit-fact', value))
  const excerpt = element('p', 'hit-excerpt')
  renderExcerpt(excerpt, hit.excerpt)
  li.append(h, facts, excerpt)
  if (hit.more.length) {
    const more = element('p', 'hit-more', msg('more'))
    hit.more.forEach((d, n) => {
      const link = element('a', '', shortDate.format(new Date(d.meta.start!)))
      link.href = d.url
      more.append(n ? ', ' : ' ', link)
    })
    li.append(more)
  }
  return li
}

let run = 0
async function search() {
  const query = input.value.trim()
  const id = ++run
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]))
  const url = new URL(location.href)
  url.search = query ? `?q=${encodeURIComponent(query)}` : ''
  history.replaceState(null, '', url)
  if (!query) {
    list.replaceChildren()
    partialList.replaceChildren()
    partialHeading.hidden = true
    status.textContent = ''
    return
  }
  status.textContent = msg('running')
  const { ranked, all, corrected } = await find(query, filters)
  if (id !== run) return
  const fragments = await Promise.all(ranked.slice(0, loaded).map((e) => e.result.data()))
  if (id !== run) return
  const full: Fragment[] = []
  const partial: Fragment[] = []
  fragments.forEach((f, n) => (ranked[n].matched === all ? full : partial).push(f))
  const fullHits = collapse(full)
  const partialHits = collapse(partial)
  const fullCount = ranked.filter((e) => e.matched === all).length - (full.length - fullHits.length)
  const total = ranked.length - (fragments.length - fullHits.length - partialHits.length)
  const visibleFull = fullHits.slice(0, shown)
  const visiblePartial = partialHits.slice(0, Math.max(0, shown - visibleFull.length))
  list.replaceChildren(...visibleFull.map((h) => renderHit(h, 'h2')))
  partialList.replaceChildren(...visiblePartial.map((h) => renderHit(h, 'h3')))
  partialHeading.hidden = visiblePartial.length === 0
  // The words as the reader typed them (terms are lowercased).
  const typed = (term: string) =>
    query.match(/[\p{L}\p{N}]+/gu)?.find((w) => w.toLocaleLowerCase(lang) === term) ?? term
  const prefix = corrected.length
    ? msg('corrected', {
        q: corrected.map((w) => typed(w.term)).join(' '),
        alt: corrected.map((w) => w.used).join(' '),
      })
    : ''
  const counts =
    fullCount === total
      ? pluralText(intl, countForms, total)
      : fullCount
        ? msg('countSome', { n: fullCount, m: total - fullCount })
        : `${pluralText(intl, countForms, total)}${msg('onlySome')}`
  status.textContent = total
    ? `${prefix}${counts}${total > visibleFull.length + visiblePartial.length ? msg('first', { n: shown }) : ''}.`
    : msg('none', { q: query })
}

let timer: ReturnType<typeof setTimeout> | undefined
form.addEventListener('submit', (e) => {
  e.preventDefault()
  clearTimeout(timer)
  void search()
})
input.addEventListener('input', () => {
  void load()
  void siteWords()
  clearTimeout(timer)
  timer = setTimeout(search, 250)
})
for (const s of selects) s.addEventListener('change', () => void search())
const initial = new URLSearchParams(location.search).get('q')
if (initial) {
  input.value = initial
  void search()
}

/* global document, HTMLElement, CSSStyleSheet, customElements */
// <unser-nb-liste feed="https://unser-nb.de/daten/v1/veranstaltungen.json" anzahl="5" lang="en" titel="…">
// A dependency-free web component for partner sites (issue 20): it reads one partner feed
// (/daten/v1/, CORS allowed) and lists its entries with links to our pages. No cookies, no
// inline styles (a constructed stylesheet passes a strict style-src), and it takes the host
// page's font and colours, so it follows the host's light or dark scheme.
const css = `
:host { display: block; font: inherit; color: inherit; }
h2 { font-size: 1.1em; margin: 0 0 .5em; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: .5em 0; border-top: 1px solid color-mix(in srgb, currentColor 30%, transparent); }
a { color: inherit; text-decoration: underline; text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; }
.meta { display: block; opacity: .85; font-size: .95em; }
p { margin: .75em 0 0; }
`
// The texts in every site language, from the catalogues (site/src/i18n/): the build writes them
// in here (pages/einbetten/widget.js.ts), so the script stays one small file without requests.
const texts = {} // @texts
// The same wording as the site's own lists: "Do., 3. Dezember 2026, 16:00 Uhr".
const zone = { timeZone: 'Europe/Berlin' }
function formats(intl) {
  const day = new Intl.DateTimeFormat(intl, {
    ...zone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  // 24 hours in every language, as on the site.
  const time = new Intl.DateTimeFormat(intl, {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const date = new Intl.DateTimeFormat(intl, { ...zone, day: '2-digit', month: '2-digit', year: 'numeric' })
  return { day, time, date }
}

function when(item, s, f) {
  // All-day events are days ("2026-12-04"): noon UTC is that day in Berlin.
  if (/^\d{4}-\d\d-\d\d$/.test(item.start))
    return `${f.day.format(new Date(`${item.start}T12:00:00Z`))} (${s.allDay})`
  const start = new Date(item.start)
  return `${f.day.format(start)}, ${f.time.format(start)}${s.oClock}`
}
// The feed is as old as the last build: an event that has ended since then is left out here, and
// the next pages of the feed fill its place (at most `maxPages` requests).
const maxPages = 5
function ended(item, now) {
  if (!('start' in item)) return false
  const end = item.end ?? item.start
  // An all-day event lasts its whole day (the end of the day in UTC is at most two hours late).
  const at = /^\d{4}-\d\d-\d\d$/.test(end) ? Date.parse(`${end}T23:59:59Z`) : Date.parse(end)
  return at <= now
}
async function read(feed, count) {
  const now = Date.now()
  const items = []
  let first
  const base = new URL(feed, document.baseURI)
  let url = base.href
  for (let page = 0; url && page < maxPages && items.length < count; page += 1) {
    // credentials 'omit': the request carries no cookies of any origin.
    const res = await fetch(url, { credentials: 'omit', mode: 'cors' })
    if (!res.ok) throw new Error(String(res.status))
    const data = await res.json()
    first ??= data
    items.push(...data.items.filter((item) => !ended(item, now)))
    // The next page on the origin the partner named (and its CSP allows), whatever the feed calls its site.
    url = data.next && new URL(new URL(data.next).pathname, base).href
  }
  return { title: first.title, link: first.link, items: items.slice(0, count) }
}
function describe(item, s, f) {
  if ('start' in item) {
    const place = item.attendance === 'online' ? s.online : item.venue?.name
    return {
      title: item.title,
      meta: [when(item, s, f), place].filter(Boolean).join(' · '),
      cancelled: item.cancelled,
    }
  }
  if ('commitment' in item) return { title: item.title, meta: item.association?.name ?? '' }
  if ('shortDescription' in item) return { title: item.name, meta: item.shortDescription }
  return { title: item.title, meta: f.date.format(new Date(item.publishedDate)) }
}
function el(tag, text, attrs = {}) {
  const node = document.createElement(tag)
  if (text) node.textContent = text
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  return node
}

class UnserNbListe extends HTMLElement {
  static observedAttributes = ['feed', 'anzahl', 'lang', 'titel']
  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' })
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      root.adoptedStyleSheets = [sheet]
    }
    this.load()
  }
  attributeChangedCallback() {
    if (this.shadowRoot) this.load()
  }
  async load() {
    const root = this.shadowRoot
    const feed = this.getAttribute('feed')
    const count = Math.min(Math.max(Number(this.getAttribute('anzahl')) || 5, 1), 50)
    if (!feed) return
    // lang="en" etc.: the texts and dates in that language (German when it is not one of ours).
    const s = texts[(this.getAttribute('lang') ?? '').toLowerCase().split('-')[0]] ?? texts.de
    const f = formats(s.intl)
    if (!this.hasAttribute('dir')) this.setAttribute('dir', s.dir)
    const status = el('p', s.loading, { role: 'status' })
    root.replaceChildren(status)
    try {
      const data = await read(feed, count)
      // titel: the list's title in its language (the Einbetten page's snippet sets it); the feed's is German.
      const heading = el('h2', this.getAttribute('titel') || data.title)
      const list = el('ul')
      for (const item of data.items) {
        const d = describe(item, s, f)
        const li = el('li')
        if (d.cancelled) li.append(el('strong', s.cancelled))
        li.append(el('a', d.title, { href: item.url }))
        if (d.meta) li.append(el('span', d.meta, { class: 'meta' }))
        list.append(li)
      }
      const children = [heading, data.items.length ? list : el('p', s.empty)]
      const more = el('p')
      more.append(el('a', s.more, { href: data.link }))
      children.push(more)
      root.replaceChildren(...children)
    } catch {
      status.textContent = s.failed
    }
  }
}
if (!customElements.get('unser-nb-liste')) customElements.define('unser-nb-liste', UnserNbListe)

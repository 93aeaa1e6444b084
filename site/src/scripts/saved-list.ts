// Draws the Merkliste page (pages/[...lang]/merkliste.astro) from localStorage and makes the .ics
// export. Everything is built with DOM methods and textContent: saved titles are never HTML.
import { pluralText, type PluralForms } from '../i18n/plural'
import { savedEventsIcs } from './ics'
import { loadSaved, onSavedChange, removeSaved, type SavedItem } from './saved'

const root = document.querySelector<HTMLElement>('[data-saved-list]')!
const t = JSON.parse(root.dataset.texts!) as Record<string, string>
// The page's language as an Intl tag and the plural forms of the count, from the catalogue.
const locale = root.dataset.intl!
const countForms = JSON.parse(root.dataset.count!) as PluralForms
const list = root.querySelector<HTMLElement>('[data-saved-items]')!
const status = root.querySelector<HTMLElement>('[data-saved-status]')!
const empty = root.querySelector<HTMLElement>('[data-saved-empty]')!
const exportBox = root.querySelector<HTMLElement>('[data-saved-export]')!

const dateFormat = new Intl.DateTimeFormat(locale, {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat(locale, {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function when(item: SavedItem): string {
  const start = new Date(item.start!)
  if (item.allDay) return `${dateFormat.format(start)} (${t.allDay})`
  return `${dateFormat.format(start)}, ${timeFormat.format(start)}${item.end ? `–${timeFormat.format(new Date(item.end))}` : ''}${t.oClock}`
}

// Events by date first (the next one on top), then offers and clubs in the order saved.
const order = (a: SavedItem, b: SavedItem) =>
  a.start && b.start
    ? a.start.localeCompare(b.start)
    : a.start
      ? -1
      : b.start
        ? 1
        : a.savedAt.localeCompare(b.savedAt)

function render() {
  const items = loadSaved().sort(order)
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li')
      li.className = 'saved-item'
      const kind = document.createElement('p')
      kind.className = 'meta'
      kind.textContent = t[item.kind] ?? ''
      const heading = document.createElement('h2')
      const link = document.createElement('a')
      link.href = item.url
      link.textContent = item.title
      heading.append(link)
      li.append(kind, heading)
      if (item.start) {
        const date = document.createElement('p')
        const time = document.createElement('time')
        time.dateTime = item.start
        time.textContent = when(item)
        date.append(time, item.location ? ` · ${item.location}` : '')
        li.append(date)
      }
      const remove = document.createElement('button')
      remove.type = 'button'
      remove.className = 'button button-secondary saved-remove'
      remove.textContent = t.remove
      remove.setAttribute('aria-label', t.removeLabel.replace('{t}', item.title))
      remove.addEventListener('click', () => {
        removeSaved(item.key)
        render()
        status.textContent = `${t.removed.replace('{t}', item.title)} ${status.textContent}`
        // Focus would be lost with the removed button: keep it on the list's heading.
        document.querySelector<HTMLElement>('main h1')?.setAttribute('tabindex', '-1')
        document.querySelector<HTMLElement>('main h1')?.focus()
      })
      li.append(remove)
      return li
    }),
  )
  status.textContent = pluralText(locale, countForms, items.length)
  empty.hidden = items.length > 0
  list.hidden = items.length === 0
  exportBox.hidden = !items.some((i) => i.kind === 'event')
}

root.querySelector<HTMLButtonElement>('[data-saved-ics]')!.addEventListener('click', () => {
  const ics = savedEventsIcs(loadSaved().sort(order), location.origin)
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = 'merkliste.ics'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
})

onSavedChange(render)
render()
root.hidden = false

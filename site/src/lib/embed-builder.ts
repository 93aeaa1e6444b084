// The Einbetten page's form: builds the snippet for the chosen selection and shows it live.
// Addresses come from this page's own origin, so the snippet names the site it was copied from.
import './embed-widget.js'

const form = document.querySelector<HTMLFormElement>('#einbetten')
const snippet = document.querySelector<HTMLTextAreaElement>('#embed-snippet')
const preview = document.querySelector<HTMLElement>('#embed-preview')
const copy = document.querySelector<HTMLButtonElement>('#embed-copy')
const copied = document.querySelector<HTMLElement>('#embed-copied')

function update() {
  if (!form || !snippet || !preview) return
  const data = new FormData(form)
  const kind = String(data.get('kind'))
  const selection = String(data.get('selection'))
  const count = Math.min(Math.max(Number(data.get('count')) || 5, 1), 20)
  const path = selection === 'all' ? kind : `${selection}/${kind}`
  const origin = location.origin
  const kindLabel = form.querySelector<HTMLSelectElement>('#embed-kind')!.selectedOptions[0].text
  const selectionLabel = form.querySelector<HTMLSelectElement>('#embed-selection')!.selectedOptions[0].text
  const title = `${kindLabel}: ${selectionLabel}`
  if (data.get('variant') === 'component') {
    const feed = `${origin}/daten/v1/${path}.json`
    snippet.value = `<script src="${origin}/einbetten/widget.js" defer></script>\n<unser-nb-liste feed="${feed}" anzahl="${count}"></unser-nb-liste>`
    const element = document.createElement('unser-nb-liste')
    element.setAttribute('feed', feed)
    element.setAttribute('anzahl', String(count))
    preview.replaceChildren(element)
  } else {
    const scheme = String(data.get('scheme') ?? '')
    const src = `${origin}/einbetten/${path}/?anzahl=${count}${scheme ? `&farbschema=${scheme}` : ''}`
    snippet.value = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="360" height="480" loading="lazy"></iframe>`
    const frame = document.createElement('iframe')
    frame.src = src
    frame.title = `Vorschau: ${title}`
    frame.height = '480'
    preview.replaceChildren(frame)
  }
  if (copied) copied.textContent = ''
}

form?.addEventListener('change', update)
form?.addEventListener('input', update)
copy?.addEventListener('click', async () => {
  if (!snippet || !copied) return
  snippet.select()
  try {
    await navigator.clipboard.writeText(snippet.value)
    copied.textContent = 'Der Code ist kopiert.'
  } catch {
    copied.textContent = 'Bitte markieren Sie den Code und kopieren Sie ihn mit Strg+C.'
  }
})
update()

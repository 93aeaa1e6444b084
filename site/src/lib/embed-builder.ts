// The Einbetten page's form: builds the snippet for the chosen selection and language and shows it
// live. Addresses come from this page's own origin, so the snippet names the site it was copied
// from. The web component itself is the page's /einbetten/widget.js (the file partners load).
type Language = { prefix: string; kinds: Record<string, string>; scopes: Record<string, string> }

// The preview runs the very file partners load (with its texts in every language), added from here
// so the page itself carries only its bundled module (no script tag of another kind).
const widget = document.createElement('script')
widget.src = '/einbetten/widget.js'
document.head.append(widget)

const form = document.querySelector<HTMLFormElement>('#einbetten')
const snippet = document.querySelector<HTMLTextAreaElement>('#embed-snippet')
const preview = document.querySelector<HTMLElement>('#embed-preview')
const copy = document.querySelector<HTMLButtonElement>('#embed-copy')
const copied = document.querySelector<HTMLElement>('#embed-copied')
const languages = JSON.parse(form?.dataset.languages ?? '{}') as Record<string, Language>
const quote = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function update() {
  if (!form || !snippet || !preview) return
  const data = new FormData(form)
  const kind = String(data.get('kind'))
  const selection = String(data.get('selection'))
  const lang = String(data.get('lang') ?? 'de')
  const language = languages[lang] ?? languages.de
  const count = Math.min(Math.max(Number(data.get('count')) || 5, 1), 20)
  const path = selection === 'all' ? kind : `${selection}/${kind}`
  const origin = location.origin
  // The list's title in the embed's language, as its frame names itself (lib/embeds.ts embedTitle).
  const name =
    form.querySelector<HTMLSelectElement>('#embed-selection')!.selectedOptions[0].dataset.name ?? ''
  const by = selection === 'all' ? 'all' : selection.split('/')[0]
  const title = `${language.kinds[kind]} ${language.scopes[by].replace('{name}', name)}`
  if (data.get('variant') === 'component') {
    const feed = `${origin}/daten/v1/${path}.json`
    snippet.value = `<script src="${origin}/einbetten/widget.js" defer></script>\n<unser-nb-liste feed="${feed}" anzahl="${count}" lang="${lang}" titel="${quote(title)}"></unser-nb-liste>`
    const element = document.createElement('unser-nb-liste')
    element.setAttribute('feed', feed)
    element.setAttribute('anzahl', String(count))
    element.setAttribute('lang', lang)
    element.setAttribute('titel', title)
    preview.replaceChildren(element)
  } else {
    const scheme = String(data.get('scheme') ?? '')
    const src = `${origin}${language.prefix}/einbetten/${path}/?anzahl=${count}${scheme ? `&farbschema=${scheme}` : ''}`
    snippet.value = `<iframe src="${src}" title="${quote(title)}" width="360" height="480" loading="lazy"></iframe>`
    const frame = document.createElement('iframe')
    frame.src = src
    frame.title = `${form.dataset.previewOf ?? ''}${title}`
    frame.height = '480'
    preview.replaceChildren(frame)
  }
  if (copied) copied.textContent = ''
}

form?.addEventListener('change', update)
form?.addEventListener('input', update)
copy?.addEventListener('click', async () => {
  if (!snippet || !copied || !form) return
  snippet.select()
  try {
    await navigator.clipboard.writeText(snippet.value)
    copied.textContent = form.dataset.copied ?? ''
  } catch {
    copied.textContent = form.dataset.copyFailed ?? ''
  }
})
update()

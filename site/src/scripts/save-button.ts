// The "Merken" button on event, offer and association pages (components/SaveButton.astro). The
// box is hidden in the HTML and shown only here: without JavaScript there is nothing to save.
// A toggle button keeps its name ("Merken") and tells its state with aria-pressed, as the
// WAI-ARIA practices ask; "Gemerkt." with a link to the list appears next to it as a status.
import { isSaved, onSavedChange, toggleSaved, type SavedItem } from './saved'

for (const box of document.querySelectorAll<HTMLElement>('[data-save]')) {
  const button = box.querySelector<HTMLButtonElement>('button')!
  const status = box.querySelector<HTMLElement>('[data-save-status]')!
  const item = JSON.parse(box.dataset.save!) as Omit<SavedItem, 'savedAt'>
  const render = () => {
    const saved = isSaved(item.key)
    button.setAttribute('aria-pressed', String(saved))
    if (saved === Boolean(status.textContent)) return
    if (!saved) {
      status.textContent = ''
      return
    }
    const link = document.createElement('a')
    link.href = box.dataset.listUrl!
    link.textContent = status.dataset.link!
    status.replaceChildren(`${status.dataset.text} `, link)
  }
  button.addEventListener('click', () => {
    toggleSaved(item)
    render()
  })
  onSavedChange(render)
  render()
  box.hidden = false
}

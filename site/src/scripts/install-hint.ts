// The install hint: one dismissible note at the end of the page, shown only after the browser offered
// installation (beforeinstallprompt) and never again once dismissed or installed.
import { writeFlag } from './storage'

type InstallPrompt = Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> }

export function showInstallHint(prompt: InstallPrompt) {
  if (document.querySelector('.install-hint')) return
  // The texts come with the page (BaseLayout), in its language, from the message catalogue.
  const t = JSON.parse(document.documentElement.dataset.install ?? '{}') as {
    label: string
    text: string
    install: string
    dismiss: string
  }
  const box = document.createElement('aside')
  box.className = 'install-hint'
  box.setAttribute('aria-label', t.label)
  const inner = document.createElement('div')
  inner.className = 'wrap'
  const p = document.createElement('p')
  p.textContent = t.text
  const install = document.createElement('button')
  install.type = 'button'
  install.className = 'button'
  install.textContent = t.install
  const dismiss = document.createElement('button')
  dismiss.type = 'button'
  dismiss.className = 'button button-secondary'
  dismiss.textContent = t.dismiss
  inner.append(p, install, ' ', dismiss)
  box.append(inner)
  const close = (flag: string) => {
    writeFlag('nb-installhinweis', flag)
    box.remove()
  }
  dismiss.addEventListener('click', () => close('abgelehnt'))
  install.addEventListener('click', async () => {
    await prompt.prompt()
    const { outcome } = await prompt.userChoice
    // The browser's prompt can be used once; either way the hint has done its job.
    close(outcome === 'accepted' ? 'installiert' : 'abgelehnt')
  })
  addEventListener('appinstalled', () => close('installiert'), { once: true })
  // Below the content, before the footer: the page's own content always comes first.
  document.querySelector('.site-footer')?.before(box)
}

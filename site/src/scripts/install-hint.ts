// The install hint: one dismissible note at the end of the page, shown only after the browser offered
// installation (beforeinstallprompt) and never again once dismissed or installed.
import { writeFlag } from './storage'

type InstallPrompt = Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> }

const texts = {
  de: {
    label: 'App installieren',
    text: 'Sie können „Unser Neubrandenburg“ als App auf Ihrem Gerät installieren. Bereits gelesene Seiten und Ihre Merkliste öffnen sich dann auch ohne Internetverbindung.',
    install: 'Installieren',
    dismiss: 'Nein, danke',
  },
  en: {
    label: 'Install the app',
    text: 'You can install “Unser Neubrandenburg” as an app on your device. Pages you have read and your saved list then open without an internet connection too.',
    install: 'Install',
    dismiss: 'No, thanks',
  },
}

export function showInstallHint(prompt: InstallPrompt) {
  if (document.querySelector('.install-hint')) return
  const t = document.documentElement.lang === 'en' ? texts.en : texts.de
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

// On every page: registers the service worker (offline reading, site/src/pwa/sw.ts) and keeps the
// browser's install offer for a hint of our own. Our origin only; nothing is sent anywhere.
import { readFlag } from './storage'

if ('serviceWorker' in navigator) {
  // A failed registration (private mode, disabled storage) must never disturb reading.
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {})
}

// Only browsers that can install fire this. Once dismissed, we never ask again and leave the
// browser's own install button as it is.
addEventListener('beforeinstallprompt', (event) => {
  if (readFlag('nb-installhinweis')) return
  event.preventDefault()
  // The hint's code loads only where it is shown.
  void import('./install-hint').then((m) =>
    m.showInstallHint(event as Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> }),
  )
})

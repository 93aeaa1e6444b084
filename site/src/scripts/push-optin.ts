// The Benachrichtigungen page's push opt-in (components/PushOptIn.astro): subscribes this browser
// with the CMS's public VAPID key and sends the subscription with the form's choice to our own
// origin (/api/push/…, proxied to the CMS like the form). The service worker (pwa/sw.ts) shows
// the messages. Nothing runs before the citizen presses the button.
const section = document.querySelector<HTMLElement>('[data-push-optin]')
const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  return bytes
}

async function post(path: string, body: unknown): Promise<{ ok: boolean; message?: string }> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await res.json().catch(() => ({}))) as { message?: string }
  return { ok: res.ok, message: answer.message }
}

if (section && supported) {
  const on = section.querySelector<HTMLButtonElement>('[data-push-on]')!
  const off = section.querySelector<HTMLButtonElement>('[data-push-off]')!
  const status = section.querySelector<HTMLElement>('[data-push-status]')!
  const form = document.getElementById(section.dataset.form ?? '') as HTMLFormElement | null
  const say = (text: string | undefined) => (status.textContent = text ?? section.dataset.failed ?? '')
  const registration = () => navigator.serviceWorker.ready
  const chosen = (name: string) =>
    [...(form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`) ?? [])]
      .filter((input) => input.type === 'hidden' || input.checked)
      .map((input) => input.value)
  section.hidden = false
  void registration()
    .then((reg) => reg.pushManager.getSubscription())
    .then((sub) => (off.hidden = !sub))

  on.addEventListener('click', async () => {
    try {
      if ((await Notification.requestPermission()) !== 'granted') return say(section.dataset.denied)
      const reg = await registration()
      const { publicKey } = (await (await fetch('/api/push/key')).json()) as { publicKey: string }
      const sub =
        (await reg.pushManager.getSubscription()) ??
        (await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(publicKey),
        }))
      const { endpoint, keys } = sub.toJSON()
      const answer = await post('/api/push/subscribe', {
        endpoint,
        p256dh: keys?.p256dh,
        auth: keys?.auth,
        lang: section.dataset.lang,
        topics: chosen('topics'),
        districts: chosen('districts'),
        associations: chosen('associations'),
        kinds: chosen('kinds'),
      })
      say(answer.ok ? section.dataset.saved : answer.message)
      off.hidden = !answer.ok
    } catch {
      say(section.dataset.failed)
    }
  })

  off.addEventListener('click', async () => {
    try {
      const sub = await (await registration()).pushManager.getSubscription()
      if (sub) {
        await post('/api/push/unsubscribe', { endpoint: sub.endpoint })
        await sub.unsubscribe()
      }
      off.hidden = true
      say(section.dataset.removed)
    } catch {
      say(section.dataset.failed)
    }
  })
}

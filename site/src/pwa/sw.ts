// The service worker (bundled by scripts/lib/service-worker.ts with esbuild, its precache list
// injected by workbox-build's injectManifest after the Astro build and Pagefind).
//
// Why each strategy:
// - Pages network-first: online, every navigation shows the newest build (a publish is visible at
//   once, as without the worker); offline, the copy of a page read before, else the offline page.
// - /_astro/ files carry content hashes and never change. They live in a runtime cache that a new
//   build does not empty, so a page cached under an older build still finds its own stylesheet and
//   scripts: a page is always old or new as a whole, never mixed. Install warms it with the
//   current build's files (that is the precached shell).
// - Offline page, icons and manifest are precached with revisions (workbox-precaching).
// - Pagefind: hashed chunks cache-first, its unhashed entry files network-first, so search works
//   offline over what was fetched and never mixes two builds' indexes while online.
// - Images cache-first with an entry cap: names change with each new upload.
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { enable as enableNavigationPreload } from 'workbox-navigation-preload'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'

type ManifestEntry = { url: string; revision: string | null }
type Extendable = Event & { waitUntil(promise: Promise<unknown>): void }
type PushEvent = Extendable & { data: { json(): unknown } | null }
type ClickEvent = Extendable & { notification: Notification }
type WorkerScope = {
  __WB_MANIFEST: ManifestEntry[]
  skipWaiting(): Promise<void>
  clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]>
    openWindow(url: string): Promise<unknown>
  }
  registration: { showNotification(title: string, options: NotificationOptions): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: Extendable) => void): void
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void
  addEventListener(type: 'notificationclick', listener: (event: ClickEvent) => void): void
  location: Location
}
// Module-scoped: the worker's global, typed without the WebWorker library (the site's code is
// typed against the DOM). injectManifest looks for the literal `self.__WB_MANIFEST`.
declare const self: WorkerScope
const sw = self

const days = 24 * 3600
const ok = new CacheableResponsePlugin({ statuses: [200] })
const pages = new NetworkFirst({
  cacheName: 'nb-seiten',
  // Filters and search keep their state in the query; offline the page itself is enough.
  matchOptions: { ignoreSearch: true },
  plugins: [ok, new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 60 * days, purgeOnQuotaError: true })],
})
const assets = new CacheFirst({
  cacheName: 'nb-dateien',
  plugins: [
    ok,
    new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 120 * days, purgeOnQuotaError: true }),
  ],
})

const manifest = self.__WB_MANIFEST
const isAsset = (url: string) => url.startsWith('_astro/') || url.startsWith('/_astro/')
precacheAndRoute(manifest.filter((e) => !isAsset(e.url)))
cleanupOutdatedCaches()

sw.addEventListener('install', (event) => {
  const urls = manifest.filter((e) => isAsset(e.url)).map((e) => new URL(e.url, sw.location.href).href)
  event.waitUntil(
    Promise.all(urls.map((url) => assets.handleAll({ event: event as never, request: new Request(url) })[1])),
  )
})

// A new build's worker takes over at once: pages are fetched fresh anyway and every page keeps
// its own assets (above), so there is nothing a waiting worker would protect.
void sw.skipWaiting()
clientsClaim()
enableNavigationPreload()

// The page that installed the worker was loaded before it existed: store it now, so the first
// page a visitor reads opens offline as well.
sw.addEventListener('activate', (event) => {
  event.waitUntil(
    sw.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) =>
      Promise.all(
        windows
          .filter((w) => new URL(w.url).origin === sw.location.origin)
          .map((w) =>
            pages
              .handleAll({
                event: event as never,
                request: new Request(w.url, { credentials: 'same-origin' }),
              })[1]
              .catch(() => {}),
          ),
      ),
    ),
  )
})

registerRoute(new NavigationRoute(pages))
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'), assets)
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && /^\/(en\/)?pagefind\/([\w-]+\/)?(index|fragment|filter)\/|\.pf_meta$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'nb-suche',
    plugins: [
      ok,
      new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * days, purgeOnQuotaError: true }),
    ],
  }),
)
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/(en\/)?pagefind\//.test(url.pathname),
  // Pagefind asks for its entry file with a changing ?ts= parameter.
  new NetworkFirst({ cacheName: 'nb-suche-einstieg', matchOptions: { ignoreSearch: true }, plugins: [ok] }),
)
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
  new CacheFirst({
    cacheName: 'nb-bilder',
    plugins: [
      ok,
      new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
    ],
  }),
)

// Offline and never read: the offline page in the language of the address.
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate') return Response.error()
  // Only languages have an offline page under their first path segment ("/uk/offline/").
  const first = url.pathname.split('/')[1]
  const offline =
    (first && (await matchPrecache(`/${first}/offline/index.html`))) ||
    (await matchPrecache('/offline/index.html'))
  return offline ?? Response.error()
})

// Web Push (cms/src/subscriptions/pushSend.ts sends { title, body, url, lang }): a notification,
// and a click opens the page on this origin (only the path is taken from the message).
sw.addEventListener('push', (event) => {
  let message: { title?: string; body?: string; url?: string; lang?: string } = {}
  try {
    message = (event.data?.json() ?? {}) as typeof message
  } catch {
    // not ours: the generic title below
  }
  event.waitUntil(
    sw.registration.showNotification(message.title || 'Unser Neubrandenburg', {
      body: message.body ?? '',
      lang: message.lang ?? 'de',
      icon: '/icons/icon-192.png',
      data: { url: message.url ?? '/' },
    }),
  )
})
sw.addEventListener('notificationclick', (event) => {
  event.notification.close()
  let path = '/'
  try {
    const url = new URL(
      String((event.notification.data as { url?: string } | null)?.url ?? '/'),
      sw.location.origin,
    )
    path = `${url.pathname}${url.search}`
  } catch {
    // the start page
  }
  event.waitUntil(sw.clients.openWindow(new URL(path, sw.location.origin).href))
})

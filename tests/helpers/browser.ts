import net from 'node:net'

import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core'

// One definition of how tests start a browser: Debian's Chromium, headless, without the network
// chatter (updates, telemetry) that would leave the machine during a test.

export const chromiumPath = '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** The launch options every test browser uses; spread them into `launchPersistentContext` too. */
export const launchOptions: LaunchOptions = { executablePath: chromiumPath, args: chromiumArgs }

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions)
}

/** A browser with a profile folder that outlives page reloads (service worker, caches). */
export async function launchPersistentBrowser(
  profileDir: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...launchOptions, ...options })
}

/** A port nothing listens on right now (the OS picks it); for servers a test starts itself. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

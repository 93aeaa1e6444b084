import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  signedHeaders,
  signPayload,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../cms/src/publish/signature'
import { startBuildRunner, type BuildFunction, type BuildRunner } from '../../scripts/build-runner'
import { writeHeadersFile } from '../../scripts/lib/header-policy'
import type { RunnerStatus } from '../../scripts/build-runner/types'

const SECRET = 'runner-test-secret-0123456789abcdef'

/** A small real build: writes a page and a stand-in Pagefind entry; can be held open or made to fail. */
function testBuild() {
  let n = 0
  let gate: Promise<void> | null = null
  let open: (() => void) | null = null
  let failWith: string | null = null
  const calls: Parameters<BuildFunction>[0][] = []
  const build: BuildFunction = async (options) => {
    const { outDir, log } = options
    calls.push(options)
    n += 1
    const mine = n
    log(`Baue Testseite ${mine}`)
    if (gate) await gate
    if (failWith) {
      log('Lese Inhalte aus dem CMS …')
      throw new Error(failWith)
    }
    await fs.mkdir(path.join(outDir, 'pagefind'), { recursive: true })
    await fs.mkdir(path.join(outDir, '_astro'), { recursive: true })
    await fs.writeFile(
      path.join(outDir, 'index.html'),
      `<!doctype html><title>Build ${mine}</title><h1>Build ${mine}</h1>`,
    )
    await fs.writeFile(
      path.join(outDir, '404.html'),
      '<!doctype html><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1>',
    )
    await fs.writeFile(path.join(outDir, '_astro', 'app.abc123.js'), 'export {}')
    await fs.writeFile(path.join(outDir, 'pagefind', 'pagefind.js'), 'export {}')
    // As the real build does (scripts/build-site.ts): the site's CSP, framing and caching headers.
    await writeHeadersFile(outDir, [])
  }
  return {
    build,
    calls,
    count: () => n,
    hold() {
      gate = new Promise((resolve) => (open = resolve))
    },
    release() {
      gate = null
      open?.()
    },
    fail(message: string | null) {
      failWith = message
    },
  }
}

let root: string
let runner: BuildRunner
let tb: ReturnType<typeof testBuild>

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-runner-'))
  tb = testBuild()
  runner = await startBuildRunner({
    secret: SECRET,
    reportUrl: false,
    port: 0,
    sitePort: 0,
    rootDir: root,
    build: tb.build,
    buildOnStart: false,
    keep: 2,
    maxBodyBytes: 4096,
    log: () => {},
  })
})
afterEach(async () => {
  tb.release()
  await runner.close()
  await fs.rm(root, { recursive: true, force: true })
})

const body = (extra: object = {}) =>
  JSON.stringify({ event: 'site.rebuild', collections: [{ collection: 'events', ids: [1] }], ...extra })

function send(payload: string, headers: Record<string, string> = signedHeaders(SECRET, payload)) {
  return fetch(`${runner.url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  })
}

const page = async (p = '/') => {
  const res = await fetch(`${runner.siteUrl}${p}`)
  return { status: res.status, text: await res.text(), headers: res.headers }
}

describe('webhook security', () => {
  it('rejects missing, wrong, stale and replayed signatures and oversized bodies, and builds nothing', async () => {
    const b = body()
    expect((await send(b, {})).status).toBe(401)
    expect(
      (
        await send(b, {
          [TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
          [SIGNATURE_HEADER]: signPayload('falsches-geheimnis-123456', Math.floor(Date.now() / 1000), b),
        })
      ).status,
    ).toBe(401)
    // Signed correctly, but with a body other than the one that was signed.
    expect((await send(body({ collections: [] }), signedHeaders(SECRET, b))).status).toBe(401)
    const stale = signedHeaders(SECRET, b, Date.now() - 6 * 60_000)
    const staleRes = await send(b, stale)
    expect(staleRes.status).toBe(401)
    expect(((await staleRes.json()) as { error: string }).error).toContain('5 Minuten')
    const big = body({ padding: 'x'.repeat(10_000) })
    expect((await send(big)).status).toBe(413)
    expect((await fetch(`${runner.url}/webhook`)).status).toBe(405)
    expect((await send(b, { ...signedHeaders(SECRET, b), 'content-type': 'text/plain' })).status).toBe(415)

    const status = await runner.status()
    expect(status.counts.started).toBe(0)
    expect(status.counts.rejected).toBeGreaterThanOrEqual(5)
    expect(tb.count()).toBe(0)
    expect(status.builds).toEqual([])

    const ok = signedHeaders(SECRET, b)
    expect((await send(b, ok)).status).toBe(202)
    expect((await send(b, ok)).status).toBe(409) // the very same signed request again is a replay
    await runner.whenIdle()
    expect(tb.count()).toBe(1)
  })
})

describe('builds', () => {
  it('builds on a valid webhook, serves the result and reports it in /status', async () => {
    expect((await page()).status).toBe(503) // nothing built yet: an honest "please wait"
    const res = await send(body())
    expect(res.status).toBe(202)
    await runner.whenIdle()
    const home = await page()
    expect(home.status).toBe(200)
    expect(home.text).toContain('Build 1')
    expect((await page('/gibt-es-nicht/')).status).toBe(404)
    expect((await page('/gibt-es-nicht/')).text).toContain('Seite nicht gefunden')

    const status = (await (await fetch(`${runner.url}/status`)).json()) as RunnerStatus
    expect(status.state).toBe('idle')
    expect(status.lastSuccess?.trigger).toContain('events(1)')
    expect(status.live).toBe(status.lastSuccess?.id)
    expect((await fs.lstat(runner.liveDir)).isSymbolicLink()).toBe(true)
    expect(await fs.readlink(runner.liveDir)).toBe(path.join('builds', status.live ?? ''))
  })

  it('runs one build at a time and collapses requests during a build into one follow-up', async () => {
    tb.hold()
    await send(body())
    await new Promise((r) => setTimeout(r, 50))
    for (let i = 0; i < 5; i++) expect((await send(body({ i }))).status).toBe(202)
    const during = await runner.status()
    expect(during.state).toBe('building')
    expect(during.followUpQueued).toBe(true)
    expect(tb.count()).toBe(1)
    tb.release()
    await runner.whenIdle()
    expect(tb.count()).toBe(2)
    expect((await page()).text).toContain('Build 2')
  })

  it("hands each build what changed: the webhook's ids, merged over the follow-up, everything after a failure or a settings change", async () => {
    // The runner's first build reads everything: the build process holds no content yet.
    await send(body({ collections: [{ collection: 'events', ids: [6] }] }))
    await runner.whenIdle()
    expect(tb.calls[0].changes).toBeNull()
    expect(tb.calls[0].cacheDir).toBe(path.join(root, 'cache'))
    await send(body({ collections: [{ collection: 'events', ids: [7, 8] }], n: 0 }))
    await runner.whenIdle()

    tb.hold()
    await send(body({ collections: [{ collection: 'news', ids: [1] }] }))
    await new Promise((r) => setTimeout(r, 50))
    await send(body({ collections: [{ collection: 'events', ids: [8, 9] }], n: 1 }))
    await send(
      body({
        collections: [
          { collection: 'topics', ids: ['a1'] },
          { collection: 'events', ids: [10] },
        ],
        n: 2,
      }),
    )
    tb.release()
    await runner.whenIdle()
    expect(tb.calls.slice(1).map((c) => c.changes)).toEqual([
      { events: [7, 8] },
      { news: [1] },
      // Both requests that arrived during the second build, in one follow-up.
      { events: [8, 9, 10], topics: ['a1'] },
    ])

    // Settings (a global), a truncated list, or a list without ids: the build reads everything.
    await send(body({ globals: [{ global: 'settings', actions: ['updated'] }], n: 3 }))
    await runner.whenIdle()
    await send(body({ truncated: true, n: 4 }))
    await runner.whenIdle()
    await send(body({ collections: [{ collection: 'events', ids: [] }], n: 5 }))
    await runner.whenIdle()
    expect(tb.calls.slice(4).map((c) => c.changes)).toEqual([null, null, null])

    // A failed build's changes were never applied: the next build reads everything, then lists again.
    tb.fail('CMS nicht erreichbar')
    await send(body({ collections: [{ collection: 'events', ids: [11] }], n: 6 }))
    await runner.whenIdle()
    tb.fail(null)
    await send(body({ collections: [{ collection: 'events', ids: [12] }], n: 7 }))
    await runner.whenIdle()
    await send(body({ collections: [{ collection: 'events', ids: [13] }], n: 8 }))
    await runner.whenIdle()
    expect(tb.calls.slice(7).map((c) => c.changes)).toEqual([{ events: [11] }, null, { events: [13] }])
  })

  it('reads all content again in idle time once the last full read is older than the refresh interval', async () => {
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: tb.build,
      buildOnStart: false,
      refreshEveryMs: 300,
      log: () => {},
    })
    // Nothing built yet: nothing to refresh.
    await new Promise((r) => setTimeout(r, 500))
    expect(tb.count()).toBe(0)
    await send(body())
    await runner.whenIdle()
    await send(body({ collections: [{ collection: 'events', ids: [2] }] }))
    await runner.whenIdle()
    expect(tb.calls.map((c) => c.changes)).toEqual([null, { events: [2] }])
    // A build with a change list does not count as a full read: the refresh comes on schedule.
    const deadline = Date.now() + 5000
    while (tb.count() < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    await runner.whenIdle()
    expect(tb.count()).toBe(3)
    expect(tb.calls[2].changes).toBeNull()
    expect((await runner.status()).lastSuccess?.trigger).toMatch(/^Abgleich/)
  })

  it('keeps the previous site live while building and after a failed build, and records the failure', async () => {
    await send(body())
    await runner.whenIdle()
    const liveBefore = (await runner.status()).live

    tb.hold()
    tb.fail('CMS nicht erreichbar: connect ECONNREFUSED 127.0.0.1:3000')
    expect((await send(body({ second: true }))).status).toBe(202)
    await new Promise((r) => setTimeout(r, 50))
    expect((await page()).text).toContain('Build 1') // the old site while the new one builds
    tb.release()
    await runner.whenIdle()

    expect((await page()).text).toContain('Build 1')
    const status = await runner.status()
    expect(status.live).toBe(liveBefore)
    expect(status.lastFailure?.error).toContain('ECONNREFUSED')
    expect(status.lastFailure?.logTail?.join('\n')).toContain('Lese Inhalte aus dem CMS')
    expect(status.builds).toEqual([liveBefore])
    const leftovers = (await fs.readdir(path.join(root, 'builds'))).filter((d) => d.endsWith('.partial'))
    expect(leftovers).toEqual([])

    // The failure survives a restart of the runner (status.json).
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: tb.build,
      log: () => {},
    })
    expect((await runner.status()).lastFailure?.error).toContain('ECONNREFUSED')
    expect((await page()).text).toContain('Build 1')
  })

  it('tries a failed build again by itself, so the site catches up once the CMS is back', async () => {
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: tb.build,
      buildOnStart: false,
      retryDelaysMs: [100],
      log: () => {},
    })
    tb.fail('CMS nicht erreichbar')
    await send(body())
    await runner.whenIdle()
    expect((await runner.status()).live).toBeNull()
    tb.fail(null) // the CMS is back
    await expect.poll(async () => (await runner.status()).live, { timeout: 10_000 }).not.toBeNull()
    const status = await runner.status()
    expect(status.lastSuccess?.trigger).toContain('Wiederholung nach Fehler')
    expect((await page()).text).toContain('Build 2')
  })

  it('refuses to publish a build without its search index', async () => {
    const noIndex: BuildFunction = async ({ outDir }) => {
      await fs.writeFile(path.join(outDir, 'index.html'), '<h1>ohne Suche</h1>')
    }
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: noIndex,
      buildOnStart: false,
      log: () => {},
    })
    await send(body())
    await runner.whenIdle()
    const status = await runner.status()
    expect(status.live).toBeNull()
    expect(status.lastFailure?.error).toContain('pagefind/pagefind.js fehlt')
  })

  it('keeps the last builds for rollback and rolls back with a signed request', async () => {
    for (let i = 0; i < 4; i++) {
      await send(body({ i }))
      await runner.whenIdle()
    }
    const status = await runner.status()
    expect(status.builds).toHaveLength(2)
    expect(status.live).toBe(status.builds[1])
    expect((await page()).text).toContain('Build 4')

    const rb = JSON.stringify({})
    const res = await fetch(`${runner.url}/rollback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, rb) },
      body: rb,
    })
    expect(res.status).toBe(200)
    expect((await page()).text).toContain('Build 3')
    expect((await runner.status()).live).toBe(status.builds[0])
    const unsigned = await fetch(`${runner.url}/rollback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: rb,
    })
    expect(unsigned.status).toBe(401)
  })

  it("sends netlify.toml's headers and the build's header policy: CSP and HSTS on pages, long caching only for hashed assets", async () => {
    await send(body())
    await runner.whenIdle()
    const home = await page()
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(home.headers.get('strict-transport-security')).toContain('max-age=')
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('cache-control')).toContain('max-age=0')
    const asset = await page('/_astro/app.abc123.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('content-security-policy')).toBeTruthy()
    expect((await page('/pagefind/pagefind.js')).headers.get('cache-control')).toContain('max-age=0')
  })
})

describe('proxy rules of netlify.toml', () => {
  it('forwards the account form from the site origin to the CMS the runner builds from', async () => {
    const http = await import('node:http')
    const seen: { url?: string; method?: string; body: string; type?: string }[] = []
    const cmsStandIn = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        seen.push({ url: req.url, method: req.method, body, type: req.headers['content-type'] })
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"message":"Antrag eingegangen"}')
      })
    })
    await new Promise<void>((r) => cmsStandIn.listen(0, '127.0.0.1', r))
    const cmsUrl = `http://127.0.0.1:${(cmsStandIn.address() as { port: number }).port}`
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: tb.build,
      buildOnStart: false,
      cmsUrl,
      log: () => {},
    })
    try {
      const res = await fetch(`${runner.siteUrl}/api/konto-beantragen`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=Kanuverein+Tollense&email=vorstand%40example.org',
      })
      expect(res.status).toBe(201)
      expect(await res.json()).toEqual({ message: 'Antrag eingegangen' })
      expect(seen).toEqual([
        {
          url: '/api/account-requests/apply',
          method: 'POST',
          body: 'name=Kanuverein+Tollense&email=vorstand%40example.org',
          type: 'application/x-www-form-urlencoded',
        },
      ])
    } finally {
      await new Promise<void>((r) => cmsStandIn.close(() => r()))
    }
    const down = await fetch(`${runner.siteUrl}/api/konto-beantragen`, { method: 'POST', body: 'x=1' })
    expect(down.status).toBe(502)
    expect(await down.text()).toContain('nicht erreichbar')
  })
})

describe('build reports', () => {
  it('reports each build, signed, to the CMS so editors see when the site was updated', async () => {
    const http = await import('node:http')
    const { verifySignature } = await import('../../cms/src/publish/signature')
    const reports: { valid: boolean; body: unknown }[] = []
    const cmsStandIn = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        // The runner also reads the settings global from the CMS (GET, no body); only reports count.
        if (req.method !== 'POST' || req.url !== '/api/globals/publish-status/report')
          return void res.writeHead(200).end('{}')
        const check = verifySignature({
          secret: SECRET,
          body,
          signature: req.headers[SIGNATURE_HEADER] as string,
          timestamp: req.headers[TIMESTAMP_HEADER] as string,
        })
        reports.push({ valid: check.ok, body: JSON.parse(body) })
        res.writeHead(200).end('{}')
      })
    })
    await new Promise<void>((r) => cmsStandIn.listen(0, '127.0.0.1', r))
    const cmsUrl = `http://127.0.0.1:${(cmsStandIn.address() as { port: number }).port}`
    await runner.close()
    runner = await startBuildRunner({
      secret: SECRET,
      port: 0,
      sitePort: 0,
      rootDir: root,
      build: tb.build,
      buildOnStart: false,
      retryDelaysMs: [],
      cmsUrl,
      log: () => {},
    })
    try {
      await send(body())
      await runner.whenIdle()
      tb.fail('Astro: Fehler in einer Seite')
      await send(body({ n: 2 }))
      await runner.whenIdle()
      await expect.poll(() => reports.length).toBe(2)
      expect(reports.every((r) => r.valid)).toBe(true)
      const status = await runner.status()
      expect(reports[0].body).toMatchObject({ event: 'site.built', buildId: status.lastSuccess!.id })
      expect(reports[1].body).toMatchObject({
        event: 'site.build-failed',
        buildId: status.lastFailure!.id,
        error: 'Astro: Fehler in einer Seite',
      })
    } finally {
      await new Promise<void>((r) => cmsStandIn.close(() => r()))
    }
  })
})

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/build-site'
import { startStaticServer } from '../../scripts/lib/static-server'
import { freePort } from '../helpers/browser'

const temp: string[] = []
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nb-${name}-`))
  temp.push(dir)
  return dir
}
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

describe('a build against a broken CMS fails loudly and publishes nothing', () => {
  it('names the URL when nothing listens there', async () => {
    const cmsUrl = `http://127.0.0.1:${await freePort()}`
    const outDir = path.join(tempDir('down'), 'dist')
    await expect(buildSite({ cmsUrl, outDir, log: () => {} })).rejects.toThrow(
      new RegExp(`CMS unter ${cmsUrl.replace(/\./g, '\\.')} ist nicht erreichbar.*ECONNREFUSED`),
    )
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })

  it('names the URL and the status when the CMS answers with errors', async () => {
    const server = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/events'))
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"kaputt"}]}')
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"docs":[],"hasNextPage":false}')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const outDir = path.join(tempDir('error'), 'dist')
    try {
      await expect(buildSite({ cmsUrl, outDir, log: () => {} })).rejects.toThrow(
        /CMS unter http:\/\/127\.0\.0\.1:\d+ .*\/api\/events\?.*HTTP 500/,
      )
      expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false)
    } finally {
      await new Promise<void>((r) => server.close(() => r()))
    }
  })

  it('stops an Astro build that takes too long and says so', async () => {
    // A CMS with nothing published; Consul at a local address where nothing listens.
    const server = http.createServer((req, res) => {
      const body = req.url?.startsWith('/api/globals/settings')
        ? { participation: { url: 'http://127.0.0.1:9' } }
        : { docs: [], hasNextPage: false, totalPages: 1 }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.SITE_BUILD_TIMEOUT_MS = '1'
    try {
      const outDir = path.join(tempDir('timeout'), 'dist')
      await expect(
        buildSite({
          cmsUrl,
          outDir,
          participationCacheFile: path.join(tempDir('consul'), 'c.json'),
          log: () => {},
        }),
      ).rejects.toThrow(/Astro-Build fehlgeschlagen \(nach 0 s abgebrochen\)/)
      expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false)
    } finally {
      delete process.env.SITE_BUILD_TIMEOUT_MS
      await new Promise<void>((r) => server.close(() => r()))
    }
  })

  it('exits the command line build with status 1 and a German message', async () => {
    const { spawnSync } = await import('node:child_process')
    const cmsUrl = `http://127.0.0.1:${await freePort()}`
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
      env: { ...process.env, PAYLOAD_URL: cmsUrl, SITE_OUT_DIR: path.join(tempDir('cli'), 'dist') },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`Die Website kann nicht gebaut werden: das CMS unter ${cmsUrl}`)
  })
})

describe('static server', () => {
  it('serves directory pages, content types for feeds, data and search files, and the 404 page', async () => {
    const root = tempDir('static')
    const build = (name: string, title: string) => {
      const dir = path.join(root, name)
      fs.mkdirSync(path.join(dir, 'vereine', 'a'), { recursive: true })
      fs.mkdirSync(path.join(dir, 'pagefind'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'index.html'), `<h1>${title}</h1>`)
      fs.writeFileSync(path.join(dir, '404.html'), '<h1>Diese Seite gibt es nicht</h1>')
      fs.writeFileSync(path.join(dir, 'vereine', 'a', 'index.html'), 'Verein A')
      for (const file of [
        'k.ics',
        'r.xml',
        'd.json',
        'd.csv',
        'pagefind/x.wasm',
        'pagefind/p.pf_meta',
        'pagefind/wasm.de.pagefind',
      ])
        fs.writeFileSync(path.join(dir, file), 'x')
      return dir
    }
    const live = path.join(root, 'live')
    fs.symlinkSync(build('one', 'Erste Fassung'), live)
    const server = await startStaticServer({ dir: live, port: 0 })
    try {
      const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' })
      expect(await (await get('/')).text()).toBe('<h1>Erste Fassung</h1>')
      expect(await (await get('/vereine/a/')).text()).toBe('Verein A')
      expect((await get('/vereine/a')).status).toBe(301)
      const types: Record<string, RegExp> = {
        '/k.ics': /^text\/calendar/,
        '/r.xml': /^application\/xml/,
        '/d.json': /^application\/json/,
        '/d.csv': /^text\/csv/,
        '/pagefind/x.wasm': /^application\/wasm$/,
        '/pagefind/p.pf_meta': /^application\/octet-stream$/,
        '/': /^text\/html; charset=utf-8$/,
      }
      for (const [p, type] of Object.entries(types))
        expect((await get(p)).headers.get('content-type'), p).toMatch(type)
      const missing = await get('/gibt-es-nicht/')
      expect(missing.status).toBe(404)
      expect(await missing.text()).toContain('Diese Seite gibt es nicht')
      expect((await get('/..%2f..%2fetc/passwd')).status).toBeGreaterThanOrEqual(400)

      // The publish pipeline swaps the symlink; the next request sees the new build.
      fs.rmSync(live)
      fs.symlinkSync(build('two', 'Zweite Fassung'), live)
      expect(await (await get('/')).text()).toBe('<h1>Zweite Fassung</h1>')
    } finally {
      await server.close()
    }
  })
})

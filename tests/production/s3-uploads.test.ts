import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderDemoImage } from '../../cms/src/seed/images'
import { listen } from '../../scripts/lib/listen'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'

// Uploads in an S3-compatible store (S3_BUCKET …, cms/src/lib/storage.ts). No S3 server runs
// here: the stand-in below keeps objects in memory and answers S3's object calls (PUT, GET, HEAD,
// DELETE on /bucket/key, path-style), which is all Payload's adapter uses for uploads.
const objects = new Map<string, { body: Buffer; type: string }>()
const store = http.createServer((req, res) => {
  const key = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname)
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const found = objects.get(key)
    if (req.method === 'PUT') {
      objects.set(key, {
        body: Buffer.concat(chunks),
        type: req.headers['content-type'] ?? 'application/octet-stream',
      })
      res.writeHead(200, { etag: '"1"' }).end()
    } else if (req.method === 'DELETE') {
      objects.delete(key)
      res.writeHead(204).end()
    } else if (!found) {
      res
        .writeHead(404, { 'content-type': 'application/xml' })
        .end(req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code></Error>')
    } else {
      res
        .writeHead(200, { 'content-type': found.type, 'content-length': found.body.length, etag: '"1"' })
        .end(req.method === 'HEAD' ? undefined : found.body)
    }
  })
})
let cms: TestCms
let token: string

describe.runIf(testDatabase() === 'sqlite')('uploads in an S3-compatible store', () => {
  beforeAll(async () => {
    const s3 = await listen(store, 0, '127.0.0.1')
    Object.assign(process.env, {
      S3_BUCKET: 'medien',
      S3_ENDPOINT: s3.url,
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'test-secret',
    })
    cms = await startTestCms({ api: true, name: 's3' })
    await cms.payload.create({
      collection: 'users',
      data: { email: 'redaktion@example.org', password: 'Eimer-voller-Bilder-2026', role: 'editor' },
    })
    token = await login(cms.api!, 'redaktion@example.org', 'Eimer-voller-Bilder-2026')
  }, 300_000)
  afterAll(async () => {
    await cms?.close()
    await new Promise((resolve) => store.close(resolve))
  })

  it('stores an uploaded image and its sizes in the bucket, serves it through the CMS and deletes it there', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await renderDemoImage(3, 1000, 600))], { type: 'image/png' }),
      'see.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Der Tollensesee am Morgen' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as {
      doc: { id: number; filename: string; sizes: Record<string, { filename: string }> }
    }

    const keys = [doc.filename, doc.sizes.thumbnail!.filename, doc.sizes.card!.filename].map(
      (name) => `/medien/${name}`,
    )
    for (const key of keys) expect(objects.get(key)?.body.length, key).toBeGreaterThan(0)
    expect(fs.existsSync(path.join(cms.dataDir, 'media', doc.filename))).toBe(false)

    const served = await fetch(`${cms.api!.url}/api/media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(objects.get(keys[0]!)!.body)).toBe(true)

    const removed = await fetch(`${cms.api!.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(removed.status).toBe(200)
    for (const key of keys) expect(objects.has(key), key).toBe(false)
  })
})

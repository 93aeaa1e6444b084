import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWebhookBody } from '../../cms/src/publish/changes'
import { PUBLIC_COLLECTIONS } from '../../cms/src/publish/publicContent'
import { signedHeaders } from '../../cms/src/publish/signature'
import { contentChangesOf, webhookBodySchema, webhookRequestSchema } from '../../cms/src/publish/webhook'
import { startBuildRunner, type BuildRunner } from '../../scripts/build-runner'
import { sections } from '../../site/src/lib/sections'

const SECRET = 'contract-test-secret-0123456789'

describe('the webhook body', () => {
  const body = buildWebhookBody(
    {
      changes: [
        { slug: 'events', id: 3, action: 'published', at: '2026-11-27T17:00:00.000Z' },
        { slug: 'settings', global: true, action: 'updated', at: '2026-11-27T17:00:01.000Z' },
      ],
      firstChangeAt: '2026-11-27T17:00:00.000Z',
      lastChangeAt: '2026-11-27T17:00:01.000Z',
    },
    '42',
    1,
  )

  it('is what the CMS sends, and the runner reads it back unchanged', () => {
    expect(webhookBodySchema.parse(body)).toEqual(body)
    expect(webhookRequestSchema.parse(body)).toEqual(body)
    expect(contentChangesOf(body)).toBeNull() // a settings change: read everything
    expect(contentChangesOf({ ...body, globals: [] })).toEqual({ events: [3] })
  })

  it('refuses wrongly typed fields but not missing ones', () => {
    expect(webhookRequestSchema.safeParse({ event: 'site.rebuild' }).success).toBe(true)
    expect(webhookRequestSchema.safeParse({ collections: 'events' }).success).toBe(false)
    expect(
      webhookRequestSchema.safeParse({ collections: [{ collection: 'events', ids: [{}] }] }).success,
    ).toBe(false)
  })
})

describe('the build runner on bodies that are no build request', () => {
  let root: string
  let runner: BuildRunner
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-contract-'))
    runner = await startBuildRunner({
      secret: SECRET,
      reportUrl: false,
      port: 0,
      sitePort: false,
      rootDir: root,
      build: async () => {},
      buildOnStart: false,
      log: () => {},
    })
  })
  afterAll(async () => {
    await runner.close()
    await fs.rm(root, { recursive: true, force: true })
  })

  it('answers 400 with a German message and builds nothing', async () => {
    const payload = JSON.stringify({
      event: 'site.rebuild',
      collections: [{ collection: 'events', ids: 'alle' }],
    })
    const res = await fetch(`${runner.url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, payload) },
      body: payload,
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toContain('kein gültiger Build-Auftrag')
    expect((await runner.status()).counts.requested).toBe(0)
  })
})

describe('the public collections', () => {
  it('each have a section directory on the site (and so in the search index)', () => {
    expect(Object.keys(sections).sort()).toEqual([...PUBLIC_COLLECTIONS].sort())
  })
})

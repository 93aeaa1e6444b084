import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'

let cms: TestCms
let editorToken: string

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'access' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Test-Passwort-1', role: 'editor' },
  })
  editorToken = await login(cms.api!, 'redaktion@example.org', 'Test-Passwort-1')
})
afterAll(async () => cms?.close())

const get = (path: string, token?: string) =>
  fetch(`${cms.api!.url}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })

describe('drafts and published documents over REST', () => {
  it('shows published news to anonymous readers and hides drafts, also with ?draft=true', async () => {
    const published = await cms.payload.create({
      collection: 'news',
      data: { title: 'Neue Sitzbänke im Kulturpark', _status: 'published' },
    })
    const draft = await cms.payload.create({
      collection: 'news',
      data: { title: 'Geheimer Entwurf', _status: 'draft' },
      draft: true,
    })

    const list = (await (await get('/api/news?limit=50')).json()) as { docs: { id: number }[] }
    const ids = list.docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    expect((await get(`/api/news/${draft.id}`)).status).toBe(404)
    const asDraft = (await (await get('/api/news?draft=true&limit=50')).json()) as { docs: { id: number }[] }
    expect(asDraft.docs.map((d) => d.id)).not.toContain(draft.id)

    const editorView = (await (await get('/api/news?draft=true&limit=50', editorToken)).json()) as {
      docs: { id: number }[]
    }
    expect(editorView.docs.map((d) => d.id)).toContain(draft.id)
  })

  it('never shows a newer unpublished draft of a published document to anonymous readers', async () => {
    const doc = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Impressum', _status: 'published' },
    })
    await cms.payload.update({
      collection: 'pages',
      id: doc.id,
      data: { title: 'Impressum (Entwurf, noch nicht freigegeben)' },
      draft: true,
    })
    for (const path of [`/api/pages/${doc.id}`, `/api/pages/${doc.id}?draft=true`]) {
      const body = (await (await get(path)).json()) as { title?: string }
      expect(body.title).toBe('Impressum')
    }
  })

  it('keeps versions and users closed to anonymous readers', async () => {
    expect((await get('/api/news/versions')).status).toBe(403)
    expect((await get('/api/users')).status).toBe(403)
    expect((await get('/api/news/versions', editorToken)).status).toBe(200)
  })

  it('rejects writes by anonymous readers and saves nothing', async () => {
    const res = await fetch(`${cms.api!.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Spam', _status: 'published' }),
    })
    expect(res.status).toBe(403)
    const found = await cms.payload.find({ collection: 'news', where: { title: { equals: 'Spam' } } })
    expect(found.totalDocs).toBe(0)
  })
})

describe('background jobs in scripts and tests', () => {
  it('registers no cron when PAYLOAD_JOBS_AUTORUN=false, also after REST requests', async () => {
    expect(process.env.PAYLOAD_JOBS_AUTORUN).toBe('false')
    await get('/api/news?limit=1')
    expect((cms.payload as unknown as { crons: unknown[] }).crons).toHaveLength(0)
  })
})

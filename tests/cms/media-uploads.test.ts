import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderDemoImage } from '../../cms/src/seed/images'
import { login, startTestCms, type TestCms } from '../helpers/cms'

let cms: TestCms
const tokens: Record<string, string> = {}

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'uploads' })
  const club = await cms.payload.create({
    collection: 'associations',
    data: { name: 'Kanuverein Süd', shortDescription: 'Paddeln.', kind: 'club', _status: 'published' },
  })
  const accounts = [
    { key: 'editor', email: 'redaktion@example.org', role: 'editor' },
    { key: 'memberA', email: 'a@verein.example', role: 'association', associations: [club.id] },
    { key: 'memberB', email: 'b@verein.example', role: 'association', associations: [club.id] },
  ] as const
  for (const a of accounts) {
    await cms.payload.create({
      collection: 'users',
      data: {
        email: a.email,
        password: 'Paddel-Tour-2026!',
        role: a.role,
        associations: 'associations' in a ? [...a.associations] : [],
      },
    })
    tokens[a.key] = await login(cms.api!, a.email, 'Paddel-Tour-2026!')
  }
})
afterAll(async () => cms?.close())

async function upload(token: string | undefined, extra: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await renderDemoImage(2, 200, 120))], { type: 'image/png' }),
    'boot.png',
  )
  form.append('_payload', JSON.stringify({ alt: 'Ein Kanu auf dem Oberbach', ...extra }))
  return fetch(`${cms.api!.url}/api/media`, {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
}

const patch = (token: string, id: number, body: unknown) =>
  fetch(`${cms.api!.url}/api/media/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('uploads by club members', () => {
  it('lets a club member upload, records the uploader and ignores a forged one', async () => {
    const editorId = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'redaktion@example.org' } } })
    ).docs[0].id
    const res = await upload(tokens.memberA, { uploadedBy: editorId })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    const stored = await cms.payload.findByID({ collection: 'media', id: doc.id, depth: 0 })
    const memberA = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'a@verein.example' } } })
    ).docs[0]
    expect(stored.uploadedBy).toBe(memberA.id)
  })

  it('lets only the uploader and staff change or delete a file', async () => {
    const { doc } = (await (await upload(tokens.memberA)).json()) as { doc: { id: number } }
    expect((await patch(tokens.memberB, doc.id, { alt: 'Übernommen' })).status).toBe(403)
    expect((await patch(tokens.memberA, doc.id, { alt: 'Zwei Kanus auf dem Oberbach' })).status).toBe(200)
    expect((await patch(tokens.editor, doc.id, { credit: 'Foto: Verein' })).status).toBe(200)
    const del = await fetch(`${cms.api!.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${tokens.memberB}` },
    })
    expect(del.status).toBe(403)
    expect((await cms.payload.findByID({ collection: 'media', id: doc.id })).alt).toBe(
      'Zwei Kanus auf dem Oberbach',
    )
  })

  it('refuses anonymous uploads and hides the uploader from the public', async () => {
    expect((await upload(undefined)).status).toBe(403)
    const list = (await (await fetch(`${cms.api!.url}/api/media?limit=5`)).json()) as {
      docs: Record<string, unknown>[]
    }
    expect(list.docs.length).toBeGreaterThan(0)
    for (const d of list.docs) expect(d).not.toHaveProperty('uploadedBy')
  })
})

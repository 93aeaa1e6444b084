// Finding 12 of issue 12: the later of two saves based on the same version used to win silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

let cms: TestCms
let alice: string
let bob: string
const day = 86_400_000

const patch = (token: string, path: string, body: object) =>
  fetch(`${cms.api!.url}${path}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
const read = async (token: string, path: string) =>
  (await (await fetch(`${cms.api!.url}${path}`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
    title: string
    updatedAt: string
    _status?: string
  }

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'stale-save' })
  for (const email of ['alice@example.org', 'bob@example.org']) {
    await cms.payload.create({
      collection: 'users',
      data: { email, password: 'Test-Passwort-123', role: 'editor' } as never,
    })
  }
  alice = await login(cms.api!, 'alice@example.org', 'Test-Passwort-123')
  bob = await login(cms.api!, 'bob@example.org', 'Test-Passwort-123')
}, budgets.slowTest)
afterAll(() => cms?.close())

async function newEvent(title: string) {
  const doc = await cms.payload.create({
    collection: 'events',
    data: {
      title,
      start: new Date(Date.now() + 3 * day).toISOString(),
      attendance: 'onsite',
      venue: { name: 'HKB' },
      _status: 'published',
    } as never,
    context: { skipPublishTrigger: true },
  })
  return doc.id
}

describe('a save based on an outdated version', () => {
  it('is refused with a German conflict message through REST and stores nothing', async () => {
    const id = await newEvent('Stadtfest')
    const loaded = await read(alice, `/api/events/${id}`)
    const seenByBob = await read(bob, `/api/events/${id}`)
    const first = await patch(alice, `/api/events/${id}`, {
      title: 'Stadtfest 2027',
      updatedAt: loaded.updatedAt,
    })
    expect(first.status).toBe(200)
    const second = await patch(bob, `/api/events/${id}`, {
      title: 'Stadtfest (Bob)',
      updatedAt: seenByBob.updatedAt,
    })
    expect(second.status).toBe(409)
    const body = (await second.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(
      /^Dieses Dokument wurde inzwischen von anderer Seite geändert \(zuletzt gespeichert am \d{2}\.\d{2}\.\d{4} um \d{2}\.\d{2} Uhr\)\. /,
    )
    expect(body.errors[0].message).not.toMatch(/[,:]/)
    expect(body.errors[0].message).toContain('Ihre Änderungen wurden nicht gespeichert')
    expect((await read(alice, `/api/events/${id}`)).title).toBe('Stadtfest 2027')
    // With the current version the same save goes through, and so do saves that claim no version.
    const current = await read(bob, `/api/events/${id}`)
    expect(
      (await patch(bob, `/api/events/${id}`, { title: 'Stadtfest (Bob)', updatedAt: current.updatedAt }))
        .status,
    ).toBe(200)
    expect((await patch(bob, `/api/events/${id}`, { summary: 'Ohne Versionsangabe' })).status).toBe(200)
  })

  it('counts a newer draft as the stored version', async () => {
    const id = await newEvent('Hafenfest')
    const loaded = await read(alice, `/api/events/${id}?draft=true`)
    expect(
      (
        await patch(alice, `/api/events/${id}?draft=true`, {
          title: 'Hafenfest (Entwurf)',
          updatedAt: loaded.updatedAt,
          _status: 'draft',
        })
      ).status,
    ).toBe(200)
    const publish = await patch(bob, `/api/events/${id}`, {
      title: 'Hafenfest (Bob)',
      updatedAt: loaded.updatedAt,
      _status: 'published',
    })
    expect(publish.status).toBe(409)
    expect((await read(alice, `/api/events/${id}?draft=true`)).title).toBe('Hafenfest (Entwurf)')
    // Publishing the draft one has just loaded works.
    const draft = await read(bob, `/api/events/${id}?draft=true`)
    expect(
      (await patch(bob, `/api/events/${id}`, { updatedAt: draft.updatedAt, _status: 'published' })).status,
    ).toBe(200)
  })

  it('applies to the other content collections too', async () => {
    const news = await cms.payload.create({
      collection: 'news',
      data: { title: 'Meldung', _status: 'published' } as never,
      context: { skipPublishTrigger: true },
    })
    const loaded = await read(alice, `/api/news/${news.id}`)
    expect(
      (await patch(alice, `/api/news/${news.id}`, { title: 'Meldung A', updatedAt: loaded.updatedAt }))
        .status,
    ).toBe(200)
    expect(
      (await patch(bob, `/api/news/${news.id}`, { title: 'Meldung B', updatedAt: loaded.updatedAt })).status,
    ).toBe(409)
  })

  it('leaves server-side writes alone (scheduled publishing, review, seeds, calendar import use the Local API)', async () => {
    const id = await newEvent('Lichterfest')
    const old = await read(alice, `/api/events/${id}`)
    await patch(alice, `/api/events/${id}`, { title: 'Lichterfest 2027', updatedAt: old.updatedAt })
    const updated = await cms.payload.update({
      collection: 'events',
      id,
      data: { summary: 'Vom Server', updatedAt: old.updatedAt } as never,
      context: { skipPublishTrigger: true },
    })
    expect(updated.summary).toBe('Vom Server')
  })
})

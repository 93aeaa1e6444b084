import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'

// The accessibility statement is fields editors fill in (settings): a city editor saves it over
// the REST API as the admin does; a review dated before the statement is refused in German.

let cms: TestCms
let token: string

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'a11y-settings' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'red@example.org', password: 'Test-Passwort-123', role: 'editor' },
  })
  token = await login(cms.api!, 'red@example.org', 'Test-Passwort-123')
})
afterAll(async () => cms?.close())

const save = (accessibility: Record<string, unknown>) =>
  fetch(`${cms.api!.url}/api/globals/settings`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': 'de' },
    body: JSON.stringify({ accessibility }),
  })

describe('accessibility statement in the settings', () => {
  it('an editor saves dates, barriers and the reply deadline; the enforcement body is preset', async () => {
    const res = await save({
      status: 'partial',
      preparedOn: '2026-09-01T00:00:00.000Z',
      reviewedOn: '2026-11-20T00:00:00.000Z',
      barriers: [{ barrier: 'Videos ohne Untertitel', alternative: 'Abschrift auf Anfrage' }],
      feedback: { email: 'barrieren@neubrandenburg.example', replyWithinDays: 10 },
    })
    expect(res.status).toBe(200)
    const settings = await cms.payload.findGlobal({ slug: 'settings', depth: 0 })
    expect(settings.accessibility?.barriers?.[0]?.alternative).toBe('Abschrift auf Anfrage')
    expect(settings.accessibility?.feedback?.replyWithinDays).toBe(10)
    expect(settings.accessibility?.enforcement?.name).toBe(
      'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern',
    )
    expect(settings.accessibility?.enforcement?.url).toBe('https://www.buergerbeauftragter-mv.de')
  })

  it('refuses a review before the statement was prepared and a barrier without alternative, in German, saving nothing', async () => {
    const res = await save({
      preparedOn: '2026-11-01T00:00:00.000Z',
      reviewedOn: '2026-10-01T00:00:00.000Z',
      barriers: [{ barrier: 'PDF' }],
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { data?: { errors?: { message: string; path: string }[] } }[]
    }
    const messages = body.errors.flatMap((e) => e.data?.errors ?? [])
    expect(messages).toContainEqual(
      expect.objectContaining({
        path: 'accessibility.reviewedOn',
        message: expect.stringContaining('nicht vor der Erstellung (01.11.2026)'),
      }),
    )
    expect(messages.some((m) => m.path.startsWith('accessibility.barriers.0.alternative'))).toBe(true)
    const settings = await cms.payload.findGlobal({ slug: 'settings', depth: 0 })
    expect(settings.accessibility?.reviewedOn).toBe('2026-11-20T00:00:00.000Z')
  })
})

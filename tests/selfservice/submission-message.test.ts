import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submittedMessage } from '../../cms/src/review/hooks'
import { startTestCms, type TestCms } from '../helpers/cms'
import { createPeople, type People } from './fixtures'

// What a club member is told after "Zur Prüfung einreichen": the admin's toast shows the REST
// answer's message, which said "Erfolgreich aktualisiert." although nothing went live.
let cms: TestCms
let people: People
beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'submission-message' })
  people = await createPeople(cms)
})
afterAll(async () => cms?.close())

const send = async (method: string, path: string, token: string, body: unknown) => {
  const res = await fetch(`${cms.api!.url}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: res.status,
    body: (await res.json()) as {
      message?: string
      doc?: { id: number; reviewStatus?: string; reviewSubmittedAt?: string }
    },
  }
}

describe('submitting for review', () => {
  it('answers a club member’s publish with the review message, on create and on update', async () => {
    const created = await send('POST', '/api/events?depth=0&locale=de', people.tokens.memberA, {
      title: 'Vereinsabend mit Musik',
      start: '2027-02-05T18:00:00.000Z',
      venue: { name: 'Vereinsheim' },
      _status: 'published',
    })
    expect(created.status).toBe(201)
    expect(created.body.message).toBe(submittedMessage)
    expect(created.body.doc?.reviewStatus).toBe('submitted')
    expect(Date.parse(created.body.doc?.reviewSubmittedAt ?? '')).toBeGreaterThan(Date.now() - 120_000)

    const updated = await send(
      'PATCH',
      `/api/events/${created.body.doc!.id}?depth=0`,
      people.tokens.memberA,
      {
        title: 'Vereinsabend mit Live-Musik',
        _status: 'published',
      },
    )
    expect(updated.status).toBe(200)
    expect(updated.body.message).toBe(submittedMessage)
  })

  it('keeps Payload’s messages for drafts and for editors', async () => {
    const draft = await send('POST', '/api/events?draft=true', people.tokens.memberA, {
      title: 'Entwurf Sommerfest',
      start: '2027-07-05T18:00:00.000Z',
      venue: { name: 'Vereinsheim' },
      _status: 'draft',
    })
    expect(draft.body.message).not.toBe(submittedMessage)
    const editor = await send('POST', '/api/events', people.tokens.editor, {
      title: 'Stadtfest',
      start: '2027-07-06T18:00:00.000Z',
      venue: { name: 'Marktplatz' },
      _status: 'published',
    })
    expect(editor.status).toBe(201)
    expect(editor.body.message).not.toBe(submittedMessage)
  })
})

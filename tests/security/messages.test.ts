import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { call, createPeople, entryData, type People, type RestBody } from '../selfservice/fixtures'

/**
 * Finding 9: errors a club member or editor meets in the admin come as German, public messages
 * in Payload's error shape: the admin shows `errors[0].message` and falls back to "An unknown
 * error occurred." only when the message is missing or not public.
 */
let cms: TestCms
let people: People

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'messages' })
  people = await createPeople(cms)
})
afterAll(async () => {
  await cms?.close()
})

const firstMessage = (body: Partial<RestBody> | null): string =>
  body?.errors?.[0]?.message ?? body?.message ?? ''

describe('German messages in the admin', () => {
  it('a club member saving another club’s event is told why, in German', async () => {
    const other = await cms.payload.create({
      collection: 'events',
      data: entryData('events', people.associationB, 'Chorprobe') as never,
    })
    const res = await call(cms, 'PATCH', `/api/events/${other.id}`, people.tokens.memberA, {
      title: 'Übernommen',
    })
    console.log('403 case', res.status, JSON.stringify(res.body))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(firstMessage(res.body)).toMatch(/Sie dürfen diesen Eintrag \(Veranstaltung\) nicht bearbeiten/)
    expect(firstMessage(res.body)).not.toMatch(/[Uu]nknown|not allowed|Something went wrong/)
  })

  it('a club member creating an event for another club is told why, in German', async () => {
    const res = await call(
      cms,
      'POST',
      '/api/events',
      people.tokens.memberA,
      entryData('events', people.associationB, 'Fremdes Fest'),
    )
    console.log('403 create', res.status, JSON.stringify(res.body))
    expect(res.status).toBe(403)
    expect(firstMessage(res.body)).toMatch(/Verein/)
  })

  it('a club member refused a list only the administration reads is not told they tried to edit', async () => {
    const res = await call(cms, 'GET', '/api/account-requests', people.tokens.memberA)
    expect(res.status).toBe(403)
    expect(firstMessage(res.body)).toBe(
      'Diese Daten (Kontoantrag) sind für Ihr Konto nicht freigegeben. Wenden Sie sich bei Fragen bitte an die Administration.',
    )
  })

  it('a rejected upload type is named in German', async () => {
    const form = new FormData()
    form.append('file', new Blob(['MZ not an image'], { type: 'application/x-msdownload' }), 'programm.exe')
    form.append('_payload', JSON.stringify({ alt: 'Programm' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${people.tokens.editor}` },
      body: form,
    })
    const body = await res.json()
    console.log('upload', res.status, JSON.stringify(body))
    expect(res.status).toBe(400)
    expect(firstMessage(body)).toMatch(/nicht erlaubtes Format/)
  })
})

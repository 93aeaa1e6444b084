import { createClient } from '@libsql/client'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'
import { createPeople, entryData, type People } from '../selfservice/fixtures'

// The read cache of anonymous published reads (cms/src/api/readCache.ts): a repeated anonymous
// read is answered from it, every change is seen at once (in this process and from another
// connection to the database), and nobody gets a draft or another account's answer from it.
let cms: TestCms
let people: People
let published: number

const url = (p: string) => `${cms.api!.url}${p}`
type List = { docs: { id: number; title: string; _status?: string }[] }

async function read(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(url(p), { headers })
  const text = await res.text()
  return { res, body: (text ? JSON.parse(text) : null) as List & { title?: string } }
}
const titles = (body: List) => body.docs.map((d) => d.title).sort()
const bearer = (token: string) => ({ Authorization: `JWT ${token}` })

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'readcache' })
  people = await createPeople(cms)
  const event = await cms.payload.create({
    collection: 'events',
    data: { ...entryData('events', people.associationA, 'Sommerfest am See'), _status: 'published' } as never,
    context: { skipPublishTrigger: true },
  })
  published = event.id as number
})
afterAll(async () => cms?.close())

describe('anonymous reads', () => {
  it('answers a repeated list and detail read from the cache, with an ETag that gives 304', async () => {
    // On PostgreSQL the cache starts once its LISTEN connection stands (cms/src/api/changes.ts).
    await expect
      .poll(async () => (await read('/api/events?depth=0')).res.headers.get('x-read-cache'))
      .toBe('hit')
    const first = await read('/api/events?depth=1&limit=10')
    expect(first.res.headers.get('x-read-cache')).toBe('miss')
    const second = await read('/api/events?depth=1&limit=10')
    expect(second.res.headers.get('x-read-cache')).toBe('hit')
    expect(second.body).toEqual(first.body)
    expect(titles(second.body)).toEqual(['Sommerfest am See'])
    expect(second.res.headers.get('cache-control')).toBe('public, no-cache')

    await read(`/api/events/${published}?depth=1`)
    const detail = await read(`/api/events/${published}?depth=1`)
    expect(detail.res.headers.get('x-read-cache')).toBe('hit')
    expect(detail.body.title).toBe('Sommerfest am See')

    const etag = detail.res.headers.get('etag')!
    const again = await fetch(url(`/api/events/${published}?depth=1`), { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('shows a change at once: a new title, a withdrawn and a new published entry', async () => {
    await read('/api/events?depth=0')
    await cms.payload.update({
      collection: 'events',
      id: published,
      data: { title: 'Sommerfest am Oberbach' },
      context: { skipPublishTrigger: true },
    })
    expect(titles((await read('/api/events?depth=0')).body)).toEqual(['Sommerfest am Oberbach'])
    const other = await cms.payload.create({
      collection: 'events',
      data: { ...entryData('events', people.associationB, 'Chorkonzert'), _status: 'published' } as never,
      context: { skipPublishTrigger: true },
    })
    expect(titles((await read('/api/events?depth=0')).body)).toEqual([
      'Chorkonzert',
      'Sommerfest am Oberbach',
    ])
    await cms.payload.delete({ collection: 'events', id: other.id, context: { skipPublishTrigger: true } })
    expect(titles((await read('/api/events?depth=0')).body)).toEqual(['Sommerfest am Oberbach'])
    // A write past Payload's hooks (as some of our code does) is a change as well.
    await read(`/api/events/${published}?depth=0`)
    expect((await read(`/api/events/${published}?depth=0`)).body).toMatchObject({ allDay: false })
    await cms.payload.db.updateOne({
      collection: 'events',
      where: { id: { equals: published } },
      data: { allDay: true },
    })
    expect((await read(`/api/events/${published}?depth=0`)).body).toMatchObject({ allDay: true })
  })

  it('shows a change another database connection committed (a second CMS process, a script)', async () => {
    const detail = `/api/events/${published}?depth=0`
    const cancelled = async () => ((await read(detail)).body as unknown as { cancelled: boolean }).cancelled
    expect(await cancelled()).toBe(false)
    expect((await read(detail)).res.headers.get('x-read-cache')).toBe('hit')
    if (testDatabase() === 'postgres') {
      // Another CMS process announces its commit so (cms/src/api/changes.ts).
      const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
      await client.connect()
      await client.query('UPDATE events SET cancelled = true WHERE id = $1', [published])
      await client.query('NOTIFY nb_content_changed')
      await client.end()
      await expect.poll(cancelled).toBe(true)
    } else {
      const client = createClient({ url: `file:${path.join(cms.dataDir, 'payload.db')}` })
      await client.execute({ sql: 'UPDATE events SET cancelled = 1 WHERE id = ?', args: [published] })
      client.close()
      expect(await cancelled()).toBe(true)
    }
  })
})

describe('never a draft or another account’s answer', () => {
  it('does not cache or serve logged-in reads, which include drafts', async () => {
    const draft = await cms.payload.create({
      collection: 'events',
      data: entryData('events', people.associationA, 'Entwurf des Vereins') as never,
      draft: true,
      context: { skipPublishTrigger: true },
    })
    const path = '/api/events?depth=0&limit=50'
    // Staff and the club see the draft; each of their reads goes to Payload, none is stored.
    for (const token of [people.tokens.editor, people.tokens.memberA]) {
      const staff = await read(path, bearer(token))
      expect(titles(staff.body)).toContain('Entwurf des Vereins')
      expect(staff.res.headers.get('x-read-cache')).toBeNull()
    }
    const cookie = await read(path, { Cookie: `payload-token=${people.tokens.memberA}` })
    expect(titles(cookie.body)).toContain('Entwurf des Vereins')
    expect(cookie.res.headers.get('x-read-cache')).toBeNull()
    // The public, before and after, never.
    for (let i = 0; i < 2; i++) expect(titles((await read(path)).body)).not.toContain('Entwurf des Vereins')
    const byId = await read(`/api/events/${draft.id}`)
    expect(byId.res.status).toBe(404)
    // Another club's member does not get club A's answer either.
    expect(titles((await read(path, bearer(people.tokens.memberB))).body)).not.toContain(
      'Entwurf des Vereins',
    )
  })

  it('does not cache draft reads, version lists or account data', async () => {
    expect((await read('/api/events?draft=true&depth=0')).res.headers.get('x-read-cache')).toBeNull()
    expect((await read('/api/events/versions?depth=0')).res.headers.get('x-read-cache')).toBeNull()
    expect((await read('/api/users?depth=0')).res.headers.get('x-read-cache')).toBeNull()
    expect((await read('/api/users/me')).res.headers.get('x-read-cache')).toBeNull()
  })
})

import sharp from 'sharp'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import {
  call,
  createPeople,
  entryData,
  makeEntry,
  type Owned,
  password,
  type People,
  type RestDoc,
} from './fixtures'

/**
 * The access matrix of issue 5, cell by cell, through the REST API: for anonymous visitors, a
 * club member of association A (not of B), an editor and an admin, every collection and every
 * operation. "own" = an entry of association A, "other" = an entry of association B.
 */

let cms: TestCms
let people: People

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'matrix' })
  people = await createPeople(cms)
})
afterAll(async () => cms?.close())

const actors = ['anonymous', 'memberA', 'editor', 'admin'] as const
type Actor = (typeof actors)[number]
const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : people.tokens[actor])

type Cell = Record<Actor, number>
const allowAll: Cell = { anonymous: 200, memberA: 200, editor: 200, admin: 200 }
const staffOnly = (ok: number): Cell => ({ anonymous: 403, memberA: 403, editor: ok, admin: ok })
const memberToo = (ok: number): Cell => ({ anonymous: 403, memberA: ok, editor: ok, admin: ok })

const isPublic = async (collection: string, id: number) =>
  (await call(cms, 'GET', `/api/${collection}/${id}`)).status === 200
const stored = (collection: string, id: number) =>
  cms.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    disableErrors: true,
    depth: 0,
  }) as Promise<RestDoc | null>

let counter = 0
const unique = (label: string) => `${label} ${++counter}`

describe.each(['events', 'opportunities', 'news'] as Owned[])('%s', (collection) => {
  const owner = (which: 'own' | 'other') => (which === 'own' ? people.associationA : people.associationB)

  describe.each(['own', 'other'] as const)('%s entry', (which) => {
    it.each(actors)('read published: %s -> 200', async (actor) => {
      const doc = await makeEntry(cms.payload, collection, owner(which), unique('Öffentlich'), 'published')
      expect((await call(cms, 'GET', `/api/${collection}/${doc.id}`, tokenOf(actor))).status).toBe(200)
    })

    const readDraft: Cell = { anonymous: 404, memberA: which === 'own' ? 200 : 404, editor: 200, admin: 200 }
    it.each(actors)('read draft: %s', async (actor) => {
      const doc = await makeEntry(cms.payload, collection, owner(which), unique('Entwurf'), 'draft')
      const res = await call(cms, 'GET', `/api/${collection}/${doc.id}?draft=true`, tokenOf(actor))
      expect(res.status).toBe(readDraft[actor])
    })

    const create: Cell = which === 'own' ? memberToo(201) : staffOnly(201)
    it.each(actors)('create: %s', async (actor) => {
      const title = unique('Neu angelegt')
      const res = await call(
        cms,
        'POST',
        `/api/${collection}`,
        tokenOf(actor),
        entryData(collection, owner(which), title),
      )
      expect(res.status).toBe(create[actor])
      const found = await cms.payload.find({ collection, where: { title: { equals: title } }, draft: true })
      expect(found.totalDocs).toBe(res.status === 201 ? 1 : 0)
      if (actor === 'memberA' && which === 'other')
        expect(res.body.errors[0].message).toMatch(/nur für einen Verein/)
    })

    const write: Cell = which === 'own' ? memberToo(200) : staffOnly(200)
    it.each(actors)('update: %s', async (actor) => {
      const doc = await makeEntry(cms.payload, collection, owner(which), unique('Vorher'), 'draft')
      const res = await call(cms, 'PATCH', `/api/${collection}/${doc.id}?draft=true`, tokenOf(actor), {
        title: 'Nachher',
      })
      expect(res.status).toBe(write[actor])
      expect((await stored(collection, doc.id))?.title).toMatch(
        res.status === 200 ? /^Nachher$/ : /^Vorher \d+$/,
      )
    })

    it.each(actors)('delete: %s', async (actor) => {
      const doc = await makeEntry(cms.payload, collection, owner(which), unique('Zum Löschen'), 'published')
      const res = await call(cms, 'DELETE', `/api/${collection}/${doc.id}`, tokenOf(actor))
      expect(res.status).toBe(write[actor])
      expect(await stored(collection, doc.id)).toEqual(
        res.status === 200 ? null : expect.objectContaining({ id: doc.id }),
      )
    })

    // A club member's "publish" is accepted but only submits for review: the entry stays offline.
    const goesLive: Record<Actor, boolean> = { anonymous: false, memberA: false, editor: true, admin: true }
    it.each(actors)('publish: %s', async (actor) => {
      const doc = await makeEntry(cms.payload, collection, owner(which), unique('Veröffentlichen'), 'draft')
      const res = await call(cms, 'PATCH', `/api/${collection}/${doc.id}`, tokenOf(actor), {
        _status: 'published',
      })
      expect(res.status).toBe(write[actor])
      expect(await isPublic(collection, doc.id)).toBe(goesLive[actor])
      const expectedReview =
        !goesLive[actor] && res.status === 200 ? 'submitted' : goesLive[actor] ? 'approved' : 'draft'
      expect((await stored(collection, doc.id))?.reviewStatus).toBe(expectedReview)
    })
  })

  it('lists for a club member: all published entries plus the own drafts, never drafts of others', async () => {
    const ownDraft = await makeEntry(
      cms.payload,
      collection,
      people.associationA,
      unique('Eigener Entwurf'),
      'draft',
    )
    const otherDraft = await makeEntry(
      cms.payload,
      collection,
      people.associationB,
      unique('Fremder Entwurf'),
      'draft',
    )
    const otherPublished = await makeEntry(
      cms.payload,
      collection,
      people.associationB,
      unique('Fremd, öffentlich'),
      'published',
    )
    const res = await call(
      cms,
      'GET',
      `/api/${collection}?draft=true&limit=500&depth=0`,
      people.tokens.memberA,
    )
    const ids = res.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(ownDraft.id)
    expect(ids).toContain(otherPublished.id)
    expect(ids).not.toContain(otherDraft.id)
  })

  it('shows a club member the version history of own entries only', async () => {
    const own = await makeEntry(cms.payload, collection, people.associationA, unique('Versionen A'), 'draft')
    const other = await makeEntry(
      cms.payload,
      collection,
      people.associationB,
      unique('Versionen B'),
      'draft',
    )
    const res = await call(cms, 'GET', `/api/${collection}/versions?limit=500&depth=0`, people.tokens.memberA)
    expect(res.status).toBe(200)
    const parents = res.body.docs.map((d) => d.parent)
    expect(parents).toContain(own.id)
    expect(parents).not.toContain(other.id)
    expect((await call(cms, 'GET', `/api/${collection}/versions`)).status).toBe(403)
  })
})

describe('associations (profiles)', () => {
  const profileId = (which: 'own' | 'other') => (which === 'own' ? people.associationA : people.associationB)

  it.each(actors)('read published profiles of A and B: %s -> 200', async (actor) => {
    for (const which of ['own', 'other'] as const) {
      expect((await call(cms, 'GET', `/api/associations/${profileId(which)}`, tokenOf(actor))).status).toBe(
        200,
      )
    }
  })

  const readDraft: Record<'own' | 'other', Cell> = {
    own: { anonymous: 404, memberA: 200, editor: 200, admin: 200 },
    other: { anonymous: 404, memberA: 404, editor: 200, admin: 200 },
  }
  it.each(actors)('read a draft-only profile: %s', async (actor) => {
    const draft = await cms.payload.create({
      collection: 'associations',
      data: { name: unique('Neuer Verein'), shortDescription: 'Noch nicht freigegeben', kind: 'club' },
      draft: true,
    })
    const res = await call(cms, 'GET', `/api/associations/${draft.id}?draft=true`, tokenOf(actor))
    expect(res.status).toBe(readDraft.other[actor])
  })

  it.each(actors)('read the pending draft of profile A: %s', async (actor) => {
    await cms.payload.update({
      collection: 'associations',
      id: people.associationA,
      data: { meetingTimes: 'Entwurf: dienstags 18 Uhr' },
      draft: true,
    })
    const res = await call(cms, 'GET', `/api/associations/${people.associationA}?draft=true`, tokenOf(actor))
    expect(res.status).toBe(200)
    const seesDraft = readDraft.own[actor] === 200 && actor !== 'anonymous'
    expect(res.body.meetingTimes ?? null).toBe(seesDraft ? 'Entwurf: dienstags 18 Uhr' : null)
  })

  it.each(actors)('create: %s', async (actor) => {
    const name = unique('Angelegter Verein')
    const res = await call(cms, 'POST', '/api/associations', tokenOf(actor), {
      name,
      shortDescription: 'Test',
      kind: 'club',
    })
    expect(res.status).toBe(staffOnly(201)[actor])
  })

  describe.each(['own', 'other'] as const)('%s profile', (which) => {
    const update: Cell = which === 'own' ? memberToo(200) : staffOnly(200)
    it.each(actors)('update: %s', async (actor) => {
      const res = await call(
        cms,
        'PATCH',
        `/api/associations/${profileId(which)}?draft=true`,
        tokenOf(actor),
        {
          meetingTimes: `Geändert von ${actor}`,
        },
      )
      expect(res.status).toBe(update[actor])
      const latest = await stored('associations', profileId(which))
      if (res.status === 200) expect(latest?.meetingTimes).toBe(`Geändert von ${actor}`)
      else expect(latest?.meetingTimes).not.toBe(`Geändert von ${actor}`)
    })

    it.each(actors)('publish: %s', async (actor) => {
      const res = await call(cms, 'PATCH', `/api/associations/${profileId(which)}`, tokenOf(actor), {
        _status: 'published',
        meetingTimes: `Veröffentlicht von ${actor}`,
      })
      expect(res.status).toBe(update[actor])
      const publicView = await call(cms, 'GET', `/api/associations/${profileId(which)}`)
      expect(publicView.body.meetingTimes === `Veröffentlicht von ${actor}`).toBe(
        actor === 'editor' || actor === 'admin',
      )
    })
  })

  it.each(actors)('delete: %s', async (actor) => {
    // Members may not delete even their own profile; staff delete a fresh one.
    const id =
      actor === 'memberA'
        ? people.associationA
        : (
            await cms.payload.create({
              collection: 'associations',
              data: {
                name: unique('Aufgelöster Verein'),
                shortDescription: 'Test',
                kind: 'club',
                _status: 'published',
              },
            })
          ).id
    const res = await call(cms, 'DELETE', `/api/associations/${id}`, tokenOf(actor))
    expect(res.status).toBe(staffOnly(200)[actor])
    expect(await stored('associations', id)).toEqual(
      res.status === 200 ? null : expect.objectContaining({ id }),
    )
  })

  it('does not let a club member set "trusted", "featured" or network memberships on the own profile', async () => {
    const res = await call(
      cms,
      'PATCH',
      `/api/associations/${people.associationA}?draft=true`,
      people.tokens.memberA,
      {
        trusted: true,
        featured: true,
        networks: [people.associationB],
      },
    )
    expect(res.status).toBe(200)
    const latest = await stored('associations', people.associationA)
    expect(latest?.trusted).toBe(false)
    expect(latest?.featured).toBe(false)
    expect(latest?.networks ?? []).toEqual([])
  })

  it('hides review fields and the trust flag from the public', async () => {
    const res = await call(cms, 'GET', `/api/associations/${people.associationB}`)
    expect(res.body).not.toHaveProperty('trusted')
    expect(res.body).not.toHaveProperty('reviewStatus')
    expect(res.body).not.toHaveProperty('reviewComment')
    expect(res.body).not.toHaveProperty('updatedBy')
  })
})

describe('pages (editorial only)', () => {
  it.each(actors)('read published: %s -> 200', async (actor) => {
    const doc = await makeEntry(cms.payload, 'pages', null, unique('Impressum'), 'published')
    expect((await call(cms, 'GET', `/api/pages/${doc.id}`, tokenOf(actor))).status).toBe(200)
  })
  it.each(actors)('read draft: %s', async (actor) => {
    const doc = await makeEntry(cms.payload, 'pages', null, unique('Seitenentwurf'), 'draft')
    const expected: Cell = { anonymous: 404, memberA: 404, editor: 200, admin: 200 }
    expect((await call(cms, 'GET', `/api/pages/${doc.id}?draft=true`, tokenOf(actor))).status).toBe(
      expected[actor],
    )
  })
  it.each(actors)('create: %s', async (actor) => {
    const res = await call(cms, 'POST', '/api/pages', tokenOf(actor), { title: unique('Neue Seite') })
    expect(res.status).toBe(staffOnly(201)[actor])
  })
  it.each(actors)('update: %s', async (actor) => {
    const doc = await makeEntry(cms.payload, 'pages', null, unique('Seite'), 'draft')
    expect(
      (await call(cms, 'PATCH', `/api/pages/${doc.id}?draft=true`, tokenOf(actor), { title: 'Geändert' }))
        .status,
    ).toBe(staffOnly(200)[actor])
  })
  it.each(actors)('publish: %s', async (actor) => {
    const doc = await makeEntry(cms.payload, 'pages', null, unique('Seite'), 'draft')
    expect(
      (await call(cms, 'PATCH', `/api/pages/${doc.id}`, tokenOf(actor), { _status: 'published' })).status,
    ).toBe(staffOnly(200)[actor])
    expect(await isPublic('pages', doc.id)).toBe(actor === 'editor' || actor === 'admin')
  })
  it.each(actors)('delete: %s', async (actor) => {
    const doc = await makeEntry(cms.payload, 'pages', null, unique('Seite'), 'published')
    expect((await call(cms, 'DELETE', `/api/pages/${doc.id}`, tokenOf(actor))).status).toBe(
      staffOnly(200)[actor],
    )
  })
})

describe.each(['topics', 'districts'] as const)('%s (directories)', (collection) => {
  it.each(actors)('read: %s -> 200', async (actor) => {
    const doc = await cms.payload.create({ collection, data: { name: unique('Eintrag') } })
    expect((await call(cms, 'GET', `/api/${collection}/${doc.id}`, tokenOf(actor))).status).toBe(
      allowAll[actor],
    )
  })
  it.each(actors)('create: %s', async (actor) => {
    expect(
      (await call(cms, 'POST', `/api/${collection}`, tokenOf(actor), { name: unique('Neu') })).status,
    ).toBe(staffOnly(201)[actor])
  })
  it.each(actors)('update: %s', async (actor) => {
    const doc = await cms.payload.create({ collection, data: { name: unique('Alt') } })
    expect(
      (await call(cms, 'PATCH', `/api/${collection}/${doc.id}`, tokenOf(actor), { name: unique('Neu') }))
        .status,
    ).toBe(staffOnly(200)[actor])
  })
  it.each(actors)('delete: %s', async (actor) => {
    const doc = await cms.payload.create({ collection, data: { name: unique('Weg') } })
    expect((await call(cms, 'DELETE', `/api/${collection}/${doc.id}`, tokenOf(actor))).status).toBe(
      staffOnly(200)[actor],
    )
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a5' } })
      .png()
      .toBuffer()
  const upload = async (token?: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'bild.png')
    form.append('_payload', JSON.stringify({ alt: 'Grünes Quadrat' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: token ? { Authorization: `JWT ${token}` } : {},
      body: form,
    })
    return res.status
  }
  it.each(actors)('read: %s -> 200', async (actor) => {
    expect((await call(cms, 'GET', '/api/media', tokenOf(actor))).status).toBe(200)
  })
  // Club members upload pictures for their own entries; changing files is tested in tests/cms/media-uploads.test.ts.
  it.each(actors)('create (upload): %s', async (actor) => {
    expect(await upload(tokenOf(actor))).toBe(memberToo(201)[actor])
  })
})

describe('settings (global)', () => {
  it.each(actors)('read: %s -> 200', async (actor) => {
    expect((await call(cms, 'GET', '/api/globals/settings', tokenOf(actor))).status).toBe(200)
  })
  it.each(actors)('update: %s', async (actor) => {
    const res = await call(cms, 'POST', '/api/globals/settings', tokenOf(actor), { intro: `Von ${actor}` })
    expect(res.status).toBe(staffOnly(200)[actor])
  })
})

describe('users', () => {
  it.each(actors)('list: %s', async (actor) => {
    const res = await call(cms, 'GET', '/api/users?limit=100&depth=0', tokenOf(actor))
    if (actor === 'anonymous') return expect(res.status).toBe(403)
    expect(res.status).toBe(200)
    const emails = res.body.docs.map((d) => String(d.email)).sort()
    const expected: Record<Exclude<Actor, 'anonymous'>, string[]> = {
      memberA: ['verein-a@example.org'],
      editor: ['redaktion@example.org', 'verein-a@example.org', 'verein-b@example.org'],
      admin: ['admin@example.org', 'redaktion@example.org', 'verein-a@example.org', 'verein-b@example.org'],
    }
    // Accounts created by other cells may show up for editors/admins; the fixed ones must match.
    const fixed = emails.filter((e: string) => /^(admin|redaktion|verein-[ab])@example\.org$/.test(e))
    expect(fixed).toEqual(expected[actor])
  })

  it.each(actors)("read another club's account: %s", async (actor) => {
    const expected: Cell = { anonymous: 403, memberA: 404, editor: 200, admin: 200 }
    expect((await call(cms, 'GET', `/api/users/${people.ids.memberB}`, tokenOf(actor))).status).toBe(
      expected[actor],
    )
  })

  it.each(actors)('read the admin account: %s', async (actor) => {
    const expected: Cell = { anonymous: 403, memberA: 404, editor: 404, admin: 200 }
    expect((await call(cms, 'GET', `/api/users/${people.ids.admin}`, tokenOf(actor))).status).toBe(
      expected[actor],
    )
  })

  it.each(actors)('create a club account: %s', async (actor) => {
    const email = `neu-${++counter}@example.org`
    const res = await call(cms, 'POST', '/api/users', tokenOf(actor), {
      email,
      password,
      role: 'association',
      associations: [people.associationA],
    })
    expect(res.status).toBe(staffOnly(201)[actor])
  })

  it.each(actors)('create an editor account: %s', async (actor) => {
    const res = await call(cms, 'POST', '/api/users', tokenOf(actor), {
      email: `redakteurin-${++counter}@example.org`,
      password,
      role: 'editor',
    })
    const expected: Cell = { anonymous: 403, memberA: 403, editor: 403, admin: 201 }
    expect(res.status).toBe(expected[actor])
  })

  it.each(actors)("update another club's account: %s", async (actor) => {
    const res = await call(cms, 'PATCH', `/api/users/${people.ids.memberB}`, tokenOf(actor), {
      name: `Name von ${actor}`,
    })
    expect(res.status).toBe(staffOnly(200)[actor])
  })

  it.each(actors)('update the admin account: %s', async (actor) => {
    const res = await call(cms, 'PATCH', `/api/users/${people.ids.admin}`, tokenOf(actor), {
      name: `Name von ${actor}`,
    })
    const expected: Cell = { anonymous: 403, memberA: 403, editor: 403, admin: 200 }
    expect(res.status).toBe(expected[actor])
  })

  it('lets an editor neither promote a club account nor change the own role', async () => {
    const promote = await call(cms, 'PATCH', `/api/users/${people.ids.memberB}`, people.tokens.editor, {
      role: 'admin',
    })
    expect(promote.status).toBe(403)
    expect(promote.body.errors[0].message).toMatch(/nur Vereinskonten/)
    const self = await call(cms, 'PATCH', `/api/users/${people.ids.editor}`, people.tokens.editor, {
      role: 'admin',
    })
    expect(self.status).toBe(403)
    const user = await cms.payload.findByID({ collection: 'users', id: people.ids.editor })
    expect(user.role).toBe('editor')
  })

  it('ignores a club member trying to change the own role or associations', async () => {
    const res = await call(cms, 'PATCH', `/api/users/${people.ids.memberA}`, people.tokens.memberA, {
      role: 'admin',
      associations: [people.associationB],
      name: 'Vereinsvorsitzende',
    })
    expect(res.status).toBe(200)
    const user = await cms.payload.findByID({ collection: 'users', id: people.ids.memberA, depth: 0 })
    expect(user.role).toBe('association')
    expect(user.associations).toEqual([people.associationA])
    expect(user.name).toBe('Vereinsvorsitzende')
  })

  it.each(actors)('delete a club account: %s', async (actor) => {
    const victim = await cms.payload.create({
      collection: 'users',
      data: { email: `loeschen-${++counter}@example.org`, password, role: 'association' },
    })
    expect((await call(cms, 'DELETE', `/api/users/${victim.id}`, tokenOf(actor))).status).toBe(
      staffOnly(200)[actor],
    )
  })

  it.each(actors)('delete the admin account: %s', async (actor) => {
    if (actor === 'admin') return // the admin deleting themself is not a cell worth breaking the fixture for
    expect((await call(cms, 'DELETE', `/api/users/${people.ids.admin}`, tokenOf(actor))).status).toBe(403)
  })
})

describe('account requests (from the public form)', () => {
  const makeRequest = () =>
    cms.payload.create({
      collection: 'account-requests',
      data: {
        name: 'Test Person',
        email: `antrag-${++counter}@example.org`,
        associationName: 'Testverein',
        status: 'pending',
      },
    })
  it.each(actors)('read: %s', async (actor) => {
    const doc = await makeRequest()
    expect((await call(cms, 'GET', `/api/account-requests/${doc.id}`, tokenOf(actor))).status).toBe(
      staffOnly(200)[actor],
    )
  })
  it.each(actors)('create over the normal API: %s -> 403 (only the form endpoint creates)', async (actor) => {
    const res = await call(cms, 'POST', '/api/account-requests', tokenOf(actor), {
      name: 'X',
      email: 'x@example.org',
      associationName: 'X',
    })
    expect(res.status).toBe(403)
  })
  it.each(actors)('update (note): %s', async (actor) => {
    const doc = await makeRequest()
    expect(
      (
        await call(cms, 'PATCH', `/api/account-requests/${doc.id}`, tokenOf(actor), {
          note: 'Telefonisch geklärt',
        })
      ).status,
    ).toBe(staffOnly(200)[actor])
  })
  it.each(actors)('delete: %s', async (actor) => {
    const doc = await makeRequest()
    expect((await call(cms, 'DELETE', `/api/account-requests/${doc.id}`, tokenOf(actor))).status).toBe(
      staffOnly(200)[actor],
    )
  })
})

describe('network membership requests', () => {
  const network = async () =>
    (
      await cms.payload.create({
        collection: 'associations',
        data: {
          name: unique('Netzwerk'),
          shortDescription: 'Dachverband',
          kind: 'network',
          _status: 'published',
        },
      })
    ).id
  const makeRequest = async (association: number) =>
    cms.payload.create({
      collection: 'network-memberships',
      data: { association, network: await network(), status: 'pending' },
    })

  it.each(actors)('read the own club’s request: %s', async (actor) => {
    const doc = await makeRequest(people.associationA)
    expect((await call(cms, 'GET', `/api/network-memberships/${doc.id}`, tokenOf(actor))).status).toBe(
      memberToo(200)[actor],
    )
  })
  it.each(actors)('read another club’s request: %s', async (actor) => {
    const doc = await makeRequest(people.associationB)
    const expected: Cell = { anonymous: 403, memberA: 404, editor: 200, admin: 200 }
    expect((await call(cms, 'GET', `/api/network-memberships/${doc.id}`, tokenOf(actor))).status).toBe(
      expected[actor],
    )
  })
  it.each(actors)('create for the own club: %s', async (actor) => {
    const res = await call(cms, 'POST', '/api/network-memberships', tokenOf(actor), {
      association: people.associationA,
      network: await network(),
    })
    expect(res.status).toBe(memberToo(201)[actor])
  })
  it.each(actors)('create for another club: %s', async (actor) => {
    const res = await call(cms, 'POST', '/api/network-memberships', tokenOf(actor), {
      association: people.associationB,
      network: await network(),
    })
    expect(res.status).toBe(staffOnly(201)[actor])
  })
  it.each(actors)('confirm (the asking club is not the network): %s', async (actor) => {
    const doc = await makeRequest(people.associationA)
    const res = await call(cms, 'PATCH', `/api/network-memberships/${doc.id}`, tokenOf(actor), {
      status: 'approved',
    })
    expect(res.status).toBe(staffOnly(200)[actor])
  })
  it.each(actors)('withdraw the own pending request: %s', async (actor) => {
    const doc = await makeRequest(people.associationA)
    expect((await call(cms, 'DELETE', `/api/network-memberships/${doc.id}`, tokenOf(actor))).status).toBe(
      memberToo(200)[actor],
    )
  })
})

describe('enquiries (from the public "Ich möchte helfen" form)', () => {
  const makeEnquiry = (association: number) =>
    cms.payload.create({
      collection: 'enquiries',
      data: {
        title: 'Test',
        association,
        name: 'Bürgerin Test',
        email: `anfrage-${++counter}@example.org`,
        message: 'Ich möchte helfen.',
        status: 'new',
      },
    })
  const clubRead = (which: 'own' | 'other'): Cell => ({
    anonymous: 403,
    memberA: which === 'own' ? 200 : 404,
    editor: 200,
    admin: 200,
  })
  const clubWrite = (which: 'own' | 'other'): Cell => ({
    anonymous: 403,
    memberA: which === 'own' ? 200 : 403,
    editor: 200,
    admin: 200,
  })
  const owner = (which: 'own' | 'other') => (which === 'own' ? people.associationA : people.associationB)

  describe.each(['own', 'other'] as const)("%s club's enquiry", (which) => {
    it.each(actors)('read: %s', async (actor) => {
      const doc = await makeEnquiry(owner(which))
      const res = await call(cms, 'GET', `/api/enquiries/${doc.id}`, tokenOf(actor))
      expect(res.status).toBe(clubRead(which)[actor])
      if (res.status === 200) expect(res.body).not.toHaveProperty('withdrawHash')
    })
    it.each(actors)('update status and note: %s', async (actor) => {
      const doc = await makeEnquiry(owner(which))
      const res = await call(cms, 'PATCH', `/api/enquiries/${doc.id}`, tokenOf(actor), {
        status: 'answered',
        note: `Notiz von ${actor}`,
      })
      expect(res.status).toBe(clubWrite(which)[actor])
      const latest = await stored('enquiries', doc.id)
      expect(latest?.status).toBe(res.status === 200 ? 'answered' : 'new')
      expect(Boolean(latest?.answeredAt)).toBe(res.status === 200)
    })
    it.each(actors)('delete: %s', async (actor) => {
      const doc = await makeEnquiry(owner(which))
      expect((await call(cms, 'DELETE', `/api/enquiries/${doc.id}`, tokenOf(actor))).status).toBe(
        staffOnly(200)[actor],
      )
    })
  })

  it.each(actors)('create over the normal API: %s -> 403 (only the form endpoint creates)', async (actor) => {
    const res = await call(cms, 'POST', '/api/enquiries', tokenOf(actor), {
      association: people.associationA,
      name: 'X',
      email: 'x@example.org',
      message: 'X',
    })
    expect(res.status).toBe(403)
  })

  it.each(actors)('list: %s sees only what the row rule allows', async (actor) => {
    const own = await makeEnquiry(people.associationA)
    const other = await makeEnquiry(people.associationB)
    const res = await call(cms, 'GET', '/api/enquiries?limit=500&depth=0', tokenOf(actor))
    if (actor === 'anonymous') return expect(res.status).toBe(403)
    const ids = res.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(own.id)
    expect(ids.includes(other.id)).toBe(actor !== 'memberA')
  })

  it('keeps what the citizen wrote: a club member changes status and note, not the message or the address', async () => {
    const doc = await makeEnquiry(people.associationA)
    const res = await call(cms, 'PATCH', `/api/enquiries/${doc.id}`, people.tokens.memberA, {
      message: 'Geändert',
      email: 'falsch@example.org',
      association: people.associationB,
    })
    expect(res.status).toBe(200)
    const latest = await stored('enquiries', doc.id)
    expect(latest).toMatchObject({
      message: 'Ich möchte helfen.',
      email: doc.email,
      association: people.associationA,
    })
  })

  it('leaks nothing through GraphQL, versions or depth population', async () => {
    const doc = await makeEnquiry(people.associationB)
    const own = await makeEnquiry(people.associationA)
    const opportunity = await makeEntry(
      cms.payload,
      'opportunities',
      people.associationB,
      unique('Angebot mit Anfrage'),
      'published',
    )
    await cms.payload.update({ collection: 'enquiries', id: doc.id, data: { opportunity: opportunity.id } })
    // Payload's own GraphQL schema and resolvers behind graphql-http, as the Next app serves them
    // at /api/graphql, with the user Payload authenticates from the token.
    const { configToSchema } = await import('@payloadcms/graphql')
    const { createHandler } = await import('graphql-http/lib/use/fetch')
    const { createLocalReq } = await import('payload')
    const { schema } = configToSchema(cms.payload.config)
    const handler = createHandler({
      schema,
      context: async (request) => {
        const { user } = await cms.payload.auth({ headers: new Headers(request.headers as HeadersInit) })
        return { req: await createLocalReq({ user: user ?? undefined }, cms.payload), headers: {} }
      },
    })
    const graphql = async (query: string, token?: string) =>
      (await handler(
        new Request('http://cms.test/api/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { Authorization: `JWT ${token}` } : {}),
          },
          body: JSON.stringify({ query }),
        }),
      ).then((r) => r.json())) as {
        data?: Record<string, { docs: unknown[] } | null> | null
        errors?: { message: string }[]
      }
    const anonymous = await graphql('{ Enquiries { docs { id email message } } }')
    expect(anonymous.data?.Enquiries ?? null).toBeNull()
    expect(anonymous.errors?.[0]?.message).toMatch(/not allowed|nicht erlaubt|Berechtigung/i)
    const byId = await graphql(`{ Enquiry(id: ${doc.id}) { email } }`)
    expect(byId.data?.Enquiry ?? null).toBeNull()
    const member = await graphql(
      '{ Enquiries(limit: 500) { docs { id association { id } } } }',
      people.tokens.memberA,
    )
    const seen = member.data!.Enquiries!.docs as { id: number; association: { id: number } }[]
    expect(seen.map((d) => d.id)).toContain(own.id)
    expect(seen.every((d) => d.association.id === people.associationA)).toBe(true)
    expect((await call(cms, 'GET', '/api/enquiries/versions')).status).toBe(403)
    for (const token of [undefined, people.tokens.memberA]) {
      for (const path of [
        `/api/associations/${people.associationB}?depth=5`,
        `/api/opportunities/${opportunity.id}?depth=5`,
        '/api/associations?depth=3&limit=100',
      ]) {
        const text = JSON.stringify((await call(cms, 'GET', path, token)).body)
        expect(text).not.toContain(doc.email)
        expect(text).not.toContain('Ich möchte helfen.')
      }
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { call, createPeople, entryData, password, type People } from '../selfservice/fixtures'

/**
 * Findings 5, 7 and 8: sessions end on a password change and on "log out everywhere"; club
 * accounts lock only what they may edit; weak passwords and passwords with the own e-mail or
 * name are refused on every change, in German.
 */
let cms: TestCms
let people: People

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'accounts' })
  people = await createPeople(cms)
})
afterAll(async () => {
  await cms?.close()
})

const me = async (token: string) => (await call(cms, 'GET', '/api/users/me', token)).body.user?.email ?? null

describe('sessions', () => {
  it('a password change ends the account’s other sessions, keeps the one that changed it', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'wechsel@example.org', password, role: 'association' },
    })
    const older = await login(cms.api!, 'wechsel@example.org', password)
    const current = await login(cms.api!, 'wechsel@example.org', password)
    expect(await me(older)).toBe('wechsel@example.org')
    const id = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'wechsel@example.org' } } })
    ).docs[0]!.id
    const change = await call(cms, 'PATCH', `/api/users/${id}`, current, {
      password: 'Neue-Wege-am-Oberbach-2027',
    })
    expect(change.status).toBe(200)
    expect(await me(older)).toBeNull()
    expect(await me(current)).toBe('wechsel@example.org')
  })

  it('"log out everywhere" ends every session of the account', async () => {
    const a = await login(cms.api!, 'verein-b@example.org', password)
    const b = await login(cms.api!, 'verein-b@example.org', password)
    expect((await call(cms, 'POST', '/api/users/logout?allSessions=true', a)).status).toBe(200)
    expect(await me(a)).toBeNull()
    expect(await me(b)).toBeNull()
  })
})

describe('document locks', () => {
  const lock = (token: string, relationTo: string, value: number | string) =>
    call(cms, 'POST', '/api/payload-locked-documents', token, {
      document: { relationTo, value },
      globalSlug: null,
      user: { relationTo: 'users', value: people.ids.memberA },
    })

  it('a club account cannot lock a staff-only page; the editor’s save goes through', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      data: entryData('pages', null, 'Impressum') as never,
    })
    const res = await lock(people.tokens.memberA, 'pages', page.id)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(
      /nur Inhalte zur Bearbeitung sperren, die Sie selbst bearbeiten dürfen/,
    )
    expect(
      (await call(cms, 'PATCH', `/api/pages/${page.id}`, people.tokens.editor, { title: 'Impressum (neu)' }))
        .status,
    ).toBe(200)
  })

  it('nor another club’s event, nor the site settings; its own event it can', async () => {
    const other = await cms.payload.create({
      collection: 'events',
      data: entryData('events', people.associationB, 'Chorkonzert') as never,
    })
    expect((await lock(people.tokens.memberA, 'events', other.id)).status).toBe(403)
    const settings = await call(cms, 'POST', '/api/payload-locked-documents', people.tokens.memberA, {
      globalSlug: 'settings',
      user: { relationTo: 'users', value: people.ids.memberA },
    })
    expect(settings.status).toBe(403)
    const own = await cms.payload.create({
      collection: 'events',
      data: entryData('events', people.associationA, 'Sommerfest') as never,
    })
    expect((await lock(people.tokens.memberA, 'events', own.id)).status).toBe(201)
  })
})

describe('password strength', () => {
  it.each(['passwort1234', '123456789012', 'neubrandenburg'])(
    'refuses %s in German and stores nothing',
    async (weak) => {
      const email = `gisela.${weak.length}${weak[0]}@example.org`
      const res = await call(cms, 'POST', '/api/users', people.tokens.admin, {
        email,
        password: weak,
        role: 'association',
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0]).toMatchObject({
        path: 'password',
        message: expect.stringMatching(/zu leicht zu erraten/),
      })
      expect(
        (await cms.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs,
      ).toBe(0)
    },
  )

  it('checks the own e-mail and name when users change their own password', async () => {
    const token = await login(cms.api!, 'verein-a@example.org', password)
    const withMail = await call(cms, 'PATCH', `/api/users/${people.ids.memberA}`, token, {
      password: 'verein-a-ist-mein-Passwort',
    })
    expect(withMail.status).toBe(400)
    expect(JSON.stringify(withMail.body)).toContain('E-Mail-Adresse nicht enthalten')
    await cms.payload.update({
      collection: 'users',
      id: people.ids.memberA,
      data: { name: 'Hildegard Stubbe' },
    })
    const withName = await call(cms, 'PATCH', `/api/users/${people.ids.memberA}`, token, {
      password: 'Stubbe-vom-Tollensesee-27',
    })
    expect(withName.status).toBe(400)
    expect(JSON.stringify(withName.body)).toContain('Ihren Namen')
    expect(
      (
        await call(cms, 'PATCH', `/api/users/${people.ids.memberA}`, token, {
          password: 'Sieben-Linden-am-Bahnhof',
        })
      ).status,
    ).toBe(200)
  })
})

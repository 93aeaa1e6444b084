import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import { reviewQueue } from '../../cms/src/review/queue'
import { ReviewQueue } from '../../cms/src/review/ReviewQueue'
import { startTestCms, type TestCms } from '../helpers/cms'
import { call, createPeople, entryData, type People } from './fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from './smtp'

/**
 * Editorial review: a club member's entry goes live only after an editor approves it, unless the
 * association is trusted; editors send entries back with a comment the club sees; every version
 * records who saved it.
 */

let cms: TestCms
let trap: MailTrap
let people: People

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'review' })
  people = await createPeople(cms)
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { contact: { email: 'redaktion-postfach@example.org' } },
  })
})
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

const publicView = (collection: string, id: number) => call(cms, 'GET', `/api/${collection}/${id}`)

/** The mail with this subject to this address (several arrive for the same club over the tests). */
async function waitForSubject(to: string, subject: string) {
  for (let i = 0; i < 100; i++) {
    const mail = trap.mails.find((m) => m.subject === subject && JSON.stringify(m.to).includes(to))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Keine E-Mail „${subject}“ an ${to}`)
}

describe('a club member submits', () => {
  it('keeps a new entry offline until an editor approves it', async () => {
    const created = await call(cms, 'POST', '/api/events', people.tokens.memberA, {
      ...entryData('events', people.associationA, 'Sommerfest im Kulturpark'),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect(created.body.doc._status).toBe('draft')
    expect(created.body.doc.reviewStatus).toBe('submitted')

    expect((await publicView('events', id)).status).toBe(404)
    const list = await call(cms, 'GET', '/api/events?limit=100')
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)

    // The editors are told, and the entry is in their queue.
    const notice = await trap.waitFor('redaktion-postfach@example.org')
    expect(notice.subject).toBe('Zur Prüfung eingereicht: Sommerfest im Kulturpark')
    const editor = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'redaktion@example.org' } },
    })
    const queue = await reviewQueue(cms.payload, editor.docs[0])
    const events = queue.find((group) => group.collection === 'events')!
    expect(events.entries.map((e) => e.id)).toContain(id)
    expect(events.listUrl).toBe(
      '/admin/collections/events?where[reviewStatus][equals]=submitted&sort=-updatedAt',
    )

    const approved = await call(cms, 'PATCH', `/api/events/${id}`, people.tokens.editor, {
      _status: 'published',
    })
    expect(approved.status).toBe(200)
    const published = await trap.waitFor('verein-a@example.org')
    expect(published.subject).toBe('Veröffentlicht: Sommerfest im Kulturpark')
    const live = await publicView('events', id)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Sommerfest im Kulturpark')
    const after = await reviewQueue(cms.payload, editor.docs[0])
    expect(after.find((group) => group.collection === 'events')!.entries.map((e) => e.id)).not.toContain(id)
  })

  it('keeps the published version online while a change waits for review', async () => {
    const doc = await cms.payload.create({
      collection: 'opportunities',
      data: {
        ...entryData('opportunities', people.associationA, 'Trainer:in für die F-Jugend'),
        _status: 'published',
      } as never,
    })
    const change = await call(cms, 'PATCH', `/api/opportunities/${doc.id}`, people.tokens.memberA, {
      title: 'Trainer:in für die F-Jugend (dienstags)',
      _status: 'published',
    })
    expect(change.status).toBe(200)
    expect((await publicView('opportunities', doc.id)).body.title).toBe('Trainer:in für die F-Jugend')
    const draft = await call(cms, 'GET', `/api/opportunities/${doc.id}?draft=true`, people.tokens.memberA)
    expect(draft.body).toMatchObject({
      title: 'Trainer:in für die F-Jugend (dienstags)',
      reviewStatus: 'submitted',
    })

    await call(cms, 'PATCH', `/api/opportunities/${doc.id}`, people.tokens.editor, { _status: 'published' })
    expect((await publicView('opportunities', doc.id)).body.title).toBe(
      'Trainer:in für die F-Jugend (dienstags)',
    )
  })

  it('lets an editor send an entry back with a comment the club sees and gets by mail', async () => {
    const created = await call(cms, 'POST', '/api/news', people.tokens.memberA, {
      ...entryData('news', people.associationA, 'Wir suchen Verstärkung'),
      _status: 'published',
    })
    const id = created.body.doc.id as number
    const comment = 'Bitte ergänzen Sie, wann und wo das Training stattfindet.'
    const back = await call(cms, 'PATCH', `/api/news/${id}?draft=true`, people.tokens.editor, {
      reviewStatus: 'changesRequested',
      reviewComment: comment,
    })
    expect(back.status).toBe(200)

    const seen = await call(cms, 'GET', `/api/news/${id}?draft=true`, people.tokens.memberA)
    expect(seen.body).toMatchObject({ reviewStatus: 'changesRequested', reviewComment: comment })
    expect((await publicView('news', id)).status).toBe(404)

    const mail = await waitForSubject('verein-a@example.org', 'Bitte überarbeiten: Wir suchen Verstärkung')
    expect(mail.text).toContain(`Hinweis der Redaktion: ${comment}`)

    const member = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'verein-a@example.org' } },
    })
    const memberQueue = await reviewQueue(cms.payload, member.docs[0])
    expect(memberQueue.find((group) => group.collection === 'news')!.entries.map((e) => e.id)).toContain(id)
    const otherMember = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'verein-b@example.org' } },
    })
    const otherQueue = await reviewQueue(cms.payload, otherMember.docs[0])
    expect(otherQueue.flatMap((group) => group.entries).map((e) => e.id)).not.toContain(id)

    // The club cannot clear the editors' verdict itself, only resubmit.
    const selfApprove = await call(cms, 'PATCH', `/api/news/${id}`, people.tokens.memberA, {
      title: 'Wir suchen Verstärkung – Training dienstags 17 Uhr, Jahnsportforum',
      reviewStatus: 'approved',
      _status: 'published',
    })
    expect(selfApprove.status).toBe(200)
    const resubmitted = await call(cms, 'GET', `/api/news/${id}?draft=true`, people.tokens.memberA)
    expect(resubmitted.body.reviewStatus).toBe('submitted')
    expect((await publicView('news', id)).status).toBe(404)
  })

  it('fills in the association when the member has exactly one, and asks when it is missing otherwise', async () => {
    const {
      title: _t,
      association: _a,
      ...withoutOwner
    } = entryData('news', null, 'Ohne Verein') as Record<string, unknown>
    const res = await call(cms, 'POST', '/api/news', people.tokens.memberA, {
      ...withoutOwner,
      title: 'Ohne Vereinsangabe',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.association).toMatchObject({ id: people.associationA })

    const twoClubs = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'zwei-vereine@example.org',
        password: 'Chor-und-Sport-Passwort',
        role: 'association',
        associations: [people.associationA, people.associationB],
      },
    })
    const { login } = await import('../helpers/cms')
    const token = await login(cms.api!, twoClubs.email, 'Chor-und-Sport-Passwort')
    const missing = await call(cms, 'POST', '/api/news', token, { title: 'Für welchen Verein?' })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors[0]).toMatchObject({
      path: 'association',
      message: 'Bitte wählen Sie aus, für welchen Verein Sie diesen Eintrag anlegen.',
    })
  })
})

describe('review queue on the admin dashboard', () => {
  it('lists what waits for editors, with links to the filtered list and the entries', async () => {
    const created = await call(cms, 'POST', '/api/opportunities', people.tokens.memberA, {
      ...entryData('opportunities', people.associationA, 'Lesepat:in <gesucht>'),
      _status: 'published',
    })
    const editor = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'redaktion@example.org' } } })
    ).docs[0]
    const html = renderToStaticMarkup((await ReviewQueue({ payload: cms.payload, user: editor }))!)
    expect(html).toContain('<h2 id="review-queue-heading">Zur Prüfung eingereicht</h2>')
    expect(html).toContain(
      'href="/admin/collections/opportunities?where[reviewStatus][equals]=submitted&amp;sort=-updatedAt"',
    )
    expect(html).toContain(
      `<a href="/admin/collections/opportunities/${created.body.doc.id}">Lesepat:in &lt;gesucht&gt;</a>`,
    )

    // A club member sees only what was sent back to the own club.
    const member = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'verein-b@example.org' } } })
    ).docs[0]
    const memberHtml = renderToStaticMarkup((await ReviewQueue({ payload: cms.payload, user: member }))!)
    expect(memberHtml).toContain('Von der Redaktion zurückgegeben')
    expect(memberHtml).not.toContain('Lesepat:in')
  })
})

describe('limits on what a club can claim', () => {
  it('cannot name another club as co-organizer, but keeps one an editor added', async () => {
    const created = await call(
      cms,
      'POST',
      '/api/events?draft=true',
      people.tokens.memberA,
      entryData('events', people.associationA, 'Stadtfest'),
    )
    const id = created.body.doc.id as number
    const claim = await call(cms, 'PATCH', `/api/events/${id}?draft=true`, people.tokens.memberA, {
      organizers: [people.associationA, people.associationB],
    })
    expect(claim.status).toBe(403)
    expect(claim.body.errors[0].message).toMatch(/nur für einen Verein/)

    await call(cms, 'PATCH', `/api/events/${id}?draft=true`, people.tokens.editor, {
      organizers: [people.associationA, people.associationB],
    })
    const keep = await call(cms, 'PATCH', `/api/events/${id}?draft=true`, people.tokens.memberA, {
      organizers: [people.associationA, people.associationB],
      summary: 'Gemeinsam mit dem Chor',
    })
    expect(keep.status).toBe(200)
  })

  it('cannot publish past the review with the single-locale publish parameter', async () => {
    const doc = await cms.payload.create({
      collection: 'events',
      data: {
        ...entryData('events', people.associationA, 'Tag der offenen Tür'),
        _status: 'published',
      } as never,
    })
    for (const query of [
      'publishSpecificLocale=de',
      'publishSpecificLocale=en&locale=en',
      'draft=false&publishAllLocales=true',
    ]) {
      const res = await call(cms, 'PATCH', `/api/events/${doc.id}?${query}`, people.tokens.memberA, {
        title: `Ungeprüft (${query})`,
        _status: 'published',
      })
      expect(res.status).toBe(200)
      expect((await publicView('events', doc.id)).body.title).toBe('Tag der offenen Tür')
      expect((await call(cms, 'GET', `/api/events/${doc.id}?locale=en`)).body.title).toBe(
        'Tag der offenen Tür',
      )
    }
  })

  it('changes only own entries, as drafts, in a bulk update or a duplicate', async () => {
    const own = await cms.payload.create({
      collection: 'news',
      data: { ...entryData('news', people.associationA, 'Eigene Meldung'), _status: 'published' } as never,
    })
    const other = await cms.payload.create({
      collection: 'news',
      data: { ...entryData('news', people.associationB, 'Meldung von B'), _status: 'published' } as never,
    })
    const bulk = await call(
      cms,
      'PATCH',
      `/api/news?where[id][in]=${own.id},${other.id}`,
      people.tokens.memberA,
      {
        title: 'Massenänderung',
        _status: 'published',
      },
    )
    expect(bulk.status).toBe(200)
    expect((await publicView('news', own.id)).body.title).toBe('Eigene Meldung')
    expect((await publicView('news', other.id)).body.title).toBe('Meldung von B')
    expect(
      (await call(cms, 'GET', `/api/news/${other.id}?draft=true`, people.tokens.editor)).body.title,
    ).toBe('Meldung von B')

    const copy = await call(cms, 'POST', `/api/news/${other.id}/duplicate`, people.tokens.memberA, {})
    // A copy of another club's published entry becomes the member's own draft, under review.
    expect(copy.status).toBe(200)
    const copied = await cms.payload.findByID({
      collection: 'news',
      id: copy.body.doc.id,
      draft: true,
      depth: 0,
    })
    expect(copied.association).toBe(people.associationA)
    expect(copied._status).toBe('draft')
    expect((await publicView('news', copy.body.doc.id)).status).toBe(404)
  })

  it('cannot put an old version back online without review', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      data: { ...entryData('news', people.associationA, 'Erste Fassung'), _status: 'published' } as never,
    })
    await cms.payload.update({
      collection: 'news',
      id: doc.id,
      data: { title: 'Zweite Fassung', _status: 'published' } as never,
    })
    const versions = await cms.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
    })
    const first = versions.docs[0]!.id
    const live = await call(cms, 'POST', `/api/news/versions/${first}`, people.tokens.memberA)
    expect(live.status).toBe(403)
    expect(live.body.errors[0].message).toMatch(/als Entwurf wieder her/)
    expect((await publicView('news', doc.id)).body.title).toBe('Zweite Fassung')

    const asDraft = await call(cms, 'POST', `/api/news/versions/${first}?draft=true`, people.tokens.memberA)
    expect(asDraft.status).toBe(200)
    expect((await publicView('news', doc.id)).body.title).toBe('Zweite Fassung')
  })
})

describe('trusted associations', () => {
  it('publish directly once an editor has marked them trusted', async () => {
    await cms.payload.update({ collection: 'associations', id: people.associationB, data: { trusted: true } })
    const created = await call(cms, 'POST', '/api/events', people.tokens.memberB, {
      ...entryData('events', people.associationB, 'Offenes Singen am See'),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ _status: 'published', reviewStatus: 'approved' })
    expect((await publicView('events', created.body.doc.id)).status).toBe(200)

    // Their drafts stay drafts.
    const draft = await call(
      cms,
      'POST',
      '/api/events?draft=true',
      people.tokens.memberB,
      entryData('events', people.associationB, 'Noch unfertig'),
    )
    expect(draft.status).toBe(201)
    expect((await publicView('events', draft.body.doc.id)).status).toBe(404)

    // A plain save of their published entry goes live and counts as approved.
    const edit = await call(cms, 'PATCH', `/api/events/${created.body.doc.id}`, people.tokens.memberB, {
      title: 'Offenes Singen am See (neu)',
    })
    expect(edit.status).toBe(200)
    expect((await publicView('events', created.body.doc.id)).body.title).toBe('Offenes Singen am See (neu)')
    expect(edit.body.doc.reviewStatus).toBe('approved')

    // Trust is per association: A is still reviewed.
    const fromA = await call(cms, 'POST', '/api/events', people.tokens.memberA, {
      ...entryData('events', people.associationA, 'Vereinsmeisterschaft'),
      _status: 'published',
    })
    expect((await publicView('events', fromA.body.doc.id)).status).toBe(404)
    await cms.payload.update({
      collection: 'associations',
      id: people.associationB,
      data: { trusted: false },
    })
  })
})

describe('version history', () => {
  it('records the author on editorial pages too, hidden from the public', async () => {
    const created = await call(cms, 'POST', '/api/pages', people.tokens.editor, {
      title: 'Über uns',
      _status: 'published',
    })
    const id = created.body.doc.id as number
    await call(cms, 'PATCH', `/api/pages/${id}`, people.tokens.admin, {
      title: 'Über uns – das Team',
      _status: 'published',
    })
    const versions = await cms.payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions.docs.map((v) => v.version.updatedBy)).toEqual([people.ids.editor, people.ids.admin])
    expect((await publicView('pages', id)).body).not.toHaveProperty('updatedBy')
  })

  it('records every change with its author', async () => {
    const created = await call(cms, 'POST', '/api/events', people.tokens.memberA, {
      ...entryData('events', people.associationA, 'Lesung in der Stadtbibliothek'),
      _status: 'published',
    })
    const id = created.body.doc.id as number
    await call(cms, 'PATCH', `/api/events/${id}?draft=true`, people.tokens.memberA, {
      summary: 'Mit Kaffee und Kuchen',
    })
    await call(cms, 'PATCH', `/api/events/${id}`, people.tokens.editor, { _status: 'published' })

    const versions = await call<{
      docs: { version: { updatedBy: number; reviewStatus: string; _status: string } }[]
    }>(
      cms,
      'GET',
      `/api/events/versions?where[parent][equals]=${id}&sort=createdAt&depth=0&limit=20`,
      people.tokens.editor,
    )
    expect(versions.status).toBe(200)
    const history = versions.body.docs.map(
      (v: { version: { updatedBy: number; reviewStatus: string; _status: string } }) => [
        v.version.updatedBy,
        v.version.reviewStatus,
        v.version._status,
      ],
    )
    expect(history).toEqual([
      [people.ids.memberA, 'submitted', 'draft'],
      [people.ids.memberA, 'draft', 'draft'],
      [people.ids.editor, 'approved', 'published'],
    ])
  })
})

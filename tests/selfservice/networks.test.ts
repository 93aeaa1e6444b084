import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { NetworkFeed } from '../../cms/src/endpoints/networkFeed'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { call, createPeople, entryData, password, type People } from './fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from './smtp'

/**
 * Networks: a club asks to join, the network's own account confirms, and the network's public
 * feed then aggregates the upcoming events and open opportunities of all its members.
 */

let cms: TestCms
let people: People
let networkId: number
let networkToken: string
let trap: MailTrap

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'networks' })
  people = await createPeople(cms)
  const network = await cms.payload.create({
    collection: 'associations',
    data: {
      name: 'Netzwerk Ehrenamt Neubrandenburg',
      shortDescription: 'Dachverband',
      kind: 'network',
      _status: 'published',
    },
  })
  networkId = network.id
  await cms.payload.create({
    collection: 'users',
    data: { email: 'netzwerk@example.org', password, role: 'association', associations: [network.id] },
  })
  networkToken = await login(cms.api!, 'netzwerk@example.org', password)
})
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

const requestJoin = (token: string, association: number, network = networkId) =>
  call(cms, 'POST', '/api/network-memberships', token, {
    association,
    network,
    message: 'Wir würden gern mitmachen.',
  })

describe('joining a network', () => {
  it('lets a member ask for its own association only, and only at networks', async () => {
    const foreign = await requestJoin(people.tokens.memberA, people.associationB)
    expect(foreign.status).toBe(403)
    const notANetwork = await requestJoin(people.tokens.memberA, people.associationA, people.associationB)
    expect(notANetwork.status).toBe(400)
    expect(notANetwork.body.errors[0].message).toBe(
      'Aufnahmeanträge sind nur an Netzwerke und Dachverbände möglich.',
    )
    expect((await requestJoin(undefined as never, people.associationA)).status).toBe(403)
  })

  it('does not let a club add itself to a network directly on its profile', async () => {
    await call(cms, 'PATCH', `/api/associations/${people.associationA}?draft=true`, people.tokens.memberA, {
      networks: [networkId],
    })
    const profile = await cms.payload.findByID({
      collection: 'associations',
      id: people.associationA,
      draft: true,
      depth: 0,
    })
    expect(profile.networks ?? []).toEqual([])
  })

  it('goes live when the network confirms; nobody else can confirm', async () => {
    const asked = await requestJoin(people.tokens.memberA, people.associationA)
    expect(asked.status).toBe(201)
    const id = asked.body.doc.id as number
    expect(asked.body.doc.status).toBe('pending')
    expect(asked.body.doc.title).toBe('Sportverein Lindenberg → Netzwerk Ehrenamt Neubrandenburg')
    // The network's account is asked by mail.
    const mail = await trap.waitFor('netzwerk@example.org')
    expect(mail.subject).toBe(
      'Aufnahmeantrag: Sportverein Lindenberg möchte in „Netzwerk Ehrenamt Neubrandenburg“',
    )

    const twice = await requestJoin(people.tokens.memberA, people.associationA)
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].message).toMatch(/bereits gestellt/)

    // The asking club cannot approve itself; a third club cannot even see the request.
    const self = await call(cms, 'PATCH', `/api/network-memberships/${id}`, people.tokens.memberA, {
      status: 'approved',
    })
    expect(self.status).toBe(403)
    expect((await call(cms, 'GET', `/api/network-memberships/${id}`, people.tokens.memberB)).status).toBe(404)
    expect((await call(cms, 'GET', `/api/network-memberships/${id}`, networkToken)).status).toBe(200)

    const confirmed = await call(cms, 'PATCH', `/api/network-memberships/${id}`, networkToken, {
      status: 'approved',
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.doc.decidedBy).toBeTruthy()

    const profile = await call(cms, 'GET', `/api/associations/${people.associationA}?depth=0`)
    expect(profile.body.networks).toEqual([networkId])
  })

  it('adds the membership without publishing unreviewed profile changes', async () => {
    // B has a change waiting for review.
    await call(cms, 'PATCH', `/api/associations/${people.associationB}`, people.tokens.memberB, {
      meetingTimes: 'Ungeprüft: jeden Montag',
      _status: 'published',
    })
    const asked = await requestJoin(people.tokens.memberB, people.associationB)
    const confirmed = await call(
      cms,
      'PATCH',
      `/api/network-memberships/${asked.body.doc.id}`,
      networkToken,
      { status: 'approved' },
    )
    expect(confirmed.status).toBe(200)

    const live = await call(cms, 'GET', `/api/associations/${people.associationB}?depth=0`)
    expect(live.body.networks).toEqual([networkId])
    expect(live.body.meetingTimes ?? null).toBeNull()
    const draft = await call(
      cms,
      'GET',
      `/api/associations/${people.associationB}?draft=true&depth=0`,
      people.tokens.memberB,
    )
    expect(draft.body).toMatchObject({
      meetingTimes: 'Ungeprüft: jeden Montag',
      networks: [networkId],
      reviewStatus: 'submitted',
    })
  })
})

describe("the network's feed", () => {
  it('aggregates upcoming published events and open opportunities of all members', async () => {
    const day = 86_400_000
    const event = (
      title: string,
      owner: number,
      offsetDays: number,
      status: 'published' | 'draft' = 'published',
    ) =>
      cms.payload.create({
        collection: 'events',
        data: {
          ...entryData('events', owner, title),
          start: new Date(Date.now() + offsetDays * day).toISOString(),
          _status: status,
        } as never,
        draft: status === 'draft',
      })
    await event('Frühjahrsputz am Oberbach', people.associationA, 3)
    await event('Konzert im Schauspielhaus', people.associationB, 10)
    await event('Netzwerktreffen', networkId, 5)
    await event('Längst vorbei', people.associationA, -30)
    await event('Noch geheim', people.associationA, 4, 'draft')
    const outsider = await cms.payload.create({
      collection: 'associations',
      data: { name: 'Nicht im Netzwerk e. V.', shortDescription: 'Test', kind: 'club', _status: 'published' },
    })
    await event('Fremde Veranstaltung', outsider.id, 2)
    await cms.payload.create({
      collection: 'opportunities',
      data: {
        ...entryData('opportunities', people.associationB, 'Notenwart:in gesucht'),
        _status: 'published',
      } as never,
    })
    await cms.payload.create({
      collection: 'opportunities',
      data: {
        ...entryData('opportunities', people.associationA, 'Abgelaufenes Angebot'),
        validFrom: new Date(Date.now() - 60 * day).toISOString(),
        validUntil: new Date(Date.now() - day).toISOString(),
        _status: 'published',
      } as never,
    })

    const network = await cms.payload.findByID({ collection: 'associations', id: networkId })
    const feed = await call<NetworkFeed>(cms, 'GET', `/api/networks/${network.slug}`)
    expect(feed.status).toBe(200)
    expect(feed.body.network.name).toBe('Netzwerk Ehrenamt Neubrandenburg')
    expect(feed.body.members.map((m) => m.name)).toEqual(['Chor am Tollensesee', 'Sportverein Lindenberg'])
    expect(feed.body.events.map((e) => e.title)).toEqual([
      'Frühjahrsputz am Oberbach',
      'Netzwerktreffen',
      'Konzert im Schauspielhaus',
    ])
    expect(feed.body.opportunities.map((o) => o.title)).toEqual(['Notenwart:in gesucht'])

    // Logged in or not, the feed is the public view.
    const asMember = await call<NetworkFeed>(
      cms,
      'GET',
      `/api/networks/${network.slug}`,
      people.tokens.memberA,
    )
    expect(asMember.body.events.map((e) => e.title)).not.toContain('Noch geheim')
  })

  it('answers 404 in German for anything that is not a published network', async () => {
    const club = await cms.payload.findByID({ collection: 'associations', id: people.associationA })
    const res = await call(cms, 'GET', `/api/networks/${club.slug}`)
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toBe(
      `Es gibt kein veröffentlichtes Netzwerk mit der Adresse „${club.slug}“.`,
    )
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedResult } from '../../cms/src/seed/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

let cms: TestCms
let first: SeedResult
const now = new Date()

beforeAll(async () => {
  cms = await startTestCms({ name: 'seed' })
  first = await seed(cms.payload, { now })
}, budgets.slowTest)
afterAll(async () => cms?.close())

const count = async (
  collection:
    | 'associations'
    | 'events'
    | 'opportunities'
    | 'news'
    | 'pages'
    | 'topics'
    | 'districts'
    | 'media'
    | 'users',
) => (await cms.payload.count({ collection })).totalDocs

describe('demo content', () => {
  it('creates the promised amounts', async () => {
    expect(await count('associations')).toBeGreaterThanOrEqual(25)
    expect(await count('events')).toBe(60)
    expect(await count('opportunities')).toBe(20)
    expect(await count('news')).toBe(12)
    expect(await count('topics')).toBeGreaterThanOrEqual(10)
    expect(await count('districts')).toBeGreaterThanOrEqual(15)
    expect(await count('media')).toBeGreaterThan(0)
    const pages = await cms.payload.find({ collection: 'pages', limit: 20 })
    expect(
      pages.docs
        .filter((p) => !p.easyLanguage)
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['datenschutz', 'impressum', 'ueber-uns'])
    // The Leichte-Sprache section: its start page and three more pages.
    expect(
      pages.docs
        .filter((p) => p.easyLanguage)
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['barriere-freiheit', 'internet-seite-benutzen', 'leichte-sprache', 'mit-machen-und-helfen'])
  })

  it('spreads associations over topics, districts and kinds, with networks that have members', async () => {
    const all = await cms.payload.find({ collection: 'associations', limit: 0, pagination: false, depth: 0 })
    const districts = new Set(all.docs.map((a) => a.district))
    const topics = new Set(all.docs.flatMap((a) => a.topics ?? []))
    expect(districts.size).toBeGreaterThanOrEqual(8)
    expect(topics.size).toBe(await count('topics'))
    expect(new Set(all.docs.map((a) => a.kind))).toEqual(
      new Set(['club', 'initiative', 'network', 'institution', 'selfHelp']),
    )
    const networks = all.docs.filter((a) => a.kind === 'network')
    expect(networks.length).toBeGreaterThanOrEqual(2)
    for (const network of networks) {
      const members = all.docs.filter((a) => (a.networks ?? []).includes(network.id as never))
      expect(members.length, network.name).toBeGreaterThan(0)
    }
  })

  it('schedules events in the coming 90 days, with all-day, multi-day, cancelled and online ones', async () => {
    const events = (await cms.payload.find({ collection: 'events', limit: 0, pagination: false, depth: 0 }))
      .docs
    const day = 86_400_000
    for (const e of events) {
      const start = new Date(e.start).getTime()
      expect(start).toBeGreaterThan(now.getTime())
      expect(start).toBeLessThan(now.getTime() + 91 * day)
      if (e.end) expect(new Date(e.end).getTime()).toBeGreaterThanOrEqual(start)
      expect(e._status).toBe('published')
    }
    expect(events.some((e) => e.allDay)).toBe(true)
    expect(
      events.some((e) => e.allDay && e.end && new Date(e.end).getTime() - new Date(e.start).getTime() > day),
    ).toBe(true)
    expect(events.filter((e) => e.cancelled).length).toBeGreaterThanOrEqual(1)
    expect(events.some((e) => e.attendance === 'online' && e.onlineUrl)).toBe(true)
    // Spread out, not clumped: at least 40 different days.
    expect(new Set(events.map((e) => e.start.slice(0, 10))).size).toBeGreaterThanOrEqual(40)
    // Plausible for the season (every seed date of a year: seed-dates.test.ts).
    const berlin = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso))
    for (const e of events) {
      const [, month, dayOfMonth] = berlin(e.start).split('-').map(Number)
      const md = month * 100 + dayOfMonth
      expect([1224, 1225, 1226, 1231, 101], `${e.title} ${berlin(e.start)}`).not.toContain(md)
      if (e.title.includes('Advent'))
        expect(md >= 1127 && md <= 1223, `${e.title} ${berlin(e.start)}`).toBe(true)
      if (e.title.includes('Schnupperrudern'))
        expect([4, 5, 6], `${e.title} ${berlin(e.start)}`).toContain(month)
    }
  })

  it('has English texts for some entries and demo logins for an admin and an editor', async () => {
    const en = await cms.payload.find({ collection: 'topics', locale: 'en', limit: 50 })
    expect(en.docs.map((t) => t.name)).toContain('Sports and exercise')
    const users = await cms.payload.find({ collection: 'users', limit: 10, depth: 1 })
    expect(users.docs.map((u) => u.role).sort()).toEqual(['admin', 'association', 'editor'])
    const club = users.docs.find((u) => u.role === 'association')!
    expect(club.associations?.map((a) => (typeof a === 'object' ? a.slug : a))).toEqual([
      'ruderclub-tollensesee-1921',
    ])
  })

  it('changes nothing when run again', async () => {
    const before = await Promise.all(
      (['associations', 'events', 'opportunities', 'news', 'pages', 'media', 'users'] as const).map(count),
    )
    const again = await seed(cms.payload, { now })
    expect(again.created).toEqual({})
    expect(again.skipped).toBeGreaterThan(Object.values(first.created).reduce((a, b) => a + b, 0) - 10)
    const after = await Promise.all(
      (['associations', 'events', 'opportunities', 'news', 'pages', 'media', 'users'] as const).map(count),
    )
    expect(after).toEqual(before)
  })

  it('grows to larger datasets on request, generating the extra entries', async () => {
    const result = await seed(cms.payload, {
      now,
      counts: { associations: 40, events: 70, opportunities: 25, news: 15 },
    })
    expect(result.created).toMatchObject({
      associations: 40 - first.created.associations!,
      events: 10,
      opportunities: 5,
      news: 3,
    })
    expect(await count('associations')).toBe(40)
    expect(await count('events')).toBe(70)
  })
})

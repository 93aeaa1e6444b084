import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CalendarFeed, Event } from '../../cms/src/payload-types'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { fixture, shiftToNow, startFeedServer, type FeedServer } from './feed-server'

// Plain http to 127.0.0.1 is what the stand-in feed server speaks; production never allows it.
process.env.CALENDAR_FEEDS_ALLOW_LOCAL = 'true'

let cms: TestCms
let server: FeedServer
let editor: string
let trustedClub: number
let club: number
let hasReview: boolean
/** What the Kulturverein's calendar currently says; tests edit it like the club would. */
let clubCalendar = ''

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'calendars' })
  server = await startFeedServer()
  clubCalendar = shiftToNow(fixture('kulturverein-google.ics'))
  server.routes.set('/kulturverein/kalender.ics', () => clubCalendar)

  await cms.payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'Test-Passwort-1!', role: 'editor' } as never,
  })
  editor = await login(cms.api!, 'redaktion@example.org', 'Test-Passwort-1!')
  hasReview = cms.payload.collections.associations.config.flattenedFields.some(
    (f) => 'name' in f && f.name === 'trusted',
  )
  const association = (name: string, trusted: boolean) =>
    cms.payload.create({
      collection: 'associations',
      data: {
        name,
        shortDescription: `${name} aus Neubrandenburg`,
        kind: 'club',
        _status: 'published',
        ...(hasReview ? { trusted } : {}),
      } as never,
      overrideAccess: true,
    })
  trustedClub = (await association('Kulturverein Neubrandenburg', true)).id as number
  club = (await association('SV Tollense 1990', false)).id as number
})
afterAll(async () => {
  await server?.close()
  await cms?.close()
})

const api = (path: string, init: RequestInit = {}, token?: string) =>
  fetch(`${cms.api!.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(init.headers ?? {}),
    },
  })

async function createFeed(name: string, url: string, association: number): Promise<CalendarFeed> {
  const res = await api(
    '/api/calendar-feeds',
    { method: 'POST', body: JSON.stringify({ name, url, association }) },
    editor,
  )
  const body = (await res.json()) as { doc?: CalendarFeed; errors?: unknown }
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(body)}`)
  return body.doc!
}

const runJobs = () => cms.payload.jobs.run({ queue: 'default', limit: 20 })

/** The site rebuild request waiting in the publish queue (one at a time, later ones supersede it). */
async function pendingRebuild(): Promise<
  { lastChangeAt?: string; changes?: { slug: string }[] } | undefined
> {
  const jobs = await cms.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'deliverBuildRequest' } }, { completedAt: { exists: false } }] },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
  })
  return jobs.docs[0]?.input as { lastChangeAt?: string; changes?: { slug: string }[] } | undefined
}

async function feedEvents(feed: number | string): Promise<Event[]> {
  const found = await cms.payload.find({
    collection: 'events',
    where: { 'calendarImport.feed': { equals: feed } },
    draft: true,
    pagination: false,
    depth: 0,
    sort: 'start',
    overrideAccess: true,
  })
  return found.docs
}
const feedDoc = async (id: number | string) =>
  cms.payload.findByID({ collection: 'calendar-feeds', id, overrideAccess: true })
const snapshot = async (feed: number | string) =>
  (await feedEvents(feed)).map(
    (e) => `${e.id}|${e.title}|${e.start}|${e.cancelled}|${e._status}|${e.updatedAt}`,
  )

let kultur: CalendarFeed
let sport: CalendarFeed
let sportCalendar = ''

describe('importing a club calendar', () => {
  it('turns the feed into events of that association: series expanded, overrides and cancellations applied', async () => {
    const rebuildBefore = await pendingRebuild()
    kultur = await createFeed('Vereinskalender', `${server.url}/kulturverein/kalender.ics`, trustedClub)
    // Saving the feed queued its first import; the job runner does the rest.
    await runJobs()
    // One site rebuild request for the run (not one per event).
    const rebuild = await pendingRebuild()
    expect(rebuild?.lastChangeAt).not.toBe(rebuildBefore?.lastChangeAt)
    expect(rebuild?.changes?.some((c) => c.slug === 'events')).toBe(true)

    const events = await feedEvents(kultur.id)
    expect(events).toHaveLength(11)
    for (const event of events) {
      expect(event.imported).toBe(true)
      expect(event.organizers).toEqual([trustedClub])
      expect(event.start_tz).toBe('Europe/Berlin')
    }
    const titles = events.map((e) => e.title)
    expect(titles.filter((t) => t === 'Chorprobe Stadtchor')).toHaveLength(8)
    expect(titles).toContain('Chorprobe Stadtchor (verlegt auf Donnerstag)')
    expect(
      events
        .filter((e) => e.cancelled)
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Chorprobe Stadtchor', 'Lesung: Hans Fallada'])
    expect(events.find((e) => e.title === 'Lesung: Hans Fallada')?.cancellationNote).toBe(
      'Laut Vereinskalender abgesagt.',
    )
    const market = events.find((e) => e.title.startsWith('Weihnachtsmarkt'))!
    expect(market.allDay).toBe(true)
    expect(market.venue?.name).toBe('Marktplatz Neubrandenburg')
    // Readable, unique slugs for the series.
    expect(new Set(events.map((e) => e.slug)).size).toBe(11)
    expect(events[0].slug).toMatch(/^chorprobe-stadtchor-\d{4}-\d{2}-\d{2}$/)

    const feed = await feedDoc(kultur.id)
    expect(feed.lastError ?? null).toBeNull()
    expect(feed.importedCount).toBe(11)
    expect(feed.lastResult).toMatch(/11 Termine .*11 neu/)
    expect(feed.lastSuccessAt).toBeTruthy()
  })

  it('publishes a trusted association’s entries directly', async () => {
    const events = await feedEvents(kultur.id)
    expect(events.every((e) => e._status === 'published')).toBe(true)
    const list = (await (await api('/api/events?limit=100&where[imported][equals]=true')).json()) as {
      docs: Event[]
    }
    expect(list.docs.filter((e) => e.title === 'Chorprobe Stadtchor')).toHaveLength(8)
  })

  it('keeps another association’s imported entries as drafts for review, invisible to the public', async () => {
    sportCalendar = shiftToNow(fixture('sportverein-outlook.ics'))
    server.routes.set('/sport/kalender.ics', () => sportCalendar)
    const rebuildBefore = await pendingRebuild()
    sport = await createFeed('Trainingskalender', `${server.url}/sport/kalender.ics`, club)
    await runJobs()
    // Drafts do not change the public site: no rebuild requested.
    expect((await pendingRebuild())?.lastChangeAt).toBe(rebuildBefore?.lastChangeAt)
    const events = await feedEvents(sport.id)
    expect(events.length).toBeGreaterThan(3)
    for (const event of events) {
      expect(event._status).toBe('draft')
      if (hasReview) expect(event.reviewStatus).toBe('submitted')
    }
    const anonymous = (await (await api('/api/events?limit=200')).json()) as { docs: Event[] }
    expect(anonymous.docs.some((e) => events.some((x) => x.id === e.id))).toBe(false)
    expect((await feedDoc(sport.id)).lastResult).toMatch(/warten auf Prüfung/)
  })

  it('keeps an approved entry online unchanged while the club’s later change waits for review', async () => {
    const meeting = (await feedEvents(sport.id)).find((e) => e.title === 'Vorstandssitzung')!
    const approve = await api(
      `/api/events/${meeting.id}`,
      { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) },
      editor,
    )
    expect(approve.status).toBe(200)
    expect(((await (await api(`/api/events/${meeting.id}`)).json()) as Event).title).toBe('Vorstandssitzung')

    sportCalendar = sportCalendar.replace(
      'SUMMARY;LANGUAGE=de-DE:Vorstandssitzung',
      'SUMMARY;LANGUAGE=de-DE:Vorstandssitzung mit Wahlen',
    )
    await cms.payload.jobs.queue({
      task: 'importCalendarFeeds' as never,
      input: { feed: String(sport.id) } as never,
      queue: 'default',
    })
    await runJobs()

    const live = (await (await api(`/api/events/${meeting.id}`)).json()) as Event
    expect(live.title).toBe('Vorstandssitzung')
    const latest = (await cms.payload.findByID({
      collection: 'events',
      id: meeting.id,
      draft: true,
      overrideAccess: true,
    })) as Event
    expect(latest.title).toBe('Vorstandssitzung mit Wahlen')
    if (hasReview) expect(latest.reviewStatus).toBe('submitted')
  })

  it('updates changed entries by UID, removes vanished future ones and leaves unchanged ones untouched', async () => {
    const before = await feedEvents(kultur.id)
    const reading = before.find((e) => e.title === 'Lesung: Hans Fallada')!
    const choir = before.filter((e) => e.title === 'Chorprobe Stadtchor')
    clubCalendar = clubCalendar
      .replace('SUMMARY:Lesung: Hans Fallada', 'SUMMARY:Lesung: Hans Fallada – neuer Termin folgt')
      .replace(/BEGIN:VEVENT\r\nDTSTART;VALUE=DATE[\s\S]*?END:VEVENT\r\n/, '')

    await cms.payload.jobs.queue({
      task: 'importCalendarFeeds' as never,
      input: { feed: String(kultur.id) } as never,
      queue: 'default',
    })
    await runJobs()

    const after = await feedEvents(kultur.id)
    expect(after).toHaveLength(10)
    expect(after.find((e) => e.id === reading.id)?.title).toBe('Lesung: Hans Fallada – neuer Termin folgt')
    expect(after.some((e) => e.title.startsWith('Weihnachtsmarkt'))).toBe(false)
    for (const event of choir) expect(after.find((e) => e.id === event.id)?.updatedAt).toBe(event.updatedAt)
    expect((await feedDoc(kultur.id)).lastResult).toMatch(/0 neu, 1 geändert, 1 entfernt, 9 unverändert/)
  })
})

describe('bad feeds', () => {
  const bad: [string, string | (() => string), RegExp][] = [
    ['an HTML page instead of a calendar', '/html/login', /Webseite \(HTML\) statt eines Kalenders/],
    ['not iCalendar at all', '/ics/not-ical.json', /kein Kalender im iCalendar-Format/],
    ['a truncated file', '/ics/truncated.ics', /unvollständig/],
    ['broken dates', '/ics/broken-dates.ics', /Ungültiges Datum beim Termin „Stammtisch“/],
    ['a file that is too large', '/huge', /zu groß/],
    ['a redirect loop', '/loop-a', /Weiterleitungsschleife/],
    ['a redirect into the private network', '/to-private', /internes Netz \(10\.20\.30\.40\)/],
    ['a missing file', '/missing/kalender.ics', /HTTP 404/],
  ]
  for (const [what, path, message] of bad) {
    it(`record a German error for ${what} and change nothing already saved`, async () => {
      const before = await snapshot(kultur.id)
      expect(before.length).toBeGreaterThan(0)
      await cms.payload.update({
        collection: 'calendar-feeds' as never,
        id: kultur.id,
        data: { url: `${server.url}${path}` } as never,
        overrideAccess: true,
      })
      await runJobs()
      const feed = await feedDoc(kultur.id)
      expect(feed.lastError).toMatch(message)
      expect(feed.lastError).toMatch(/^\d{2}\.\d{2}\.\d{4}/)
      expect(await snapshot(kultur.id)).toEqual(before)
    })
  }

  it('takes back every write of a run when one save fails midway', async () => {
    const content = async () => (await snapshot(kultur.id)).map((row) => row.split('|').slice(0, 5).join('|'))
    const before = await content()
    // The club adds three dates and changes two; the database then refuses the second change (a
    // stand-in for a full disk or a lost connection, injected into Payload's save pipeline).
    const previous = clubCalendar
    const added = [1, 2, 3].map((n) => {
      const start = /DTSTART:(\d{8}T\d{6})/.exec(
        shiftToNow(`BEGIN:VEVENT\r\nDTSTART:2026101${n}T180000\r\nEND:VEVENT`),
      )![1]
      return `BEGIN:VEVENT\r\nUID:neu-${n}@verein.example\r\nDTSTART;TZID=Europe/Berlin:${start}\r\nSUMMARY:Neuer Termin ${n}\r\nLOCATION:Vereinsraum\r\nEND:VEVENT\r\n`
    })
    clubCalendar = clubCalendar
      .replace(
        'SUMMARY:Chorprobe Stadtchor (verlegt auf Donnerstag)',
        'SUMMARY:Chorprobe Stadtchor (Donnerstag, Raum 2)',
      )
      .replace(
        'SUMMARY:Lesung: Hans Fallada – neuer Termin folgt',
        'SUMMARY:Lesung: Hans Fallada – wieder geplant',
      )
      .replace('END:VCALENDAR', `${added.join('')}END:VCALENDAR`)
    const hooks = cms.payload.collections.events.config.hooks.beforeChange
    const refuse = ({ data }: { data: Partial<Event> }) => {
      if (data.title === 'Lesung: Hans Fallada – wieder geplant')
        throw new Error('Datenbank nicht erreichbar')
      return data
    }
    hooks.push(refuse as never)
    try {
      // Back from the bad addresses above to the club's calendar; saving queues the import.
      await cms.payload.update({
        collection: 'calendar-feeds' as never,
        id: kultur.id,
        data: { url: `${server.url}/kulturverein/kalender.ics` } as never,
        overrideAccess: true,
      })
      await runJobs()
    } finally {
      hooks.splice(hooks.indexOf(refuse as never), 1)
      clubCalendar = previous
    }
    const feed = await feedDoc(kultur.id)
    expect(feed.lastError).toMatch(/Datenbank nicht erreichbar\. Es wurde nichts geändert/)
    // The first change is taken back, the new dates are gone again.
    expect(await content()).toEqual(before)
    const stray = await cms.payload.find({
      collection: 'events',
      where: { title: { in: ['Neuer Termin 1', 'Neuer Termin 2', 'Neuer Termin 3'] } },
      draft: true,
      overrideAccess: true,
    })
    expect(stray.totalDocs).toBe(0)
  })

  it('recovers on the next good run and clears the error', async () => {
    await cms.payload.jobs.queue({
      task: 'importCalendarFeeds' as never,
      input: { feed: String(kultur.id) } as never,
      queue: 'default',
    })
    await runJobs()
    const feed = await feedDoc(kultur.id)
    expect(feed.lastError ?? null).toBeNull()
    expect(feed.importedCount).toBe(10)
  })

  it('imports a feed whose server closed the connection before answering the first request', async () => {
    const path = '/drop-once/kulturverein-google.ics'
    const flaky = await createFeed('Kalender hinter einem Proxy', `${server.url}${path}`, trustedClub)
    await runJobs()
    const feed = await feedDoc(flaky.id)
    expect(feed.lastError ?? null).toBeNull()
    expect(await feedEvents(flaky.id)).toHaveLength(11)
    expect(server.hits.filter((hit) => hit === path)).toHaveLength(2)
    await cms.payload.delete({ collection: 'calendar-feeds', id: flaky.id, overrideAccess: true })
  })

  it('refuses a plain-http or malformed address when it is entered, in German', async () => {
    const res = await api(
      '/api/calendar-feeds',
      {
        method: 'POST',
        body: JSON.stringify({ name: 'X', url: 'http://kalender.example.org/feed.ics', association: club }),
      },
      editor,
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/nur verschlüsselte Adressen erlaubt/)
  })
})

describe('editors and access', () => {
  it('lets an editor block a single imported entry: it goes offline and later imports leave it alone', async () => {
    const target = (await feedEvents(kultur.id)).find(
      (e) => e.title === 'Chorprobe Stadtchor' && !e.cancelled,
    )!
    const res = await api(
      `/api/events/${target.id}`,
      { method: 'PATCH', body: JSON.stringify({ importBlocked: true }) },
      editor,
    )
    expect(res.status).toBe(200)
    expect((await api(`/api/events/${target.id}`)).status).toBe(404)

    // The club renames the series and later deletes it: the blocked entry is neither updated,
    // republished nor deleted.
    clubCalendar = clubCalendar.replace(
      /SUMMARY:Chorprobe Stadtchor\r\n/g,
      'SUMMARY:Chorprobe Stadtchor (neu)\r\n',
    )
    await cms.payload.jobs.queue({
      task: 'importCalendarFeeds' as never,
      input: { feed: String(kultur.id) } as never,
      queue: 'default',
    })
    await runJobs()
    let blocked = (await cms.payload.findByID({
      collection: 'events',
      id: target.id,
      draft: true,
      overrideAccess: true,
    })) as Event
    expect(blocked.title).toBe('Chorprobe Stadtchor')
    expect(blocked._status).toBe('draft')
    expect(
      (await feedEvents(kultur.id)).filter((e) => e.title === 'Chorprobe Stadtchor (neu)').length,
    ).toBeGreaterThan(3)

    clubCalendar = clubCalendar.replace(
      /BEGIN:VEVENT\r\nDTSTART;TZID=Europe\/Berlin:\d{8}T190000\r\nDTEND[\s\S]*?END:VEVENT\r\n/,
      '',
    )
    await cms.payload.jobs.queue({
      task: 'importCalendarFeeds' as never,
      input: { feed: String(kultur.id) } as never,
      queue: 'default',
    })
    await runJobs()
    blocked = (await cms.payload.findByID({
      collection: 'events',
      id: target.id,
      draft: true,
      overrideAccess: true,
    })) as Event
    expect(blocked.importBlocked).toBe(true)
    expect((await feedEvents(kultur.id)).some((e) => e.title === 'Chorprobe Stadtchor (neu)')).toBe(false)
  })

  it('lets a club account manage only its own association’s feeds', async () => {
    await cms.payload.create({
      collection: 'users',
      data: {
        email: 'chor@example.org',
        password: 'Test-Passwort-1!',
        role: 'association',
        associations: [club],
      } as never,
      overrideAccess: true,
    })
    const member = await login(cms.api!, 'chor@example.org', 'Test-Passwort-1!')
    const own = await api(
      '/api/calendar-feeds',
      {
        method: 'POST',
        body: JSON.stringify({
          name: 'Unser Kalender',
          url: `${server.url}/shifted/sportverein-outlook.ics`,
          association: club,
        }),
      },
      member,
    )
    expect(own.status).toBe(201)
    const foreign = await api(
      '/api/calendar-feeds',
      {
        method: 'POST',
        body: JSON.stringify({ name: 'Fremd', url: `${server.url}/x.ics`, association: trustedClub }),
      },
      member,
    )
    expect([400, 403]).toContain(foreign.status)
    const list = (await (await api('/api/calendar-feeds?limit=50', {}, member)).json()) as {
      docs: CalendarFeed[]
    }
    expect(list.docs.length).toBeGreaterThan(0)
    expect(
      list.docs.every((f) => (typeof f.association === 'object' ? f.association.id : f.association) === club),
    ).toBe(true)
    // Moving an own feed to another association is refused as well.
    const ownId = ((await own.json()) as { doc: CalendarFeed }).doc.id
    const move = await api(
      `/api/calendar-feeds/${ownId}`,
      { method: 'PATCH', body: JSON.stringify({ association: trustedClub }) },
      member,
    )
    expect(move.status).toBe(400)
    expect(JSON.stringify(await move.json())).toMatch(
      /nur für einen Verein eintragen, dem Ihr Konto zugeordnet ist/,
    )
    expect((await api(`/api/calendar-feeds/${kultur.id}`, {}, member)).status).toBe(404)
  })

  it('keeps feeds (their addresses may hold private tokens) away from the public', async () => {
    expect((await api('/api/calendar-feeds')).status).toBe(403)
    expect((await api(`/api/calendar-feeds/${kultur.id}`)).status).toBe(403)
  })

  it('does not let anyone but the import job write the import fields', async () => {
    const target = (await feedEvents(kultur.id))[0]
    await api(
      `/api/events/${target.id}`,
      { method: 'PATCH', body: JSON.stringify({ imported: false, calendarImport: { key: 'x' } }) },
      editor,
    )
    const after = (await cms.payload.findByID({
      collection: 'events',
      id: target.id,
      draft: true,
      overrideAccess: true,
    })) as Event
    expect(after.imported).toBe(true)
    expect(after.calendarImport?.key).toBe(target.calendarImport?.key)
  })

  it('removes a deleted feed’s upcoming events, keeping blocked ones', async () => {
    const extra = await createFeed(
      'Zweitkalender',
      `${server.url}/shifted/kulturverein-google.ics`,
      trustedClub,
    )
    await runJobs()
    const events = await feedEvents(extra.id)
    expect(events).toHaveLength(11)
    await api(
      `/api/events/${events[0].id}`,
      { method: 'PATCH', body: JSON.stringify({ importBlocked: true }) },
      editor,
    )
    expect((await api(`/api/calendar-feeds/${extra.id}`, { method: 'DELETE' }, editor)).status).toBe(200)
    const left = await cms.payload.find({
      collection: 'events',
      where: { id: { in: events.map((e) => e.id) } },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(left.docs.map((e) => e.id)).toEqual([events[0].id])
  })

  it('is scheduled: the running CMS queues the import of all feeds every hour', async () => {
    const task = cms.payload.config.jobs.tasks?.find((t) => t.slug === 'importCalendarFeeds')
    expect(task?.schedule).toEqual([{ cron: '0 * * * *', queue: 'default' }])
    await cms.payload.jobs.handleSchedules({ queue: 'default' })
    const queued = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'importCalendarFeeds' }, completedAt: { exists: false } },
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBeGreaterThan(0)
  })
})

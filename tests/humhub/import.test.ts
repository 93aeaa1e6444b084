// Issue 21: the HumHub importer against a stand-in of HumHub's REST API, into a real CMS on a
// throwaway database: what arrives, the dry run's report, the second run, and failures that stop
// the run before anything is written.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { topics as seedTopics } from '../../cms/src/seed/data/taxonomy'

import { importHumHub, formatReport, type ImportOptions } from '../../scripts/humhub/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { EXISTING_NAME, NOW, oldSite } from './fixture'
import { entry, pngOf, space, startHumHubStandIn, TOKEN, type StandIn } from './humhub-server'

let cms: TestCms
let humhub: StandIn
// The sample mapping the README points editors to, used as it ships.
const TOPICS = path.resolve('scripts/humhub/topics.example.json')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-humhub-topics-'))
const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  url: `${humhub.url}/api/v1/`,
  token: TOKEN,
  now: NOW,
  newsSpace: 6,
  topics: TOPICS,
  ...extra,
})
const topicId = async (slug: string) =>
  (await cms.payload.find({ collection: 'topics', where: { slug: { equals: slug } }, overrideAccess: true }))
    .docs[0].id

// Test reads of documents of three collections; the generated types would need a cast per field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>
const imported = async (collection: 'associations' | 'events' | 'news') =>
  (
    await cms.payload.find({
      collection,
      where: { 'source.system': { equals: 'humhub' } },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
  ).docs as Doc[]
const bySource = async (collection: 'associations' | 'events' | 'news', id: string) =>
  (await imported(collection)).find((d) => d.source?.externalId === id)
const counts = async () => ({
  associations: (await cms.payload.count({ collection: 'associations', overrideAccess: true })).totalDocs,
  events: (await cms.payload.count({ collection: 'events', overrideAccess: true })).totalDocs,
  news: (await cms.payload.count({ collection: 'news', overrideAccess: true })).totalDocs,
  media: (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
})

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'humhub-import' })
  await cms.payload.create({
    collection: 'associations',
    data: {
      name: EXISTING_NAME,
      shortDescription: 'Schon auf der neuen Plattform.',
      kind: 'club',
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  for (const t of seedTopics.slice(0, 4))
    await cms.payload.create({
      collection: 'topics',
      data: { name: t.de, slug: t.slug },
      overrideAccess: true,
    })
  humhub = await startHumHubStandIn(oldSite)
}, budgets.slowTest)

afterAll(async () => {
  await humhub?.close()
  await cms?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('a dry run', () => {
  it('reports what it would create and skip, with reasons, and writes nothing', async () => {
    const before = await counts()
    const report = await importHumHub(cms.payload, options({ dryRun: true }))
    expect(await counts()).toEqual(before)
    expect(report.counts).toMatchObject({ neu: 11, geändert: 0, übersprungen: 2, verschwunden: 0 })
    const text = formatReport(report)
    expect(text).toMatch(/^Probelauf \(es wurde nichts gespeichert\):/)
    expect(text).toContain(
      `übersprungen Verein   Space „${EXISTING_NAME}“ (#4) – Name schon vergeben: Es gibt bereits einen Verein „${EXISTING_NAME}“`,
    )
    expect(text).toContain(
      'übersprungen Verein   Space „Ohne Beschreibung“ (#5) – Beschreibung fehlt (Pflichtfeld „Kurzbeschreibung“)',
    )
    expect(text).toContain(
      'neu          Termin   Termin „Spieleabend“ (#12, Space „Stadtteiltreff Oststadt“)',
    )
    expect(text).toContain('Nicht übernommen (nicht öffentlich): 1 Space(s), 2 Inhalt(e).')
    // Tags the mapping file does not know, with the spaces carrying them ("musik" matches "Musik").
    expect(report.unknownTags).toEqual({
      Brettspiele: ['Stadtteiltreff Oststadt', 'Kleingartenverein Am See'],
    })
    expect(text).toContain(
      'Schlagwörter ohne Zuordnung (kein Thema gesetzt; bitte in der Zuordnungsdatei ergänzen):\n  „Brettspiele“: Stadtteiltreff Oststadt, Kleingartenverein Am See',
    )
    // The private space is neither named nor read beyond the list of spaces.
    expect(text).not.toContain('Vorstand')
    expect(humhub.requests.some((r) => r.startsWith('/api/v1/calendar/container/103'))).toBe(false)
    expect(humhub.requests.some((r) => /membership/.test(r))).toBe(false)
    // Seven spaces at three per page.
    expect(humhub.requests.filter((r) => r.startsWith('/api/v1/space?'))).toEqual([
      '/api/v1/space?page=1&limit=50',
      '/api/v1/space?page=2&limit=50',
      '/api/v1/space?page=3&limit=50',
    ])
  })
})

describe('the import', () => {
  const progress: [number, number, string, string][] = []
  beforeAll(async () => {
    await importHumHub(cms.payload, options({ progress: (...call) => progress.push(call) }))
  }, budgets.slowTest)

  it('reports its progress: reading space by space, then saving document by document', () => {
    const reading = progress.filter((c) => c[3] === 'lesen')
    const saving = progress.filter((c) => c[3] === 'speichern')
    // Six public spaces, eleven new documents (as the dry run said).
    expect(reading[0]).toEqual([0, 6, 'Stadtteiltreff Oststadt', 'lesen'])
    expect(reading.at(-1)).toEqual([6, 6, '', 'lesen'])
    expect(saving[0]).toEqual([0, 11, 'Space „Stadtteiltreff Oststadt“ (#1)', 'speichern'])
    expect(saving.map((c) => c[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(progress.indexOf(saving[0])).toBeGreaterThan(progress.indexOf(reading.at(-1) as never))
  })

  it('brings public spaces as associations into the review queue, sanitized, without the private space or the clash', async () => {
    const associations = await imported('associations')
    expect(associations.map((a) => a.name).sort()).toEqual([
      'Chor Neubrandenburg',
      'Kleingartenverein Am See',
      'Neuigkeiten aus der Stadt',
      'Stadtteiltreff Oststadt',
    ])
    for (const a of associations) {
      expect(a._status).toBe('draft')
      expect(a.reviewStatus).toBe('submitted')
      expect(a.source.system).toBe('humhub')
      expect(new Date(a.source.importedAt).toISOString()).toBe(NOW.toISOString())
    }
    expect(
      (
        await cms.payload.count({
          collection: 'associations',
          where: { name: { equals: EXISTING_NAME } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
    const treff = associations.find((a) => a.name === 'Stadtteiltreff Oststadt') as Doc
    expect(treff.slug).toBe('stadtteiltreff-oststadt')
    expect(treff.source.url).toBe(`${humhub.url}/s/stadtteiltreff-oststadt/`)
    expect(treff.shortDescription).toBe(
      'Wir treffen uns jeden Dienstag im Oststadt-Zentrum. Kommen Sie vorbei! Programm',
    )
    const json = JSON.stringify(treff.description)
    for (const bad of ['alert', 'gehackt', 'script', 'onclick', 'stehlen', 'onmouseover'])
      expect(json).not.toContain(bad)
    const [first, second] = treff.description.root.children
    expect(first.children.map((n: Doc) => [n.text, n.format])).toEqual([
      ['Wir treffen uns ', 0],
      ['jeden Dienstag', 1],
      [' im Oststadt-Zentrum.', 0],
    ])
    expect(second.children[1]).toMatchObject({
      type: 'link',
      fields: { url: 'https://oststadt.example/programm' },
    })
  })

  it('is invisible to the public until an editor publishes', async () => {
    const res = await fetch(`${cms.api!.url}/api/associations?where[source.system][equals]=humhub`)
    expect(((await res.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('makes the space image the logo, with an alternative text from the name', async () => {
    const chor = (await bySource('associations', 'space:2')) as Doc
    const logo = await cms.payload.findByID({ collection: 'media', id: chor.logo, overrideAccess: true })
    expect(logo.alt).toBe('Logo von Chor Neubrandenburg')
    // Stored like every upload (sharp turns it into WebP).
    expect(logo.filename).toMatch(/^chor-neubrandenburg/)
  })

  it('gives the associations the topics their HumHub tags map to', async () => {
    const topicsOf = async (id: string) => ((await bySource('associations', id)) as Doc).topics
    expect(await topicsOf('space:2')).toEqual([await topicId('kultur-und-musik')])
    expect(await topicsOf('space:1')).toEqual([await topicId('soziales-und-nachbarschaft')])
    expect((await topicsOf('space:7')).sort()).toEqual(
      [await topicId('umwelt-und-natur'), await topicId('sport-und-bewegung')].sort(),
    )
    expect(await topicsOf('space:6')).toEqual([])
  })

  it('makes the space banner a picture of the association, with an alternative text from the name', async () => {
    const treff = (await bySource('associations', 'space:1')) as Doc
    expect(treff.logo ?? null).toBeNull()
    expect(treff.images).toHaveLength(1)
    const banner = await cms.payload.findByID({
      collection: 'media',
      id: treff.images[0],
      overrideAccess: true,
    })
    expect(banner.alt).toBe('Titelbild von Stadtteiltreff Oststadt')
    expect(banner.filename).toMatch(/^stadtteiltreff-oststadt-titelbild/)
    expect(banner.width).toBe(64)
  })

  it('turns public calendar entries into events in Berlin time, expanding the series across the clock change', async () => {
    const events = await imported('events')
    expect(events.map((e) => e.title).sort()).toEqual([
      'Chorfest am Hafen',
      'Nachbarschaftscafé',
      'Spieleabend',
      'Spieleabend',
      'Spieleabend',
      'Spieleabend',
    ])
    const treff = (await bySource('associations', 'space:1')) as Doc
    const cafe = events.find((e) => e.source.externalId === 'calendar:11') as Doc
    expect(cafe).toMatchObject({
      start: '2026-10-14T16:00:00.000Z',
      end: '2026-10-14T18:00:00.000Z',
      allDay: false,
      organizers: [treff.id],
      _status: 'draft',
      reviewStatus: 'submitted',
    })
    expect(cafe.venue.name).toBe('Oststadt-Zentrum, Ihlenfelder Straße')
    expect(cafe.source.url).toBe(`${humhub.url}/s/stadtteiltreff-oststadt/calendar/entry/view?id=11`)
    // Bold from the Markdown-like text (compared by node: PostgreSQL's jsonb orders keys its own way).
    expect(cafe.body.root.children[0].children.map((n: Doc) => [n.text, n.format])).toContainEqual([
      'gute Gespräche',
      1,
    ])
    const series = events
      .filter((e) => e.title === 'Spieleabend')
      .map((e) => e.start)
      .sort()
    // 19:00 in Neubrandenburg: summer time until 25 October, then winter time.
    expect(series).toEqual([
      '2026-10-06T17:00:00.000Z',
      '2026-10-13T17:00:00.000Z',
      '2026-10-20T17:00:00.000Z',
      '2026-10-27T18:00:00.000Z',
    ])
    const fest = events.find((e) => e.title === 'Chorfest am Hafen') as Doc
    expect(fest).toMatchObject({
      allDay: true,
      start: '2026-10-16T22:00:00.000Z',
      end: '2026-10-18T21:59:00.000Z',
    })
    expect(events.some((e) => /Vorstand|Geheim/.test(e.title))).toBe(false)
  })

  it('takes the public posts of the chosen space as news', async () => {
    const news = await imported('news')
    expect(news).toHaveLength(1)
    const space6 = (await bySource('associations', 'space:6')) as Doc
    expect(news[0]).toMatchObject({
      title: 'Neue Bänke am Tollensesee',
      association: space6.id,
      publishedDate: '2026-09-20T07:30:00.000Z',
      reviewStatus: 'submitted',
    })
    expect(news[0].source.url).toBe(`${humhub.url}/content/perma?id=2061`)
  })

  it('a second run updates what changed, leaves the rest and reports what vanished without deleting it', async () => {
    const before = await counts()
    const unchangedEvent = (await bySource('events', 'calendar:11')) as Doc
    const data = humhub.data
    humhub.data = {
      ...data,
      spaces: data.spaces
        .filter((s) => s.id !== 7)
        .map((s) =>
          s.id === 1 ? { ...s, description: '<p>Neu: Wir treffen uns jetzt <em>mittwochs</em>.</p>' } : s,
        ),
    }
    const report = await importHumHub(cms.payload, options())
    humhub.data = data
    expect(report.counts).toMatchObject({ neu: 0, geändert: 1, verschwunden: 1, übersprungen: 2 })
    expect(formatReport(report)).toContain(
      'verschwunden Verein   Verein „Kleingartenverein Am See“ (space:7) – nicht mehr (öffentlich) in HumHub; bleibt erhalten, bitte prüfen',
    )
    expect(await counts()).toEqual(before)
    expect(((await bySource('associations', 'space:1')) as Doc).shortDescription).toBe(
      'Neu: Wir treffen uns jetzt mittwochs.',
    )
    expect(await bySource('associations', 'space:7')).toBeTruthy()
    // Unchanged objects are not written again (no new version, same timestamp).
    expect(((await bySource('events', 'calendar:11')) as Doc).updatedAt).toBe(unchangedEvent.updatedAt)
  })
})

describe('images on a later run', () => {
  it('fill in a logo the association lacks, and never replace one it has', async () => {
    const chorBefore = (await bySource('associations', 'space:2')) as Doc
    const data = humhub.data
    const guid = (id: number) => String(data.spaces.find((s) => s.id === id)?.guid)
    humhub.data = {
      ...data,
      images: {
        ...data.images,
        // The news space gets a logo in HumHub; the choir a new one.
        [guid(6)]: { status: 200, type: 'image/png', body: await pngOf('#81b29a') },
        [guid(2)]: { status: 200, type: 'image/png', body: await pngOf('#f2cc8f') },
      },
    }
    const report = await importHumHub(cms.payload, options())
    humhub.data = data
    const changed = report.lines.filter((l) => l.action === 'geändert').map((l) => l.label)
    // (The Stadtteiltreff too: the run before changed its description and HumHub has the old one again.)
    expect(changed.sort()).toEqual([
      'Space „Chor Neubrandenburg“ (#2)',
      'Space „Neuigkeiten aus der Stadt“ (#6)',
      'Space „Stadtteiltreff Oststadt“ (#1)',
    ])
    const news = (await bySource('associations', 'space:6')) as Doc
    const logo = await cms.payload.findByID({ collection: 'media', id: news.logo, overrideAccess: true })
    expect(logo.alt).toBe('Logo von Neuigkeiten aus der Stadt')
    expect(((await bySource('associations', 'space:2')) as Doc).logo).toBe(chorBefore.logo)
  })
})

describe('bad answers stop the run with a German message naming the object, and write nothing', () => {
  const newSpace = () =>
    space(8, 'Angelverein Lindetal', 'angelverein-lindetal', humhub.url, {
      description: 'Angeln an der Linde.',
    })
  const attempt = async (change: (s: StandIn) => void, extra: Partial<ImportOptions> = {}) => {
    const data = humhub.data
    humhub.data = {
      ...data,
      spaces: [...data.spaces, newSpace()],
      calendar: { ...data.calendar },
      images: { ...data.images },
    }
    change(humhub)
    const before = await counts()
    try {
      await importHumHub(cms.payload, options(extra))
      throw new Error('Der Import hätte abbrechen müssen.')
    } catch (error) {
      expect(await counts()).toEqual(before)
      expect(await bySource('associations', 'space:8')).toBeUndefined()
      return (error as Error).message
    } finally {
      humhub.data = data
      humhub.faults = {}
    }
  }

  it('an HTTP error', async () => {
    expect(await attempt((s) => (s.faults = { status: { '/calendar/container/102': 500 } }))).toBe(
      'HumHub antwortet beim Lesen der Termine des Space „Chor Neubrandenburg“ (Seite 1) mit HTTP 500 (/api/v1/calendar/container/102?page=1&limit=50).',
    )
  })

  it('a wrong shape', async () => {
    const message = await attempt(
      (s) =>
        (s.faults = {
          body: {
            '/calendar/container/101': {
              total: 1,
              page: 1,
              pages: 1,
              results: [{ id: 'elf', title: 'Kaputt' }],
            },
          },
        }),
    )
    expect(message).toMatch(
      /^Unerwartete Antwort von HumHub beim Lesen der Termine des Space „Stadtteiltreff Oststadt“ \(Seite 1\): Feld „results\.0\.id“: /,
    )
  })

  it('a timeout', async () => {
    const message = await attempt((s) => (s.faults = { stall: '/post/container/106' }), { timeoutMs: 400 })
    expect(message).toBe(
      'Zeitüberschreitung beim Lesen der Beiträge des Space „Neuigkeiten aus der Stadt“ (Seite 1): HumHub hat nicht innerhalb von 0,4 s geantwortet (/api/v1/post/container/106).',
    )
  })

  it('a refused token', async () => {
    expect(await attempt(() => {}, { token: 'falsch' })).toMatch(
      /^HumHub hat den Zugriff beim Lesen der Liste der Spaces \(Seite 1\) abgelehnt \(HTTP 401\)\. Bitte prüfen Sie das API-Token/,
    )
  })

  it('a failing image', async () => {
    const message = await attempt((s) => (s.data.images[String(newSpace().guid)] = { status: 500 }))
    expect(message).toBe(
      'Das Bild von Space „Angelverein Lindetal“ konnte nicht geladen werden (HTTP 500, /uploads/profile_image/5ace0000-0000-4000-8000-000000000008.jpg).',
    )
  })

  it('a failing banner', async () => {
    const message = await attempt(
      (s) => (s.data.images[`banner/${String(newSpace().guid)}`] = { status: 503 }),
    )
    expect(message).toBe(
      'Das Bild von Space „Angelverein Lindetal“ (Titelbild) konnte nicht geladen werden (HTTP 503, /uploads/profile_image/banner/5ace0000-0000-4000-8000-000000000008.jpg).',
    )
  })

  it('a mapping file that names a topic we do not have', async () => {
    const file = path.join(tmp, 'falsch.json')
    fs.writeFileSync(file, JSON.stringify({ Chor: 'chorgesang' }))
    const requests = humhub.requests.length
    expect(await attempt(() => {}, { topics: file })).toBe(
      'Die Zuordnungsdatei ordnet das Schlagwort „Chor“ dem Thema „chorgesang“ zu, das es nicht gibt. Vorhandene Themen: kultur-und-musik, soziales-und-nachbarschaft, sport-und-bewegung, umwelt-und-natur.',
    )
    // Checked before HumHub is read (a city's worth of spaces takes minutes).
    expect(humhub.requests.length).toBe(requests)
  })

  it('a mapping file that is no JSON object of tags', async () => {
    const file = path.join(tmp, 'liste.json')
    fs.writeFileSync(file, JSON.stringify(['Chor', 'Sport']))
    const requests = humhub.requests.length
    expect(await attempt(() => {}, { topics: file })).toBe(
      `Die Zuordnungsdatei der Schlagwörter „${file}“ hat nicht das erwartete Format ({ "Schlagwort": "themen-slug" | ["slug", …] | null }).`,
    )
    // Checked before HumHub is asked anything.
    expect(humhub.requests.length).toBe(requests)
  })

  it('a save that fails midway is taken back (the association and its banner written before it are gone again)', async () => {
    const banner = await pngOf('#3d405b')
    const message = await attempt(
      (s) => {
        s.data.images[`banner/${String(newSpace().guid)}`] = { status: 200, type: 'image/png', body: banner }
        s.data.calendar[108] = [
          entry(81, 'angelverein-lindetal', 108, s.url, {
            title: 'Anangeln',
            start_datetime: '2200-04-01 07:00:00',
            end_datetime: '2200-04-01 12:00:00',
          }),
        ]
      },
      { publish: true },
    )
    expect(message).toMatch(
      /^Termin „Anangeln“ \(#81, Space „Angelverein Lindetal“\) konnte nicht gespeichert werden: .*Beginn.* Der Import wurde zurückgenommen; die Datenbank ist unverändert\.$/,
    )
  })

  it('an oversized image', async () => {
    const body = await pngOf('#ffffff')
    const message = await attempt(
      (s) =>
        (s.data.images[String(newSpace().guid)] = {
          status: 200,
          type: 'image/png',
          body,
          length: 50 * 1024 * 1024,
        }),
    )
    expect(message).toBe(
      'Das Bild von Space „Angelverein Lindetal“ ist 50 MB groß; erlaubt sind höchstens 10 MB.',
    )
  })
})

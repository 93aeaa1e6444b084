import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { loadCouncil } from '../../site/src/lib/oparl/index'
import { type OparlMode, type OparlStandIn, startOparlStandIn } from './oparl-stand-in'

// The council reader against a stand-in OParl 1.1 server: what it shows (public agenda items
// only, links to files, committees by name, six months back), incremental reads with
// modified_since, and every way the source can fail: the build always gets meetings or a reason.
let oparl: OparlStandIn
let dir: string
const logs: string[] = []
const log = (m: string) => logs.push(m)

beforeAll(async () => {
  oparl = await startOparlStandIn()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-oparl-'))
})
afterAll(async () => {
  await oparl?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  oparl.mode = 'ok'
  oparl.requests.length = 0
  logs.length = 0
})

describe('reading the council information system', () => {
  it('shows the public meetings of the last six months and ahead, with public agenda items only', async () => {
    const result = await loadCouncil({ systemUrl: oparl.systemUrl, log })
    expect(result.state).toBe('live')
    expect(result.bodyName).toBe('Stadt Neubrandenburg')
    expect(result.meetings.map((m) => m.name)).toEqual([
      'Sitzung des Hauptausschusses',
      'Sitzung der Stadtvertretung',
      'Sitzung des Hauptausschusses',
      'Sitzung des Ausschusses für Stadtentwicklung, Umwelt und Bau',
      'Sitzung der Stadtvertretung',
    ])
    const council = result.meetings[1]!
    expect(council.organizations).toEqual([
      { id: `${oparl.url}/oparl/v1/organization/1`, name: 'Stadtvertretung Neubrandenburg' },
    ])
    expect(council.location).toBe(
      'Rathaus, Großer Sitzungssaal, Friedrich-Engels-Ring 53, 17033 Neubrandenburg',
    )
    expect(council.agenda.map((a) => `${a.number} ${a.name}`)).toEqual([
      '1 Eröffnung und Feststellung der Beschlussfähigkeit',
      '2 Einwohnerfragestunde',
      '3 Haushaltssatzung 2027 der Stadt Neubrandenburg',
    ])
    // Linked, never copied: the file stays on the council system.
    expect(council.agenda[2]!.files).toEqual([
      { name: 'Vorlage zu TOP 3', url: `${oparl.url}/oparl/v1/file/302/download` },
    ])
    expect(council.files[0]).toEqual({
      name: 'Einladung Sitzung der Stadtvertretung',
      url: `${oparl.url}/oparl/v1/file/30/download`,
    })
    expect(council.web).toBe(`${oparl.url}/si0057.asp?__ksinr=3`)
    // Non-public items, deleted and older meetings leave no trace.
    const all = JSON.stringify(result)
    for (const hidden of [
      'Grundstücksangelegenheit',
      'Personalangelegenheit',
      'Kita Lindenhof',
      'Sondersitzung',
      '(alt)',
    ])
      expect(all).not.toContain(hidden)
    // All three pages of the meeting list were read (three per page).
    expect(oparl.requests.filter((r) => r.startsWith('/oparl/v1/body/1/meetings'))).toEqual([
      '/oparl/v1/body/1/meetings',
      '/oparl/v1/body/1/meetings?page=2',
      '/oparl/v1/body/1/meetings?page=3',
    ])
    expect(logs.at(-1)).toMatch(
      /^OParl: live – 5 Sitzungen von Stadt Neubrandenburg \(4 kommende\), alle Sitzungen gelesen\.$/,
    )
  })

  it('with a snapshot reads only what changed since, and applies changes and deletions', async () => {
    const cacheFile = path.join(dir, 'incremental.json')
    expect((await loadCouncil({ systemUrl: oparl.systemUrl, cacheFile, log })).read).toBe('full')
    oparl.change(5, { name: 'Sitzung des Bauausschusses (verlegt)', cancelled: true })
    oparl.remove(7)
    oparl.requests.length = 0
    const result = await loadCouncil({ systemUrl: oparl.systemUrl, cacheFile, log })
    expect(result.state).toBe('live')
    expect(result.read).toBe('changes')
    const asked = oparl.requests.find((r) => r.startsWith('/oparl/v1/body/1/meetings'))!
    expect(new URL(asked, oparl.url).searchParams.get('modified_since')).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(result.meetings.map((m) => m.name)).toEqual([
      'Sitzung des Hauptausschusses',
      'Sitzung der Stadtvertretung',
      'Sitzung des Hauptausschusses',
      'Sitzung des Bauausschusses (verlegt)',
    ])
    expect(result.meetings.at(-1)!.cancelled).toBe(true)
    expect(logs.at(-1)).toMatch(/2 Änderungen seit dem letzten Stand gelesen/)
  })
})

describe('a failing source never breaks the build', () => {
  const cases: [OparlMode, RegExp][] = [
    ['down', /nicht erreichbar|Verbindung/],
    ['slow', /Zeitüberschreitung/],
    ['http500', /HTTP 500/],
    ['html', /kein JSON/],
    ['shape', /unerwartetes Format \(bei „body“/],
    ['endless', /endet nicht \(mehr als 60 Seiten\)/],
    ['loop', /im Kreis/],
  ]

  it.each(cases)(
    '%s: without a snapshot the page shows the notice, and the log says why',
    async (mode, reason) => {
      oparl.mode = mode
      const result = await loadCouncil({ systemUrl: oparl.systemUrl, timeoutMs: 1_500, log })
      expect(result.state).toBe('unavailable')
      expect(result.meetings).toEqual([])
      expect(result.reason).toMatch(reason)
      expect(logs.at(-1)).toMatch(/Kein gespeicherter Stand vorhanden/)
    },
  )

  it.each(cases)('%s: with a snapshot the last good state is shown, with its date', async (mode, reason) => {
    const cacheFile = path.join(dir, `cached-${mode}.json`)
    const good = await loadCouncil({ systemUrl: oparl.systemUrl, cacheFile })
    oparl.mode = mode
    const result = await loadCouncil({ systemUrl: oparl.systemUrl, cacheFile, timeoutMs: 1_500, log })
    expect(result.state).toBe('cached')
    expect(result.meetings).toEqual(good.meetings)
    expect(result.fetchedAt).toBe(good.fetchedAt)
    expect(result.reason).toMatch(reason)
    expect(logs.at(-1)).toMatch(/Verwende den gespeicherten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d/)
  })

  it('an invalid address or another system’s snapshot is never used', async () => {
    expect((await loadCouncil({ systemUrl: 'kein Link', log })).reason).toBe(
      'Die Adresse des Ratsinformationssystems ist ungültig („kein Link“).',
    )
    const cacheFile = path.join(dir, 'other.json')
    await loadCouncil({ systemUrl: oparl.systemUrl, cacheFile })
    oparl.mode = 'http500'
    const result = await loadCouncil({ systemUrl: `${oparl.url}/anderes/system`, cacheFile, log })
    expect(result.state).toBe('unavailable')
  })
})

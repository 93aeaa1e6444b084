import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { loadServiceReports, reportCounts } from '../../site/src/lib/open311/index'
import { type Open311Mode, type Open311StandIn, startOpen311StandIn } from './open311-stand-in'

// The service-report reader against a stand-in GeoReport v2 endpoint: categories, status and
// dates only (never what citizens wrote), counts for a district, and the failure rules.
let open311: Open311StandIn
let endpoint: string
let dir: string
const logs: string[] = []
const log = (m: string) => logs.push(m)

beforeAll(async () => {
  open311 = await startOpen311StandIn()
  endpoint = `${open311.url}/georeport/v2`
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-open311-'))
})
afterAll(async () => {
  await open311?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  open311.mode = 'ok'
  open311.requests.length = 0
  logs.length = 0
})

describe('reading the reporting service', () => {
  it('keeps category, status, dates and position, and nothing a citizen wrote', async () => {
    const result = await loadServiceReports({ endpoint, log })
    expect(result.state).toBe('live')
    expect(result.reports.map((r) => `${r.id} ${r.category} ${r.status}`)).toEqual([
      '4711 Straßenschäden open',
      '4712 Defekte Straßenbeleuchtung open',
      '4690 Illegale Müllablagerung closed',
      '4500 Straßenschäden closed',
    ])
    expect(result.reports[1]).toMatchObject({ lat: 53.5702, long: 13.2801 })
    const all = JSON.stringify(result)
    for (const personal of ['Erika', '0395', 'Ziegelbergstraße', 'Kennzeichen', 'foto', 'Laterne aus'])
      expect(all).not.toContain(personal)
    const asked = new URL(
      open311.requests.find((r) => r.startsWith('/georeport/v2/requests.json'))!,
      open311.url,
    ).searchParams
    expect(asked.get('status')).toBe('open,closed')
    expect(Date.parse(asked.get('end_date')!) - Date.parse(asked.get('start_date')!)).toBe(
      90 * 24 * 60 * 60 * 1000,
    )
    expect(reportCounts(result.reports)).toEqual({ open: 2, recentlySolved: 1 })
    expect(logs.at(-1)).toBe('Open311: live – 4 Meldungen (2 offen) aus 3 Kategorien.')
  })
})

describe('a failing source never breaks the build', () => {
  const cases: [Open311Mode, RegExp][] = [
    ['down', /nicht erreichbar|abgebrochen/],
    ['slow', /Zeitüberschreitung/],
    ['http500', /kein JSON geliefert \(HTTP 500\)/],
    ['html', /kein JSON/],
    ['shape', /unerwartetes Format/],
    ['error400', /HTTP 400: Invalid start_date/],
  ]
  it.each(cases)('%s: the last good state, or only the link', async (mode, reason) => {
    const cacheFile = path.join(dir, `${mode}.json`)
    const good = await loadServiceReports({ endpoint, cacheFile })
    open311.mode = mode
    const cached = await loadServiceReports({ endpoint, cacheFile, timeoutMs: 1_500, log })
    expect(cached).toMatchObject({ state: 'cached', reports: good.reports, fetchedAt: good.fetchedAt })
    expect(cached.reason).toMatch(reason)
    const none = await loadServiceReports({ endpoint, timeoutMs: 1_500, log })
    expect(none).toMatchObject({ state: 'unavailable', reports: [] })
    expect(logs.at(-1)).toMatch(/Kein gespeicherter Stand vorhanden/)
  })

  it('an invalid address shows only the link', async () => {
    expect((await loadServiceReports({ endpoint: 'ftp://klarschiff', log })).reason).toBe(
      'Die Adresse des Mängelmelders ist ungültig („ftp://klarschiff“).',
    )
  })
})

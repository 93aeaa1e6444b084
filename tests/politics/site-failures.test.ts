import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/src/seed/index'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { startConsulStandIn, type ConsulStandIn } from '../participation/consul-stand-in'
import { type OparlMode, type OparlStandIn, startOparlStandIn } from './oparl-stand-in'
import { type Open311Mode, type Open311StandIn, startOpen311StandIn } from './open311-stand-in'
import { buildInChild, page, privateWorkDir, text } from './site-build'

// A council information system or reporting service that is down, slow, broken or endless never
// breaks the site build: with a snapshot the pages show the last good state with its date, without
// one the Politik page explains where the council's documents are and links them. Each build prints
// how long the sources took (the figures for the closing note).

let cms: TestCms
let oparl: OparlStandIn
let open311: Open311StandIn
let consul: ConsulStandIn
let dir: string
let workDir: string
let cacheDir: string
let districtSlug: string
const figures: string[] = []

const build = async (name: string, cache = cacheDir) => {
  const outDir = path.join(dir, name)
  oparl.requests.length = 0
  const log = await buildInChild({ cmsUrl: cms.api!.url, outDir, cacheDir: cache, workDir })
  const ms = Number(/Politik: Ratsinformationssystem und Mängelmelder in (\d+) ms gelesen/.exec(log)?.[1])
  figures.push(`${name}: ${ms} ms, ${oparl.requests.length} OParl-Anfragen`)
  return { outDir, log, ms }
}
const setPolitics = (politics: Record<string, unknown>) =>
  cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: consul.url, showTeaser: true, teaserCount: 3 }, politics } as never,
  })

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'politics-failures' })
  await seed(cms.payload, { now: new Date() })
  oparl = await startOparlStandIn()
  open311 = await startOpen311StandIn()
  consul = await startConsulStandIn('ok')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-politics-failures-'))
  workDir = privateWorkDir('politics-failures')
  cacheDir = path.join(dir, 'cache')
  fs.mkdirSync(cacheDir)
  districtSlug = (await cms.payload.find({ collection: 'districts', limit: 1, depth: 0, sort: 'name' }))
    .docs[0]!.slug!
  await setPolitics({
    oparlUrl: oparl.systemUrl,
    open311Url: `${open311.url}/georeport/v2`,
    reportUrl: 'https://www.klarschiff-mv.de/neubrandenburg',
  })
  // The last good state every failing build below falls back on.
  const good = await build('good')
  expect(good.log).toMatch(/OParl: live/)
  expect(good.log).toMatch(/Open311: live/)
}, budgets.setup)

afterAll(async () => {
  console.log(`Politik-Quellen im Build:\n${figures.join('\n')}`)
  await oparl?.close()
  await open311?.close()
  await consul?.close()
  await cms?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('a failing source keeps the last good snapshot', () => {
  const cases: [OparlMode, Open311Mode, RegExp, RegExp][] = [
    ['down', 'down', /nicht erreichbar|abgebrochen/, /nicht erreichbar|abgebrochen/],
    ['slow', 'slow', /Zeitüberschreitung/, /Zeitüberschreitung/],
    ['http500', 'http500', /HTTP 500/, /HTTP 500/],
    ['html', 'html', /kein JSON/, /kein JSON/],
    ['shape', 'shape', /unerwartetes Format/, /unerwartetes Format/],
    ['endless', 'error400', /endet nicht \(mehr als 60 Seiten\)/, /HTTP 400: Invalid start_date/],
  ]
  it.each(cases)(
    'OParl %s, Open311 %s: the build succeeds and shows the dated snapshot',
    async (oparlMode, open311Mode, oparlReason, open311Reason) => {
      oparl.mode = oparlMode
      open311.mode = open311Mode
      try {
        const { outDir, log, ms } = await build(`${oparlMode}-${open311Mode}`)
        // The same lines as Consul's: what went wrong, then which state is used instead.
        const oparlLine = log.split('\n').find((l) => l.startsWith('OParl: '))!
        expect(oparlLine).toMatch(oparlReason)
        expect(oparlLine).toMatch(
          / Verwende den gespeicherten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d \(5 Sitzungen\)\.$/,
        )
        const open311Line = log.split('\n').find((l) => l.startsWith('Open311: '))!
        expect(open311Line).toMatch(open311Reason)
        expect(open311Line).toMatch(/ Verwende den gespeicherten Stand vom .* \(4 Meldungen\)\.$/)
        const politik = text(page(outDir, 'politik'))
        expect(politik).toMatch(/Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d: Das Ratsinformationssystem war/)
        expect(politik).toContain('TOP 3 Haushaltssatzung 2027 der Stadt Neubrandenburg')
        expect(fs.readFileSync(path.join(outDir, 'kalender/sitzungen.ics'), 'utf8')).toContain(
          'Haushaltssatzung',
        )
        const districtPage = text(page(outDir, `stadtteile/${districtSlug}`))
        expect(districtPage).toMatch(/2 offen/)
        expect(districtPage).toMatch(/Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d: Der Mängelmelder war/)
        // The time budget (20 s) bounds a source that never answers; paging stops after 60 pages.
        expect(ms).toBeLessThan(25_000)
        if (oparlMode === 'endless') expect(oparl.requests.length).toBe(3 + 60)
      } finally {
        oparl.mode = 'ok'
        open311.mode = 'ok'
      }
    },
    budgets.slowTest,
  )
})

describe('without a snapshot or an address', () => {
  it(
    'a source down on the first build: the Politik page explains and links, the district page keeps the button',
    async () => {
      oparl.mode = 'down'
      open311.mode = 'down'
      const fresh = path.join(dir, 'fresh-cache')
      fs.mkdirSync(fresh)
      try {
        const { outDir, log } = await build('down-first', fresh)
        expect(log).toMatch(
          /OParl: .* Kein gespeicherter Stand vorhanden; die Seite zeigt den Hinweis und den Link\./,
        )
        const html = page(outDir, 'politik')
        expect(text(html)).toContain('Wo Sie die Sitzungen finden')
        expect(html).toContain('href="https://www.neubrandenburg.de"')
        expect(text(html)).not.toContain('Haushaltssatzung')
        const districtPage = page(outDir, `stadtteile/${districtSlug}`)
        expect(districtPage).toContain('href="https://www.klarschiff-mv.de/neubrandenburg"')
        expect(text(districtPage)).not.toMatch(/\d offen/)
      } finally {
        oparl.mode = 'ok'
        open311.mode = 'ok'
      }
    },
    budgets.slowTest,
  )

  it(
    'no OParl address: the explanation and the link to the council information system the editors named',
    async () => {
      // What the admin sends when an editor empties the field.
      await setPolitics({
        oparlUrl: '',
        councilWebsiteUrl: 'https://neubrandenburg.sitzung-mv.de/public/',
      })
      const { outDir, log } = await build('unset')
      expect(log).not.toMatch(/OParl:/)
      expect(oparl.requests).toEqual([])
      const html = page(outDir, 'politik')
      expect(text(html)).toContain('Wo Sie die Sitzungen finden')
      expect(html).toContain('href="https://neubrandenburg.sitzung-mv.de/public/"')
      expect(text(html)).toContain('So können Sie mitwirken')
      expect(text(html)).toContain('Einwohnerfragestunde')
      expect(fs.existsSync(path.join(outDir, 'kalender/gremien'))).toBe(false)
    },
    budgets.slowTest,
  )
})

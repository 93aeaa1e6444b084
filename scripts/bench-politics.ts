// Build time the politics sources add at city scale (issue 19): the same site built once without
// and once with a council information system (OParl, a year of meetings with their agendas) and a
// reporting service (Open311, 90 days of reports), both local stand-ins. Part of `npm run bench`;
// on its own: `npx tsx scripts/bench-politics.ts` seeds a city-scale dataset first.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { startOparlStandIn } from '../tests/politics/oparl-stand-in'
import { startOpen311StandIn } from '../tests/politics/open311-stand-in'
import type { BuildSiteResult } from './build-site'

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 300)
const REPORTS = Number(process.env.BENCH_REPORTS ?? 3000)
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export async function benchPolitics(options: {
  payload: Payload
  cmsUrl: string
  outDir: string
  /** The same site's build without the sources, for the difference. */
  without?: BuildSiteResult
}): Promise<void> {
  const { buildSite } = await import('./build-site')
  const { payload, cmsUrl, outDir } = options
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bench-politics-'))
  const without = options.without ?? (await buildSite({ cmsUrl, outDir, log: () => {} }))
  // Pages of 50, as ALLRIS and SessionNet serve them.
  const oparl = await startOparlStandIn({ pageSize: 50, extraMeetings: MEETINGS })
  const open311 = await startOpen311StandIn({ extraRequests: REPORTS })
  const logs: string[] = []
  try {
    await payload.updateGlobal({
      slug: 'settings',
      data: { politics: { oparlUrl: oparl.systemUrl, open311Url: `${open311.url}/georeport/v2` } },
    })
    const build = (log: (m: string) => void) =>
      buildSite({
        cmsUrl,
        outDir,
        participationCacheFile: path.join(cacheDir, 'consul-cache.json'),
        log,
      })
    const full = await build((m) => logs.push(m))
    const read = /Politik: .* in (\d+) ms gelesen/.exec(logs.join('\n'))?.[1]
    // The second read asks only for what changed since the snapshot (modified_since).
    logs.length = 0
    const again = await build((m) => logs.push(m))
    const readAgain = /Politik: .* in (\d+) ms gelesen/.exec(logs.join('\n'))?.[1]
    console.log(
      `\nPolitik-Quellen (${MEETINGS + 7} Sitzungen zu je 12 Tagesordnungspunkten, ${REPORTS + 4} Meldungen)`,
    )
    console.log(
      `  ohne Quellen:       ${s(without.ms)} (Astro ${s(without.phases!.astro)}, Pagefind ${s(without.phases!.pagefind)}), ${without.pages} Seiten`,
    )
    console.log(
      `  mit Quellen:        ${s(full.ms)} (lesen ${read} ms, Astro ${s(full.phases!.astro)}, Pagefind ${s(full.phases!.pagefind)}), ${full.pages} Seiten: ${s(full.ms - without.ms)} mehr`,
    )
    console.log(`  nächster Build:     ${s(again.ms)} (nur Änderungen gelesen: ${readAgain} ms)`)
  } finally {
    await payload.updateGlobal({ slug: 'settings', data: { politics: { oparlUrl: '', open311Url: '' } } })
    await oparl.close()
    await open311.close()
    await fs.rm(cacheDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const keep = process.env.BENCH_DATA_DIR
  const dataDir = keep ? path.resolve(keep) : await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bench-'))
  await fs.mkdir(dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  delete process.env.DATABASE_URI
  const { openPayload } = await import('./lib/payload')
  const { startApiServer } = await import('./lib/api-server')
  const { seed } = await import('../cms/src/seed/index')
  const payload = await openPayload()
  const seeded = await seed(payload, {
    counts: {
      associations: Number(process.env.BENCH_ASSOCIATIONS ?? 500),
      events: Number(process.env.BENCH_EVENTS ?? 3000),
      opportunities: Number(process.env.BENCH_OPPORTUNITIES ?? 300),
      news: Number(process.env.BENCH_NEWS ?? 1000),
    },
  })
  console.log(`Seed: ${s(seeded.ms)}`)
  const api = await startApiServer(payload)
  await payload.updateGlobal({ slug: 'settings', data: { participation: { url: 'http://127.0.0.1:9' } } })
  await benchPolitics({ payload, cmsUrl: api.url, outDir: path.join(dataDir, 'site') })
  await api.close()
  process.exit(0)
}

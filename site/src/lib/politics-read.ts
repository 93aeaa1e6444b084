// The council meetings (OParl) and service reports (Open311) a build shows, from the addresses in
// the site settings (Politik und Verwaltung). Read in Node before Astro starts, like Consul
// (./participation.ts); a source that is not configured is null, one that fails says why.
import path from 'node:path'

import type { Setting } from '../../../cms/src/payload-types'
import { scriptSetting } from '../../../scripts/config'
import { loadCouncil, type CouncilResult } from './oparl/index'
import { loadServiceReports, type ReportsResult } from './open311/index'

export type PoliticsData = {
  /** null: no OParl address in the settings. */
  council: CouncilResult | null
  /** null: no Open311 address in the settings. */
  reports: ReportsResult | null
}
export type PoliticsRead = { politics: PoliticsData; at: number; key: string }

let last: PoliticsRead | null = null

/**
 * An incremental build (an editor waits for it) reuses a recent answer of the same addresses, as
 * Consul's does; a full read always asks.
 */
export async function politicsFor(
  settings: Setting,
  /** near: a file in the directory that keeps the snapshots (Consul's, data/consul-cache.json). */
  options: { incremental: boolean; near?: string; log: (message: string) => void },
): Promise<PoliticsRead> {
  const p = settings.politics
  const oparlUrl = p?.oparlUrl?.trim() || ''
  const open311Url = p?.open311Url?.trim() || ''
  const key = `${oparlUrl} ${open311Url}`
  if (
    options.incremental &&
    last &&
    last.key === key &&
    Date.now() - last.at < scriptSetting('CONSUL_REUSE_MS')
  )
    return last
  const cacheFile = (name: string) => (options.near ? path.join(path.dirname(options.near), name) : undefined)
  const started = performance.now()
  // Both at once: each has its own time budget, and together they cost the slower one's time.
  const [council, reports] = await Promise.all([
    oparlUrl
      ? loadCouncil({ systemUrl: oparlUrl, cacheFile: cacheFile('oparl-cache.json'), log: options.log })
      : null,
    open311Url
      ? loadServiceReports({
          endpoint: open311Url,
          cacheFile: cacheFile('open311-cache.json'),
          log: options.log,
        })
      : null,
  ])
  if (oparlUrl || open311Url)
    options.log(
      `Politik: Ratsinformationssystem und Mängelmelder in ${Math.round(performance.now() - started)} ms gelesen.`,
    )
  last = { politics: { council, reports }, at: Date.now(), key }
  return last
}

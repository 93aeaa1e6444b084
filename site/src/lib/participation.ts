// The participation items (proposals, debates, budgets) a build shows, from the city's Consul
// instance named in the site settings (./consul/). Consul's items change over hours, not seconds.
import type { Setting } from '../../../cms/src/payload-types'
import { scriptSetting } from '../../../scripts/config'
import { loadParticipation, type ParticipationResult } from './consul/index'

export type ParticipationRead = { participation: ParticipationResult; at: number }

/** Far above a city's open proposals and debates (Consul archives them after a year). */
const ALL_ITEMS = 1000

/**
 * An incremental build (an editor waits for it) reuses a recent answer: asking again can take up
 * to the timeout when p26.digital is slow. A full read always asks.
 */
export async function participationFor(
  settings: Setting,
  previous: ParticipationRead | null,
  options: { incremental: boolean; cacheFile?: string; log: (message: string) => void },
): Promise<ParticipationRead & { reused: boolean }> {
  const reuseMs = scriptSetting('CONSUL_REUSE_MS')
  if (options.incremental && previous && Date.now() - previous.at < reuseMs)
    return { ...previous, reused: true }
  const p = settings.participation
  const participation = await loadParticipation({
    instanceUrl: p?.url || 'https://p26.digital',
    // Every open item: district and topic pages pick theirs by geozone and tag (lib/politics.ts);
    // /mitmachen shows 12 and the start page teaser its own count.
    limit: ALL_ITEMS,
    cacheFile: options.cacheFile,
    log: options.log,
  })
  return { participation, at: Date.now(), reused: false }
}

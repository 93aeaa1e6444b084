// The participation items (proposals, debates, budgets) a build shows, from the city's Consul
// instance named in the site settings (./consul/). Consul's items change over hours, not seconds.
import type { Setting } from '../../../cms/src/payload-types'
import { scriptSetting } from '../../../scripts/config'
import { loadParticipation, type ParticipationResult } from './consul/index'

export type ParticipationRead = { participation: ParticipationResult; at: number }

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
    // /mitmachen lists up to 12 current items; the start page teaser cuts to its own count.
    limit: Math.max(p?.teaserCount ?? 3, 12),
    cacheFile: options.cacheFile,
    log: options.log,
  })
  return { participation, at: Date.now(), reused: false }
}

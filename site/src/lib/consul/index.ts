// Contract between the site and the Consul (p26.digital) reader. The site renders whatever
// loadParticipation returns; the reader decides live / cached / unavailable and never throws.
// (Placeholder implementation until the participation issue replaces it: always "unavailable".)

export type ParticipationItem = {
  kind: 'proposal' | 'debate' | 'budget'
  title: string
  summary: string
  url: string
  supports?: number
  comments?: number
  district?: string
}

export type ParticipationResult = {
  state: 'live' | 'cached' | 'unavailable'
  items: ParticipationItem[]
  /** ISO time the items were fetched from Consul (for "cached" this is the snapshot's date). */
  fetchedAt?: string
  /** Plain-language reason for the build log when not live. */
  reason?: string
}

export type ParticipationOptions = {
  instanceUrl: string
  limit: number
  cacheFile?: string
  timeoutMs?: number
  log?: (message: string) => void
}

export async function loadParticipation(options: ParticipationOptions): Promise<ParticipationResult> {
  options.log?.('Consul: Anbindung noch nicht umgesetzt, zeige nur den Link.')
  return { state: 'unavailable', items: [], reason: 'not implemented' }
}

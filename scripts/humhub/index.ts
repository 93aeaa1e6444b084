import type { Payload } from 'payload'

import { HumHubClient, HumHubError } from '../../cms/src/humhub/client'
import { collectionLabels, planImport, type Action } from './plan'
import { readHumHub } from './read'
import { applyTopics, checkTopicMapping, loadTopicMapping } from './topics'
import { writePlan } from './write'

export { HumHubError } from '../../cms/src/humhub/client'

export type ImportOptions = {
  url: string
  token: string
  dryRun?: boolean
  publish?: boolean
  newsSpace?: number
  /** JSON file mapping HumHub tags to topic slugs (see topics.example.json). */
  topics?: string
  now?: Date
  timeoutMs?: number
  maxImageBytes?: number
  /** Called as the run goes: reading HumHub space by space, then saving document by document. */
  progress?: Progress
}
export type Progress = (done: number, total: number, what: string, phase: 'lesen' | 'speichern') => void

export type ReportLine = {
  action: 'neu' | 'geändert' | 'unverändert' | 'übersprungen' | 'verschwunden'
  collection: string
  label: string
  reason?: string
}
export type ImportReport = {
  dryRun: boolean
  lines: ReportLine[]
  counts: Record<ReportLine['action'], number>
  privateSpaces: number
  privateContent: number
  /** HumHub tags the mapping file does not know: tag -> names of the spaces carrying it. */
  unknownTags: Record<string, string[]>
  ms: number
}

function lineOf(action: Action): ReportLine {
  if (action.kind === 'vanished')
    return {
      action: 'verschwunden',
      collection: collectionLabels[action.collection],
      label: action.label,
      reason: 'nicht mehr (öffentlich) in HumHub; bleibt erhalten, bitte prüfen',
    }
  const base = { collection: collectionLabels[action.planned.collection], label: action.planned.label }
  if (action.kind === 'skip') return { ...base, action: 'übersprungen', reason: action.reason }
  return {
    ...base,
    action: action.kind === 'create' ? 'neu' : action.kind === 'update' ? 'geändert' : 'unverändert',
  }
}

/**
 * The whole import: read and check everything from HumHub, plan against the database, then (unless
 * a dry run) write. Throws a HumHubError (German, naming the object) on a bad answer, before any
 * write; a failed write is taken back (see ./write.ts).
 */
export async function importHumHub(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now()
  const now = options.now ?? new Date()
  if (!options.token) throw new HumHubError('Bitte geben Sie das API-Token von HumHub an (--token).')
  // Read and checked before HumHub is asked anything: a broken mapping file should not cost a long read.
  const mapping = options.topics
    ? await checkTopicMapping(payload, loadTopicMapping(options.topics))
    : undefined
  const client = new HumHubClient({
    url: options.url,
    token: options.token,
    timeoutMs: options.timeoutMs,
    maxImageBytes: options.maxImageBytes,
  })
  const read = await readHumHub(client, {
    newsSpace: options.newsSpace,
    now,
    progress: options.progress && ((done, total, what) => options.progress?.(done, total, what, 'lesen')),
  })
  const unknownTags = applyTopics(read.planned, mapping)
  const actions = await planImport(payload, read, now)
  if (!options.dryRun)
    await writePlan(payload, actions, {
      publish: Boolean(options.publish),
      now,
      images: read.images,
      progress:
        options.progress && ((done, total, what) => options.progress?.(done, total, what, 'speichern')),
    })
  const lines = actions.map(lineOf)
  const counts = { neu: 0, geändert: 0, unverändert: 0, übersprungen: 0, verschwunden: 0 }
  for (const line of lines) counts[line.action]++
  return {
    dryRun: Boolean(options.dryRun),
    lines,
    counts,
    privateSpaces: read.privateSpaces,
    privateContent: read.privateContent,
    unknownTags: Object.fromEntries(unknownTags),
    ms: Math.round(performance.now() - started),
  }
}

/** The report as the command prints it. */
export function formatReport(report: ImportReport, options: { verbose?: boolean } = {}): string {
  const out: string[] = []
  const head = report.dryRun ? 'Probelauf (es wurde nichts gespeichert):' : 'Import abgeschlossen:'
  out.push(head)
  for (const line of report.lines) {
    if (line.action === 'unverändert' && !options.verbose) continue
    out.push(
      `  ${line.action.padEnd(12)} ${line.collection.padEnd(8)} ${line.label}${line.reason ? ` – ${line.reason}` : ''}`,
    )
  }
  const c = report.counts
  out.push(
    `${report.dryRun ? 'Würde anlegen' : 'Angelegt'}: ${c.neu}, ${report.dryRun ? 'würde ändern' : 'geändert'}: ${c.geändert}, unverändert: ${c.unverändert}, ` +
      `übersprungen: ${c.übersprungen}, in HumHub verschwunden: ${c.verschwunden}.`,
  )
  if (report.privateSpaces || report.privateContent) {
    out.push(
      `Nicht übernommen (nicht öffentlich): ${report.privateSpaces} Space(s), ${report.privateContent} Inhalt(e).`,
    )
  }
  const unknown = Object.entries(report.unknownTags)
  if (unknown.length) {
    out.push('Schlagwörter ohne Zuordnung (kein Thema gesetzt; bitte in der Zuordnungsdatei ergänzen):')
    for (const [tag, spaces] of unknown) out.push(`  „${tag}“: ${spaces.join(', ')}`)
  }
  out.push(`Dauer: ${(report.ms / 1000).toFixed(1)} s.`)
  return out.join('\n')
}

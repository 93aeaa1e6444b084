// Contract between the site and the Consul (p26.digital) reader. The site renders whatever
// loadParticipation returns; the reader decides live / cached / unavailable and never throws.
// Consul is read at build time only: it sends no CORS headers and its admins can switch the API off.

import { readSnapshotFile, snapshotTime, writeSnapshotFile } from '../sources/snapshot-file'
import { ConsulError, fetchAll, graphqlRequester, type Requester } from './client'
import {
  budgetsData,
  debatesData,
  proposalsData,
  snapshotSchema,
  type BudgetNode,
  type DebateNode,
  type ProposalNode,
  type Snapshot,
} from './schema'
import { fetchProjects, type BudgetProject } from './projects'
import { plainText, shorten } from './text'

export type { BudgetProject }

export type ParticipationItem = {
  kind: 'proposal' | 'debate' | 'budget'
  title: string
  summary: string
  url: string
  supports?: number
  comments?: number
  district?: string
  /** Consul's tags, for the topic pages (the tag table in the settings). */
  tags?: string[]
}

export type ParticipationResult = {
  state: 'live' | 'cached' | 'unavailable'
  items: ParticipationItem[]
  /** Budget projects for the district pages (./projects.ts); all of them, not cut by `limit`. */
  projects?: BudgetProject[]
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

const DEFAULT_TIMEOUT_MS = 10_000
// Consul archives proposals after 12 months by default (months_to_archive_proposals); archived
// ones can no longer be supported, so they are not "open" for our visitors.
const ARCHIVE_MONTHS = 12

/** Budget phases in which citizens can still do something, in plain German. */
const budgetPhases: Record<string, string> = {
  informing: 'Informationsphase: Bald können Sie Vorschläge einreichen.',
  accepting: 'Jetzt Vorschläge einreichen.',
  reviewing: 'Die eingereichten Vorschläge werden geprüft.',
  selecting: 'Jetzt Vorschläge unterstützen.',
  valuating: 'Die Vorschläge werden bewertet.',
  publishing_prices: 'Die Kosten der Vorschläge werden veröffentlicht.',
  balloting: 'Jetzt abstimmen.',
  reviewing_ballots: 'Die Stimmen werden ausgezählt.',
}

// No hotScore: Consul stores it as a bigint, and values beyond GraphQL's 32-bit Int make the API
// answer with an error instead of data. Supports, comments and age rank well enough.
const TAG_FIELDS = 'tags { edges { node { name } } }'
const PROPOSAL_FIELDS = `id title summary description cachedVotesUp commentsCount publicCreatedAt retiredAt geozone { name } ${TAG_FIELDS}`
const DEBATE_FIELDS = `id title description cachedVotesUp commentsCount publicCreatedAt ${TAG_FIELDS}`
const BUDGET_FIELDS = 'id name phase'

export async function loadParticipation(options: ParticipationOptions): Promise<ParticipationResult> {
  const log = options.log ?? (() => {})
  const limit = Math.max(0, Math.floor(options.limit))
  const instanceUrl = normaliseInstance(options.instanceUrl)
  if (!instanceUrl) {
    const reason = `Die Adresse der Beteiligungsplattform ist ungültig („${options.instanceUrl}“).`
    log(`Consul: ${reason} Zeige nur den Hinweis.`)
    return { state: 'unavailable', items: [], reason }
  }

  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  try {
    const { items, projects } = await fetchItems(
      graphqlRequester(instanceUrl, controller.signal),
      instanceUrl,
      log,
    )
    const fetchedAt = new Date().toISOString()
    if (options.cacheFile)
      await writeSnapshot(options.cacheFile, { instanceUrl, fetchedAt, items, projects }, log)
    log(
      `Consul: live – ${items.length} offene Beteiligungen und ${projects.length} Projekte des Bürgerhaushalts von ${instanceUrl} geladen, ${Math.min(limit, items.length)} werden gezeigt.`,
    )
    return { state: 'live', items: items.slice(0, limit), projects, fetchedAt }
  } catch (error) {
    const reason =
      error instanceof ConsulError
        ? error.message
        : `Unerwarteter Fehler beim Lesen von Consul: ${(error as Error).message}`
    const snapshot = options.cacheFile ? await readSnapshot(options.cacheFile, instanceUrl) : null
    if (snapshot) {
      log(
        `Consul: ${reason} Verwende den gespeicherten Stand vom ${snapshotTime(snapshot.fetchedAt)} (${snapshot.items.length} Beiträge).`,
      )
      return {
        state: 'cached',
        items: snapshot.items.slice(0, limit),
        projects: snapshot.projects ?? [],
        fetchedAt: snapshot.fetchedAt,
        reason,
      }
    }
    log(`Consul: ${reason} Kein gespeicherter Stand vorhanden; die Seite zeigt den Hinweis und den Link.`)
    return { state: 'unavailable', items: [], reason }
  } finally {
    clearTimeout(timer)
  }
}

function normaliseInstance(value: string): string | null {
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  } catch {
    return null
  }
}

async function fetchItems(
  request: Requester,
  instanceUrl: string,
  log: (message: string) => void,
): Promise<{ items: ParticipationItem[]; projects: BudgetProject[] }> {
  const [proposals, debates, budgets] = await Promise.all([
    fetchAll(request, 'proposals', PROPOSAL_FIELDS, proposalsData, (d) => d.proposals),
    fetchAll(request, 'debates', DEBATE_FIELDS, debatesData, (d) => d.debates),
    fetchAll(request, 'budgets', BUDGET_FIELDS, budgetsData, (d) => d.budgets),
  ])
  // An instance whose API answers the proposals but not the budget projects (another version,
  // a field switched off) still gives the proposals; a source that is down fails as a whole.
  const projects = await fetchProjects(request, instanceUrl, budgets).catch((error: unknown) => {
    if (!(error instanceof ConsulError) || (error.kind !== 'errors' && error.kind !== 'shape')) throw error
    log(
      `Consul: Projekte des Bürgerhaushalts nicht lesbar (${error.message}); die Stadtteilseiten zeigen keine.`,
    )
    return []
  })
  const archiveBefore = new Date()
  archiveBefore.setMonth(archiveBefore.getMonth() - ARCHIVE_MONTHS)

  const openBudgets = budgets.filter((b) => b.phase in budgetPhases).map((b) => budgetItem(b, instanceUrl))
  const openProposals = proposals
    .filter((p) => !p.retiredAt && isRecent(p.publicCreatedAt, archiveBefore))
    .sort(byRelevance)
    .map((p) => proposalItem(p, instanceUrl))
  const recentDebates = debates
    .filter((d) => isRecent(d.publicCreatedAt, archiveBefore))
    .sort(byRelevance)
    .map((d) => debateItem(d, instanceUrl))

  // Budgets are the city's own processes, so they lead; then proposals and debates take turns so a
  // short teaser shows both ways to take part.
  const mixed: ParticipationItem[] = [...openBudgets]
  for (let i = 0; i < Math.max(openProposals.length, recentDebates.length); i++) {
    if (openProposals[i]) mixed.push(openProposals[i])
    if (recentDebates[i]) mixed.push(recentDebates[i])
  }
  // Paging over a list that changes while we read it can show an item twice.
  return { items: [...new Map(mixed.map((item) => [item.url, item])).values()], projects }
}

type Ranked = {
  cachedVotesUp?: number | null
  commentsCount?: number | null
  publicCreatedAt?: string | null
}
const byRelevance = (a: Ranked, b: Ranked) =>
  (b.cachedVotesUp ?? 0) - (a.cachedVotesUp ?? 0) ||
  (b.commentsCount ?? 0) - (a.commentsCount ?? 0) ||
  (parseConsulTime(b.publicCreatedAt)?.getTime() ?? 0) - (parseConsulTime(a.publicCreatedAt)?.getTime() ?? 0)

/** Consul renders public_created_at with Ruby's Time#to_s ("2026-11-20 14:00:00 UTC"). */
function parseConsulTime(value: string | null | undefined): Date | null {
  if (!value) return null
  const iso = value
    .trim()
    .replace(' UTC', 'Z')
    .replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T')
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

// Unknown dates count as recent: hiding an open item is worse than showing an old one.
const isRecent = (value: string | null | undefined, since: Date) => {
  const date = parseConsulTime(value)
  return !date || date >= since
}

const optionalCount = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined)

function proposalItem(p: ProposalNode, instanceUrl: string): ParticipationItem {
  return withoutUndefined({
    kind: 'proposal',
    title: plainText(p.title),
    summary: shorten(plainText(p.summary) || plainText(p.description)),
    url: `${instanceUrl}/proposals/${encodeURIComponent(p.id)}`,
    supports: optionalCount(p.cachedVotesUp),
    comments: optionalCount(p.commentsCount),
    district: p.geozone?.name ? plainText(p.geozone.name) : undefined,
    tags: tagNames(p.tags),
  })
}

function debateItem(d: DebateNode, instanceUrl: string): ParticipationItem {
  return withoutUndefined({
    kind: 'debate',
    title: plainText(d.title),
    summary: shorten(plainText(d.description)),
    url: `${instanceUrl}/debates/${encodeURIComponent(d.id)}`,
    supports: optionalCount(d.cachedVotesUp),
    comments: optionalCount(d.commentsCount),
    tags: tagNames(d.tags),
  })
}

const tagNames = (tags: ProposalNode['tags']) => {
  const names = (tags?.edges ?? []).map((e) => plainText(e.node.name)).filter(Boolean)
  return names.length ? names : undefined
}

function budgetItem(b: BudgetNode, instanceUrl: string): ParticipationItem {
  return {
    kind: 'budget',
    title: plainText(b.name),
    summary: `Bürgerhaushalt. ${budgetPhases[b.phase]}`,
    url: `${instanceUrl}/budgets/${encodeURIComponent(b.id)}`,
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

async function writeSnapshot(file: string, snapshot: Snapshot, log: (m: string) => void): Promise<void> {
  await writeSnapshotFile(file, snapshot).catch((error: Error) =>
    log(`Consul: Der Stand konnte nicht gespeichert werden (${error.message}).`),
  )
}

async function readSnapshot(file: string, instanceUrl: string): Promise<Snapshot | null> {
  const snapshot = await readSnapshotFile(file, snapshotSchema)
  // A snapshot of another instance (settings changed) would show the wrong city's processes.
  return snapshot && snapshot.instanceUrl === instanceUrl ? snapshot : null
}

// Council meetings from the city's council information system (OParl 1.1), read at build time
// like Consul: never from the browser. The site renders whatever loadCouncil returns; the reader
// decides live / cached / unavailable and never throws.

import { readSnapshotFile, snapshotTime, writeSnapshotFile } from '../sources/snapshot-file'
import { getJson, getList, OparlError } from './client'
import {
  bodyObject,
  councilSnapshot,
  meetingObject,
  organizationObject,
  systemObject,
  type CouncilMeeting,
  type CouncilSnapshot,
  type MeetingObject,
  type OrganizationObject,
} from './schema'

export type CouncilResult = {
  state: 'live' | 'cached' | 'unavailable'
  /** Meetings from six months ago on, in order of their start. */
  meetings: CouncilMeeting[]
  bodyName?: string
  bodyWebsite?: string
  fetchedAt?: string
  /** Plain-language reason for the build log when not live. */
  reason?: string
  /** How the meetings were read: all of them, or only what changed since the snapshot. */
  read?: 'full' | 'changes'
}

export type CouncilOptions = {
  systemUrl: string
  cacheFile?: string
  /** Budget for the whole read (every page of every list). */
  timeoutMs?: number
  now?: Date
  log?: (message: string) => void
}

const DEFAULT_TIMEOUT_MS = 20_000
const PAST_MONTHS = 6
// Changes are asked for from a little before the last read: clocks of two servers differ.
const OVERLAP_MS = 10 * 60 * 1000

export async function loadCouncil(options: CouncilOptions): Promise<CouncilResult> {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const systemUrl = normalise(options.systemUrl)
  if (!systemUrl) {
    const reason = `Die Adresse des Ratsinformationssystems ist ungültig („${options.systemUrl}“).`
    log(`OParl: ${reason} Zeige nur den Hinweis.`)
    return { state: 'unavailable', meetings: [], reason }
  }
  const snapshot = options.cacheFile ? await readSnapshot(options.cacheFile, systemUrl) : null
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  try {
    const signal = controller.signal
    const system = await getJson(systemUrl, systemObject, signal)
    const bodies = await getList(system.body, bodyObject, signal)
    const body = bodies[0]
    if (!body) throw new OparlError('shape', 'Das Ratsinformationssystem nennt keine Körperschaft (Body).')
    const organizations = await getList(body.organization, organizationObject, signal)
    const since = snapshot ? new Date(Date.parse(snapshot.fetchedAt) - OVERLAP_MS).toISOString() : undefined
    const meetings = await getList(
      body.meeting,
      meetingObject,
      signal,
      since ? { modified_since: since } : {},
    )
    const fetchedAt = now.toISOString()
    const fresh = merge(snapshot?.meetings ?? [], meetings, organizations, snapshot)
    const kept = inWindow(fresh, now)
    const result: CouncilSnapshot = {
      systemUrl,
      bodyName: body.name,
      bodyWebsite: body.website ?? undefined,
      fetchedAt,
      meetings: kept,
    }
    if (options.cacheFile) await writeSnapshot(options.cacheFile, result, log)
    const upcoming = kept.filter((m) => Date.parse(m.start) >= now.getTime()).length
    log(
      `OParl: live – ${kept.length} Sitzungen von ${body.name} (${upcoming} kommende), ${since ? `${meetings.length} Änderungen seit dem letzten Stand gelesen` : 'alle Sitzungen gelesen'}.`,
    )
    return {
      state: 'live',
      meetings: kept,
      bodyName: body.name,
      bodyWebsite: result.bodyWebsite,
      fetchedAt,
      read: since ? 'changes' : 'full',
    }
  } catch (error) {
    const reason =
      error instanceof OparlError
        ? error.message
        : `Unerwarteter Fehler beim Lesen des Ratsinformationssystems: ${(error as Error).message}`
    if (snapshot) {
      log(
        `OParl: ${reason} Verwende den gespeicherten Stand vom ${snapshotTime(snapshot.fetchedAt)} (${snapshot.meetings.length} Sitzungen).`,
      )
      return {
        state: 'cached',
        meetings: inWindow(snapshot.meetings, now),
        bodyName: snapshot.bodyName,
        bodyWebsite: snapshot.bodyWebsite,
        fetchedAt: snapshot.fetchedAt,
        reason,
      }
    }
    log(`OParl: ${reason} Kein gespeicherter Stand vorhanden; die Seite zeigt den Hinweis und den Link.`)
    return { state: 'unavailable', meetings: [], reason }
  } finally {
    clearTimeout(timer)
  }
}

/** The snapshot's meetings with the changes applied: deleted ones removed, changed ones replaced. */
function merge(
  previous: CouncilMeeting[],
  changes: MeetingObject[],
  organizations: OrganizationObject[],
  snapshot: CouncilSnapshot | null,
): CouncilMeeting[] {
  const names = new Map(organizations.filter((o) => !o.deleted && o.name).map((o) => [o.id, o.name!]))
  // Without a snapshot the list is complete, so nothing of an older state may survive.
  const byId = new Map(snapshot ? previous.map((m) => [m.id, m]) : [])
  for (const meeting of changes) {
    if (meeting.deleted) byId.delete(meeting.id)
    else {
      const shown = toCouncilMeeting(meeting, names)
      if (shown) byId.set(meeting.id, shown)
      else byId.delete(meeting.id)
    }
  }
  return [...byId.values()]
}

function inWindow(meetings: CouncilMeeting[], now: Date): CouncilMeeting[] {
  const from = new Date(now)
  from.setMonth(from.getMonth() - PAST_MONTHS)
  return meetings
    .filter((m) => Date.parse(m.start) >= from.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
}

const fileLink = (
  f: {
    name?: string | null
    fileName?: string | null
    accessUrl?: string | null
    downloadUrl?: string | null
  },
  fallback: string,
) => {
  const url = f.accessUrl ?? f.downloadUrl
  return url ? { name: (f.name || f.fileName || fallback).trim(), url } : null
}
const present = <T>(value: T | null): value is T => value !== null

/** What citizens may see of a meeting: public agenda items only, and links instead of copies. */
function toCouncilMeeting(m: MeetingObject, organizations: Map<string, string>): CouncilMeeting | null {
  if (!m.start || !m.name) return null
  const location =
    typeof m.location === 'object' && m.location
      ? [
          m.location.description,
          m.location.room,
          m.location.streetAddress,
          [m.location.postalCode, m.location.locality].filter(Boolean).join(' '),
        ]
          .filter((part) => part && part.trim())
          .join(', ')
      : undefined
  return {
    id: m.id,
    name: m.name.trim(),
    start: m.start,
    end: m.end ?? undefined,
    cancelled: Boolean(m.cancelled),
    location: location || undefined,
    organizations: (m.organization ?? [])
      .filter((id) => organizations.has(id))
      .map((id) => ({ id, name: organizations.get(id)! })),
    web: m.web ?? undefined,
    files: [
      m.invitation ? fileLink(m.invitation, 'Einladung') : null,
      m.resultsProtocol ? fileLink(m.resultsProtocol, 'Niederschrift') : null,
    ].filter(present),
    agenda: (m.agendaItem ?? [])
      .filter((item) => item.public === true && item.name)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((item) => ({
        number: item.number ?? undefined,
        name: item.name!.trim(),
        files: (item.auxiliaryFile ?? []).map((f) => fileLink(f, 'Anlage')).filter(present),
      })),
  }
}

function normalise(value: string): string | null {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

async function writeSnapshot(
  file: string,
  snapshot: CouncilSnapshot,
  log: (m: string) => void,
): Promise<void> {
  await writeSnapshotFile(file, snapshot).catch((error: Error) =>
    log(`OParl: Der Stand konnte nicht gespeichert werden (${error.message}).`),
  )
}

async function readSnapshot(file: string, systemUrl: string): Promise<CouncilSnapshot | null> {
  const snapshot = await readSnapshotFile(file, councilSnapshot)
  // A snapshot of another system (settings changed) would show another council's meetings.
  return snapshot && snapshot.systemUrl === systemUrl ? snapshot : null
}

// City service reports ("Mängelmelder") from an Open311 GeoReport v2 endpoint, read at build
// time with the same rules as Consul and OParl: validated, the last good snapshot when the
// source fails, never a broken build.

import { z } from 'zod'

import { getValidatedJson } from '../sources/get-json'
import { readSnapshotFile, snapshotTime, writeSnapshotFile } from '../sources/snapshot-file'
import { errorList, reportsSnapshot, requestObject, serviceObject, type ServiceReport } from './schema'

export type ReportsResult = {
  state: 'live' | 'cached' | 'unavailable'
  reports: ServiceReport[]
  fetchedAt?: string
  reason?: string
}

export type ReportsOptions = {
  endpoint: string
  cacheFile?: string
  timeoutMs?: number
  /** How far back reports are read (GeoReport's own default window is 90 days). */
  days?: number
  now?: Date
  log?: (message: string) => void
}

const MAX_BYTES = 8 * 1024 * 1024

class ReportsError extends Error {}

export async function loadServiceReports(options: ReportsOptions): Promise<ReportsResult> {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  let endpoint: string
  try {
    const url = new URL(options.endpoint.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol')
    endpoint = url.href.replace(/\/+$/, '')
  } catch {
    const reason = `Die Adresse des Mängelmelders ist ungültig („${options.endpoint}“).`
    log(`Open311: ${reason} Zeige nur den Link zum Melden.`)
    return { state: 'unavailable', reports: [], reason }
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000)
  try {
    const signal = controller.signal
    const services = await get(`${endpoint}/services.json`, z.array(serviceObject), signal)
    const names = new Map(services.map((s) => [s.service_code, s.service_name]))
    const start = new Date(now.getTime() - (options.days ?? 90) * 24 * 60 * 60 * 1000).toISOString()
    const query = new URLSearchParams({
      start_date: start,
      end_date: now.toISOString(),
      status: 'open,closed',
    })
    const requests = await get(`${endpoint}/requests.json?${query}`, z.array(requestObject), signal)
    const reports = requests
      .map((r) => ({
        id: r.service_request_id,
        category: (r.service_name || (r.service_code && names.get(r.service_code)) || 'Sonstiges').trim(),
        status: r.status,
        requestedAt: r.requested_datetime,
        ...(r.updated_datetime ? { updatedAt: r.updated_datetime } : {}),
        ...(typeof r.lat === 'number' && typeof r.long === 'number' ? { lat: r.lat, long: r.long } : {}),
      }))
      .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt))
    const fetchedAt = now.toISOString()
    if (options.cacheFile) {
      await writeSnapshotFile(options.cacheFile, { endpoint, fetchedAt, reports }).catch((e: Error) =>
        log(`Open311: Der Stand konnte nicht gespeichert werden (${e.message}).`),
      )
    }
    log(
      `Open311: live – ${reports.length} Meldungen (${reports.filter((r) => r.status === 'open').length} offen) aus ${services.length} Kategorien.`,
    )
    return { state: 'live', reports, fetchedAt }
  } catch (error) {
    const reason =
      error instanceof ReportsError
        ? error.message
        : `Unerwarteter Fehler beim Lesen des Mängelmelders: ${(error as Error).message}`
    const snapshot = options.cacheFile ? await readSnapshotFile(options.cacheFile, reportsSnapshot) : null
    if (snapshot && snapshot.endpoint === endpoint) {
      log(
        `Open311: ${reason} Verwende den gespeicherten Stand vom ${snapshotTime(snapshot.fetchedAt)} (${snapshot.reports.length} Meldungen).`,
      )
      return { state: 'cached', reports: snapshot.reports, fetchedAt: snapshot.fetchedAt, reason }
    }
    log(`Open311: ${reason} Kein gespeicherter Stand vorhanden; die Seite zeigt nur den Link zum Melden.`)
    return { state: 'unavailable', reports: [], reason }
  } finally {
    clearTimeout(timer)
  }
}

function get<T extends z.ZodType>(url: string, shape: T, signal: AbortSignal): Promise<z.infer<T>> {
  return getValidatedJson(url, shape, signal, {
    maxBytes: MAX_BYTES,
    fail: (problem) => {
      switch (problem.kind) {
        case 'timeout':
          return new ReportsError('Zeitüberschreitung: Der Mängelmelder hat nicht rechtzeitig geantwortet.')
        case 'unreachable':
          return new ReportsError(`Der Mängelmelder ist nicht erreichbar (${problem.detail}).`)
        case 'broken':
          return new ReportsError('Die Verbindung zum Mängelmelder ist abgebrochen.')
        case 'size':
          return new ReportsError('Die Antwort des Mängelmelders ist unerwartet groß.')
        case 'http': {
          if (problem.json === undefined)
            return new ReportsError(`Der Mängelmelder hat kein JSON geliefert (HTTP ${problem.status}).`)
          // GeoReport errors come as [{ code, description }].
          const described = errorList.safeParse(problem.json)
          return new ReportsError(
            `Der Mängelmelder antwortet mit einem Fehler (HTTP ${problem.status}${described.success ? `: ${described.data[0]?.description}` : ''}).`,
          )
        }
        case 'notJson':
          return new ReportsError(`Der Mängelmelder hat kein JSON geliefert (HTTP ${problem.status}).`)
        case 'shape':
          return new ReportsError(
            `Die Antwort des Mängelmelders hat ein unerwartetes Format (bei „${problem.where || 'Liste'}“ in ${new URL(url).pathname}).`,
          )
      }
    },
  })
}

/** Open reports and those solved within `days`, for a district's numbers. */
export function reportCounts(reports: ServiceReport[], now = new Date(), days = 30) {
  const since = now.getTime() - days * 24 * 60 * 60 * 1000
  return {
    open: reports.filter((r) => r.status === 'open').length,
    recentlySolved: reports.filter(
      (r) => r.status === 'closed' && Date.parse(r.updatedAt ?? r.requestedAt) >= since,
    ).length,
  }
}

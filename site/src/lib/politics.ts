// What the Politik page, the meeting calendars and the district and topic pages show of the
// council meetings (OParl), the service reports (Open311) and Consul's proposals. Everything comes
// from the build's snapshot (./politics-read.ts); non-public agenda items were dropped by the reader.
import { slugify } from '../../../cms/src/lib/slugify'
import type { CouncilMeeting } from './oparl/schema'
import { reportCounts } from './open311/index'
import type { ServiceReport } from './open311/schema'
import { tracked } from './deps'
import { nowMs, participation, politics, settings } from './snapshot-reads'
import { safeUrl } from './paths'
import type { Locale } from './snapshot'

export type { CouncilMeeting }

export const councilOf = () => politics().council

/** The id of a meeting's entry on the Politik page (the events list and search link there). */
export const meetingAnchor = (m: CouncilMeeting) =>
  `sitzung-${m.id.replace(/[^a-zA-Z0-9]+/g, '-').slice(-40)}`

/** Upcoming meetings (not yet ended), soonest first. */
export const upcomingMeetings = () =>
  (councilOf()?.meetings ?? []).filter((m) => Date.parse(m.end ?? m.start) >= nowMs())
/** Meetings of the last six months, latest first. */
export const pastMeetings = () =>
  (councilOf()?.meetings ?? []).filter((m) => Date.parse(m.end ?? m.start) < nowMs()).reverse()

/** The council's bodies (Stadtvertretung, committees) with a meeting, each with a calendar slug. */
export function committees(): { id: string; name: string; slug: string }[] {
  const byId = new Map<string, string>()
  for (const m of councilOf()?.meetings ?? []) for (const o of m.organizations) byId.set(o.id, o.name)
  const used = new Set<string>()
  return [...byId]
    .map(([id, name]) => {
      let slug = slugify(name) || 'gremium'
      for (let n = 2; used.has(slug); n++) slug = `${slugify(name)}-${n}`
      used.add(slug)
      return { id, name, slug }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

/** Where citizens read the council's documents: the setting, else the council's own website, else the city's. */
export function councilWebsite(): string {
  const p = settings('de').politics
  return (
    safeUrl(p?.councilWebsiteUrl) ??
    safeUrl(councilOf()?.bodyWebsite) ??
    safeUrl(settings('de').cityWebsiteUrl) ??
    'https://www.neubrandenburg.de'
  )
}

export const isDemo = () => Boolean(settings('de').politics?.demoData)
/** Consul's items are the demo's too: demo mode, and the platform is the local demo server. */
export const isDemoParticipation = () =>
  isDemo() && /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(`${settings('de').participation?.url ?? ''}/`)
export const reportUrl = () => safeUrl(settings('de').politics?.reportUrl)

/** The editors' "So können Sie mitwirken" text as paragraphs; null when they left it empty. */
export function takePartText(locale: Locale): string[] | null {
  const text = settings(locale).politics?.howToTakePart?.trim()
  return text ? text.split(/\n\s*\n/).map((p) => p.trim()) : null
}

type Area = { south?: number | null; north?: number | null; west?: number | null; east?: number | null }
const inArea = (r: ServiceReport, a: Area | null | undefined) =>
  a &&
  [a.south, a.north, a.west, a.east].every((v) => typeof v === 'number') &&
  typeof r.lat === 'number' &&
  typeof r.long === 'number' &&
  r.lat >= a.south! &&
  r.lat <= a.north! &&
  r.long >= a.west! &&
  r.long <= a.east!

/**
 * A district's service reports: those inside its area, or the city's when it has none.
 * null when no Open311 source is configured or it gave nothing (the page shows only the link).
 */
export const districtReports = (area: Area | null | undefined) => reportsIn(JSON.stringify(area ?? null))

// Tracked by the area, so a district page depends on its own numbers (incremental builds).
const reportsIn = tracked('districtReports', (areaKey: string) => {
  const area = JSON.parse(areaKey) as Area | null
  const result = politics().reports
  if (!result || result.state === 'unavailable') return null
  const hasArea = [area?.south, area?.north, area?.west, area?.east].every((v) => typeof v === 'number')
  const reports = hasArea ? result.reports.filter((r) => inArea(r, area)) : result.reports
  return {
    citywide: !hasArea,
    counts: reportCounts(reports, new Date(nowMs())),
    latest: reports.slice(0, 5),
    fetchedAt: result.fetchedAt,
    /** The source failed at this build: the numbers are the last good state's. */
    cached: result.state === 'cached',
  }
})

/**
 * Consul items of a district (geozone table) or topic (tag table) from the settings. Tracked by
 * kind and id: a page depends on its own items, not on Consul's whole answer and every setting
 * (an incremental build re-renders it only when they change).
 */
export const consulItemsFor = tracked('consulItemsFor', (kind: 'topic' | 'district', id: string) => {
  const p = settings('de').politics
  const refId = (ref: unknown) =>
    ref && typeof ref === 'object' ? String((ref as { id: unknown }).id) : String(ref)
  if (kind === 'district') {
    const zones = new Set(
      (p?.geozones ?? []).filter((g) => refId(g.district) === id).map((g) => g.geozone.trim().toLowerCase()),
    )
    return participation().items.filter((i) => i.district && zones.has(i.district.trim().toLowerCase()))
  }
  const tags = new Set(
    (p?.tags ?? []).filter((g) => refId(g.topic) === id).map((g) => g.tag.trim().toLowerCase()),
  )
  return participation().items.filter((i) => i.tags?.some((tag) => tags.has(tag.trim().toLowerCase())))
})

/** Whether `text` names `zone` as a whole word (not "Oststadt" inside "Oststadtring"), any case. */
const names = (text: string, zone: string) => {
  const escaped = zone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text)
}

/**
 * A district's budget projects. Consul's API gives a project no geozone or heading, only the
 * author's free-text location: a project belongs to a district when its location (or, without
 * one, its title) names a geozone the editors mapped to that district.
 */
export const budgetProjectsFor = tracked('budgetProjectsFor', (districtId: string) => {
  const p = settings('de').politics
  const refId = (ref: unknown) =>
    ref && typeof ref === 'object' ? String((ref as { id: unknown }).id) : String(ref)
  const zones = (p?.geozones ?? [])
    .filter((g) => refId(g.district) === districtId)
    .map((g) => g.geozone.trim())
    .filter(Boolean)
  if (!zones.length) return []
  return (participation().projects ?? []).filter((project) =>
    zones.some((zone) => names(project.location || project.title, zone)),
  )
})

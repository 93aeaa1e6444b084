import type { Endpoint } from 'payload'

import { verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature'
import { PUBLISH_STATUS_SLUG } from './settings'

export const REPORT_PATH = '/report'
const MAX_REPORT_BYTES = 16 * 1024

export type BuildReport = {
  event: 'site.built' | 'site.build-failed'
  buildId: string
  finishedAt: string
  pages?: number
  durationMs?: number
  error?: string
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } })

/**
 * POST /api/globals/publish-status/report: the build runner says whether the site was rebuilt, so
 * editors see when their change is live (or that the build failed and the previous site stays
 * online). Signed like the webhook, with the same secret; no user session involved.
 */
export const buildReportEndpoint: Omit<Endpoint, 'root'> = {
  path: REPORT_PATH,
  method: 'post',
  handler: async (req) => {
    const secret = process.env.BUILD_WEBHOOK_SECRET?.trim()
    if (!secret) return json(404, { error: 'Nicht eingerichtet.' })
    const declared = Number(req.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > MAX_REPORT_BYTES) return json(413, { error: 'Anfrage zu groß.' })
    const body = (await req.text?.()) ?? ''
    if (Buffer.byteLength(body) > MAX_REPORT_BYTES) return json(413, { error: 'Anfrage zu groß.' })
    const check = verifySignature({ secret, body, signature: req.headers.get(SIGNATURE_HEADER), timestamp: req.headers.get(TIMESTAMP_HEADER) })
    if (!check.ok) return json(401, { error: check.message })
    let report: BuildReport
    try {
      report = JSON.parse(body)
    } catch {
      return json(400, { error: 'Der Inhalt ist kein gültiges JSON.' })
    }
    if ((report.event !== 'site.built' && report.event !== 'site.build-failed') || Number.isNaN(Date.parse(report.finishedAt))) {
      return json(400, { error: 'Unbekannte Meldung.' })
    }
    const data =
      report.event === 'site.built'
        ? { siteState: 'live', siteUpdatedAt: report.finishedAt, siteBuild: report.buildId }
        : { siteState: 'failed', siteErrorAt: report.finishedAt, siteError: String(report.error ?? 'Unbekannter Fehler').slice(0, 2000) }
    await req.payload.updateGlobal({ slug: PUBLISH_STATUS_SLUG as never, data: data as never, overrideAccess: true, depth: 0 })
    return json(200, { ok: true })
  },
}

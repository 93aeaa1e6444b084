import crypto from 'node:crypto'

import type { Endpoint } from 'payload'

import { setting } from '../config'
import type { PublishStatus } from '../payload-types'
import { verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature'
import { isPublicCollection } from './publicContent'
import { PUBLISH_STATUS_SLUG } from './settings'

export const REPORT_PATH = '/report'
// Room for the list of skipped documents (at most MAX_SKIPPED, their reasons cut short).
const MAX_REPORT_BYTES = 64 * 1024

export type BuildReport = {
  event: 'site.built' | 'site.build-failed'
  buildId: string
  finishedAt: string
  pages?: number
  durationMs?: number
  error?: string
  /** Documents the build left out because the site cannot render them (site/src/lib/renderable.ts). */
  skipped?: { collection?: unknown; id?: unknown; title?: unknown; reason?: unknown }[]
}

const MAX_SKIPPED = 50

/** The reported skipped documents as status rows: only public collections, bounded lengths. */
function skippedRows(skipped: BuildReport['skipped']) {
  if (!Array.isArray(skipped)) return []
  return skipped
    .filter(
      (s) =>
        typeof s?.collection === 'string' &&
        isPublicCollection(s.collection) &&
        (typeof s.id === 'string' || typeof s.id === 'number'),
    )
    .slice(0, MAX_SKIPPED)
    .map((s) => ({
      collection: s.collection as string,
      docId: String(s.id).slice(0, 100),
      title: String(s.title ?? '').slice(0, 300),
      reason: String(s.reason ?? '').slice(0, 1000),
    }))
}

/**
 * Netlify's deploy notifications ("Deploy succeeded"/"Deploy failed" → Outgoing webhook, with a JWS
 * secret token) carry a HS256 JWS in X-Webhook-Signature whose claims name the issuer and the
 * SHA-256 of the body. Returns the report, or a German reason it was refused.
 */
export function netlifyReport(token: string, body: string, secret: string): BuildReport | string {
  const [header, claims, signature] = token.split('.')
  if (!header || !claims || !signature) return 'Signatur hat ein ungültiges Format.'
  const expected = crypto.createHmac('sha256', secret).update(`${header}.${claims}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return 'Signatur stimmt nicht.'
  let parsed: { alg?: string; iss?: string; sha256?: string }
  try {
    parsed = {
      ...JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
      ...JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')),
    }
  } catch {
    return 'Signatur hat ein ungültiges Format.'
  }
  const digest = crypto.createHash('sha256').update(body).digest('hex')
  if (parsed.alg !== 'HS256' || parsed.iss !== 'netlify' || parsed.sha256 !== digest)
    return 'Signatur passt nicht zum Inhalt.'
  let deploy: {
    id?: string
    state?: string
    error_message?: string | null
    published_at?: string | null
    updated_at?: string
  }
  try {
    deploy = JSON.parse(body)
  } catch {
    return 'Der Inhalt ist kein gültiges JSON.'
  }
  const finishedAt = deploy.published_at || deploy.updated_at || new Date().toISOString()
  if (deploy.state === 'ready') return { event: 'site.built', buildId: `netlify:${deploy.id}`, finishedAt }
  if (deploy.state === 'error')
    return {
      event: 'site.build-failed',
      buildId: `netlify:${deploy.id}`,
      finishedAt,
      error: deploy.error_message || 'Netlify-Build fehlgeschlagen',
    }
  return 'Unbekannte Meldung.'
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })

/**
 * POST /api/globals/publish-status/report: the build runner says whether the site was rebuilt, so
 * editors see when their change is live (or that the build failed and the previous site stays
 * online). Signed like the webhook, with the same secret, or a Netlify deploy notification signed
 * with NETLIFY_WEBHOOK_SECRET; no user session involved.
 */
export const buildReportEndpoint: Omit<Endpoint, 'root'> = {
  path: REPORT_PATH,
  method: 'post',
  handler: async (req) => {
    const secret = setting('BUILD_WEBHOOK_SECRET')
    const netlifySecret = setting('NETLIFY_WEBHOOK_SECRET')
    if (!secret && !netlifySecret) return json(404, { error: 'Nicht eingerichtet.' })
    const declared = Number(req.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > MAX_REPORT_BYTES)
      return json(413, { error: 'Anfrage zu groß.' })
    const body = (await req.text?.()) ?? ''
    if (Buffer.byteLength(body) > MAX_REPORT_BYTES) return json(413, { error: 'Anfrage zu groß.' })
    const signature = req.headers.get(SIGNATURE_HEADER)
    let report: BuildReport
    if (netlifySecret && signature && !signature.startsWith('sha256=')) {
      const result = netlifyReport(signature, body, netlifySecret)
      if (typeof result === 'string') return json(401, { error: result })
      report = result
    } else {
      if (!secret) return json(401, { error: 'Signatur fehlt.' })
      const check = verifySignature({ secret, body, signature, timestamp: req.headers.get(TIMESTAMP_HEADER) })
      if (!check.ok) return json(401, { error: check.message })
      try {
        report = JSON.parse(body)
      } catch {
        return json(400, { error: 'Der Inhalt ist kein gültiges JSON.' })
      }
    }
    if (
      (report.event !== 'site.built' && report.event !== 'site.build-failed') ||
      Number.isNaN(Date.parse(report.finishedAt))
    ) {
      return json(400, { error: 'Unbekannte Meldung.' })
    }
    const skipped = skippedRows(report.skipped)
    const data: Partial<PublishStatus> =
      report.event === 'site.built'
        ? {
            siteState: skipped.length ? 'partial' : 'live',
            siteUpdatedAt: report.finishedAt,
            siteBuild: report.buildId,
            siteSkipped: skipped,
          }
        : {
            siteState: 'failed',
            siteErrorAt: report.finishedAt,
            siteError: String(report.error ?? 'Unbekannter Fehler').slice(0, 2000),
          }
    await req.payload.updateGlobal({ slug: PUBLISH_STATUS_SLUG, data, overrideAccess: true, depth: 0 })
    return json(200, { ok: true })
  },
}

// Tells the CMS each build's outcome, signed like the webhook, so editors see in the admin when the
// site was updated or why not (received by cms/src/publish/report.ts).
import { signedHeaders } from '../../cms/src/publish/signature'
import type { BuildRecord } from './types'

/** The CMS keeps at most this many skipped documents (cms/src/publish/report.ts). */
const MAX_SKIPPED = 50

export function buildReportBody(record: BuildRecord, ok: boolean): string {
  return JSON.stringify({
    event: ok ? 'site.built' : 'site.build-failed',
    buildId: record.id,
    finishedAt: record.finishedAt,
    durationMs: record.durationMs,
    ...(record.pages !== undefined ? { pages: record.pages } : {}),
    // Their reasons are short German sentences; cut anyway, so one odd title cannot make the report too large.
    ...(ok
      ? {
          skipped: (record.skipped ?? [])
            .slice(0, MAX_SKIPPED)
            .map((s) => ({ ...s, title: s.title.slice(0, 300), reason: s.reason.slice(0, 500) })),
        }
      : { error: record.error }),
  })
}

/** Fire and forget: the site is already switched; a CMS that is down just misses one message. */
export function reporter(options: { url: string | false; secret: string; log: (message: string) => void }) {
  const { url, secret, log } = options
  return (record: BuildRecord, ok: boolean) => {
    if (!url) return
    const body = buildReportBody(record, ok)
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(secret, body) },
      body,
      signal: AbortSignal.timeout(10_000),
    })
      .then((res) => {
        if (!res.ok) log(`Meldung an das CMS abgelehnt (HTTP ${res.status}).`)
      })
      .catch((error: Error) => log(`Meldung an das CMS nicht möglich: ${error.message}`))
  }
}

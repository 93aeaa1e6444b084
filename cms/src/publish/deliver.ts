import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { timeZone } from '../locales'
import { buildWebhookBody, summarize, type DeliveryInput } from './changes'
import { notifyPublished } from './listeners'
import { signedHeaders } from './signature'
import {
  deliveryTimeoutMs,
  PUBLISH_CONCURRENCY_KEY,
  PUBLISH_TASK,
  resolveTargets,
  retryAttempts,
  retryDelayMs,
  type Target,
} from './settings'
import { writeStatus } from './status'

export type DeliveryResult = { target: Target['kind']; ok: boolean; status?: number; detail: string }

/** A name for the target that is safe to show: Netlify hook URLs contain their secret. */
export function describeTarget(target: Target): string {
  if (target.kind === 'netlify') return 'Netlify'
  try {
    return `Build-Server ${new URL(target.url).host}`
  } catch {
    return 'Build-Server'
  }
}

async function post(target: Target, body: string, title: string): Promise<DeliveryResult> {
  const name = describeTarget(target)
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'neubrandenburg-cms-publish/1',
  }
  let url = target.url
  if (target.kind === 'netlify') {
    // Netlify's build hooks take a POST; trigger_title shows up in the deploy list.
    const u = new URL(target.url)
    u.searchParams.set('trigger_title', title.slice(0, 200))
    url = u.toString()
  } else {
    if (!target.secret) {
      return {
        target: target.kind,
        ok: false,
        detail: `${name}: BUILD_WEBHOOK_SECRET ist nicht gesetzt, unsignierte Aufrufe werden nicht gesendet.`,
      }
    }
    Object.assign(headers, signedHeaders(target.secret, body))
  }
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(deliveryTimeoutMs()),
    })
    await res.arrayBuffer().catch(() => undefined)
    if (res.ok)
      return {
        target: target.kind,
        ok: true,
        status: res.status,
        detail: `${name} hat angenommen (HTTP ${res.status}).`,
      }
    return {
      target: target.kind,
      ok: false,
      status: res.status,
      detail: `${name} hat abgelehnt (HTTP ${res.status}).`,
    }
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? 'keine Antwort (Zeitüberschreitung)' : 'nicht erreichbar'
    return { target: target.kind, ok: false, detail: `${name}: ${reason}.` }
  }
}

/** Sends one build request to every configured target. Exported for the benchmark and tests. */
export async function deliver(
  input: DeliveryInput,
  deliveryId: string,
  attempt: number,
): Promise<DeliveryResult[]> {
  const targets = resolveTargets()
  const body = JSON.stringify(buildWebhookBody(input, deliveryId, attempt))
  return Promise.all(targets.map((target) => post(target, body, `CMS: ${summarize(input)}`)))
}

const formatBerlin = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(
    new Date(iso),
  )

const handler: TaskHandler<typeof PUBLISH_TASK> = async ({ input, job, req }) => {
  const payload: Payload = req.payload
  const data = input as DeliveryInput
  const now = new Date()
  const attempt = (job.totalTried ?? 0) + 1
  const changesText = summarize(data)
  const lastChangeAt = data.lastChangeAt

  if (resolveTargets().length === 0) {
    await writeStatus(payload, {
      state: 'unconfigured',
      lastAttemptAt: now.toISOString(),
      nextAttemptAt: null,
      lastChanges: changesText,
      lastChangeAt,
      message:
        'Es ist kein Ziel für den automatischen Neubau eingerichtet (NETLIFY_BUILD_HOOK_URL oder BUILD_WEBHOOK_URL). ' +
        'Ihre Änderungen sind gespeichert, erscheinen aber erst nach einem manuellen Neubau auf der Website.',
    })
    return { output: { delivered: false, detail: 'no target' } }
  }

  const results = await deliver(data, String(job.id), attempt)
  const failed = results.filter((r) => !r.ok)
  const detail = results.map((r) => r.detail).join(' ')
  if (failed.length === 0) {
    await writeStatus(payload, {
      state: 'success',
      lastAttemptAt: now.toISOString(),
      lastSuccessAt: now.toISOString(),
      nextAttemptAt: null,
      lastChanges: changesText,
      lastChangeAt,
      message: `Neubau der Website angefordert: ${detail}`,
    })
    await notifyPublished(payload, data.changes)
    return { output: { delivered: true, detail } }
  }

  const attempts = retryAttempts()
  const retriesLeft = attempt <= attempts
  // Mirrors Payload's exponential backoff so editors see when the next attempt happens.
  const next = retriesLeft
    ? new Date(now.getTime() + 2 ** (job.totalTried ?? 0) * retryDelayMs()).toISOString()
    : null
  await writeStatus(payload, {
    state: retriesLeft ? 'retrying' : 'failed',
    lastAttemptAt: now.toISOString(),
    lastErrorAt: now.toISOString(),
    nextAttemptAt: next,
    lastChanges: changesText,
    lastChangeAt,
    lastError: `Versuch ${attempt}: ${detail}`,
    message: retriesLeft
      ? `Die Website konnte noch nicht benachrichtigt werden. Ihre Änderungen sind gespeichert; neuer Versuch um ${formatBerlin(next!)}.`
      : 'Die Website konnte nach mehreren Versuchen nicht benachrichtigt werden. Ihre Änderungen sind gespeichert. ' +
        'Die nächste Veröffentlichung löst einen neuen Versuch aus; bitte informieren Sie die technische Betreuung.',
  })
  throw new Error(`Build-Anforderung fehlgeschlagen: ${failed.map((r) => r.detail).join(' ')}`)
}

export const deliverTask = (): TaskConfig<typeof PUBLISH_TASK> => ({
  slug: PUBLISH_TASK,
  label: 'Website neu erstellen lassen',
  inputSchema: [
    { name: 'changes', type: 'json', required: true },
    { name: 'firstChangeAt', type: 'text', required: true },
    { name: 'lastChangeAt', type: 'text', required: true },
    { name: 'truncated', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'delivered', type: 'checkbox' },
    { name: 'detail', type: 'text' },
  ],
  retries: { attempts: retryAttempts(), backoff: { type: 'exponential', delay: retryDelayMs() } },
  // Exclusive: never two deliveries at once. No `supersedes`: the hook (enqueueChange) replaces
  // older pending requests itself, deleting only those whose changes it merged into the new one.
  concurrency: { key: () => PUBLISH_CONCURRENCY_KEY, exclusive: true },
  handler,
})

export { formatBerlin }

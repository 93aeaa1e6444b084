import type { z } from 'zod'

import { readLimited } from './read-limited'

/** What went wrong with one GET; each source turns it into its own German message. */
export type JsonProblem =
  | { kind: 'timeout' }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'broken' }
  | { kind: 'size' }
  /** A status other than 2xx; `json` is the parsed body when it was JSON (error lists), else undefined. */
  | { kind: 'http'; status: number; json: unknown }
  | { kind: 'notJson'; status: number }
  /** The JSON does not have the expected shape; `where` is the first failing path. */
  | { kind: 'shape'; where: string }

/**
 * GETs one JSON document from a build-time source (OParl, Open311), reads at most `maxBytes` and
 * validates it with zod. Every failure goes through `fail`, so callers throw their own error type
 * and never see a raw fetch or parse error. Gives up when `signal` aborts (the source's time budget).
 */
export async function getValidatedJson<T extends z.ZodType>(
  url: string,
  shape: T,
  signal: AbortSignal,
  options: { maxBytes: number; fail: (problem: JsonProblem) => Error },
): Promise<z.infer<T>> {
  const { fail } = options
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'follow', signal })
  } catch (error) {
    if (signal.aborted) throw fail({ kind: 'timeout' })
    throw fail({
      kind: 'unreachable',
      detail: String((error as Error).cause ?? (error as Error).message),
    })
  }
  const body = await readLimited(response, options.maxBytes, (kind) =>
    signal.aborted ? fail({ kind: 'timeout' }) : fail({ kind }),
  )
  let json: unknown
  let isJson = true
  try {
    json = JSON.parse(body)
  } catch {
    isJson = false
  }
  if (!response.ok) throw fail({ kind: 'http', status: response.status, json: isJson ? json : undefined })
  if (!isJson) throw fail({ kind: 'notJson', status: response.status })
  const parsed = shape.safeParse(json)
  if (!parsed.success) throw fail({ kind: 'shape', where: parsed.error.issues[0]?.path.join('.') ?? '' })
  return parsed.data
}

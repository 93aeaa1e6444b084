import type { z } from 'zod'

import { readLimited } from '../sources/read-limited'
import { listPage } from './schema'

/** Why an OParl answer was not usable; `message` is plain German for the build log. */
export class OparlError extends Error {
  override name = 'OparlError'
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'http' | 'shape' | 'paging',
    message: string,
  ) {
    super(message)
  }
}

// A city's meeting list has a few thousand entries in pages of 20-100; 60 pages is far beyond any
// real council and stops a list whose `links.next` never ends.
export const MAX_PAGES = 60
const MAX_BYTES = 4 * 1024 * 1024

/** GETs one OParl object or list page and validates it; gives up when `signal` aborts. */
export async function getJson<T extends z.ZodType>(
  url: string,
  shape: T,
  signal: AbortSignal,
): Promise<z.infer<T>> {
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'follow', signal })
  } catch (error) {
    if (signal.aborted)
      throw new OparlError(
        'timeout',
        'Zeitüberschreitung: Das Ratsinformationssystem hat nicht rechtzeitig geantwortet.',
      )
    throw new OparlError(
      'unreachable',
      `Das Ratsinformationssystem ist nicht erreichbar (${(error as Error).cause ?? (error as Error).message}).`,
    )
  }
  const body = await readLimited(response, MAX_BYTES, (kind) =>
    signal.aborted
      ? new OparlError(
          'timeout',
          'Zeitüberschreitung: Das Ratsinformationssystem hat nicht rechtzeitig geantwortet.',
        )
      : kind === 'size'
        ? new OparlError('shape', 'Die Antwort des Ratsinformationssystems ist unerwartet groß.')
        : new OparlError('unreachable', 'Die Verbindung zum Ratsinformationssystem ist abgebrochen.'),
  )
  if (!response.ok)
    throw new OparlError(
      'http',
      `Das Ratsinformationssystem antwortet mit einem Fehler (HTTP ${response.status} bei ${new URL(url).pathname}).`,
    )
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new OparlError(
      'shape',
      'Das Ratsinformationssystem hat kein JSON geliefert (vermutlich eine Fehlerseite).',
    )
  }
  const parsed = shape.safeParse(json)
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'Objekt'
    throw new OparlError(
      'shape',
      `Die Antwort des Ratsinformationssystems hat ein unerwartetes Format (bei „${where}“ in ${new URL(url).pathname}).`,
    )
  }
  return parsed.data
}

/** Every item of a paged OParl list, following `links.next`; refuses loops and endless lists. */
export async function getList<T extends z.ZodType>(
  url: string,
  item: T,
  signal: AbortSignal,
  params: Record<string, string> = {},
): Promise<z.infer<T>[]> {
  const first = new URL(url)
  for (const [key, value] of Object.entries(params)) first.searchParams.set(key, value)
  const items: z.infer<T>[] = []
  const seen = new Set<string>()
  let next: string | null | undefined = first.href
  for (let page = 0; next; page++) {
    if (page >= MAX_PAGES)
      throw new OparlError(
        'paging',
        `Die Liste ${first.pathname} endet nicht (mehr als ${MAX_PAGES} Seiten).`,
      )
    if (seen.has(next))
      throw new OparlError(
        'paging',
        `Die Liste ${first.pathname} verweist im Kreis auf eine Seite, die schon gelesen wurde.`,
      )
    seen.add(next)
    const data: { data: z.infer<T>[]; links?: { next?: string | null } | null } = await getJson(
      next,
      listPage(item),
      signal,
    )
    items.push(...data.data)
    next = data.links?.next
  }
  return items
}

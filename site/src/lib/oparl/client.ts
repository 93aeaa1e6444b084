import type { z } from 'zod'

import { getValidatedJson } from '../sources/get-json'
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
export function getJson<T extends z.ZodType>(
  url: string,
  shape: T,
  signal: AbortSignal,
): Promise<z.infer<T>> {
  const path = new URL(url).pathname
  return getValidatedJson(url, shape, signal, {
    maxBytes: MAX_BYTES,
    fail: (problem) => {
      switch (problem.kind) {
        case 'timeout':
          return new OparlError(
            'timeout',
            'Zeitüberschreitung: Das Ratsinformationssystem hat nicht rechtzeitig geantwortet.',
          )
        case 'unreachable':
          return new OparlError(
            'unreachable',
            `Das Ratsinformationssystem ist nicht erreichbar (${problem.detail}).`,
          )
        case 'broken':
          return new OparlError('unreachable', 'Die Verbindung zum Ratsinformationssystem ist abgebrochen.')
        case 'size':
          return new OparlError('shape', 'Die Antwort des Ratsinformationssystems ist unerwartet groß.')
        case 'http':
          return new OparlError(
            'http',
            `Das Ratsinformationssystem antwortet mit einem Fehler (HTTP ${problem.status} bei ${path}).`,
          )
        case 'notJson':
          return new OparlError(
            'shape',
            'Das Ratsinformationssystem hat kein JSON geliefert (vermutlich eine Fehlerseite).',
          )
        case 'shape':
          return new OparlError(
            'shape',
            `Die Antwort des Ratsinformationssystems hat ein unerwartetes Format (bei „${problem.where || 'Objekt'}“ in ${path}).`,
          )
      }
    },
  })
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

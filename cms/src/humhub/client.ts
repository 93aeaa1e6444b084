import type { z } from 'zod'

import { fetchRetryingDropped } from '../lib/droppedConnection'
import { pageOf } from './schemas'

/** A German message naming what failed; the import stops with it and writes nothing more. */
export class HumHubError extends Error {}

export type ClientOptions = {
  url: string
  token: string
  timeoutMs?: number
  pageSize?: number
  maxImageBytes?: number
}

/** Reads HumHub's REST API: bearer token, JSON, time limit per request, every page of a list. */
export class HumHubClient {
  /** The REST API, `<site>/api/v1/`. */
  readonly base: URL
  /** The HumHub site itself, where uploads live. */
  readonly site: URL
  private readonly token: string
  private readonly timeoutMs: number
  private readonly pageSize: number
  readonly maxImageBytes: number

  constructor(options: ClientOptions) {
    let base: URL
    try {
      base = new URL(options.url.replace(/\/*$/, '/'))
    } catch {
      throw new HumHubError(`Die HumHub-Adresse „${options.url}“ ist keine gültige URL.`)
    }
    // Either the site's address or its API's: both end up as <site>/api/v1/.
    this.site = new URL(base.href.replace(/api\/v1\/$/, ''))
    this.base = new URL('api/v1/', this.site)
    this.token = options.token
    this.timeoutMs = options.timeoutMs ?? 20_000
    // HumHub caps `limit` at 50.
    this.pageSize = Math.min(options.pageSize ?? 50, 50)
    this.maxImageBytes = options.maxImageBytes ?? 10 * 1024 * 1024
  }

  /** Reads only, so a connection HumHub closed as it was reused is tried once more on a fresh one. */
  private fetchJson(url: URL): Promise<Response> {
    return fetchRetryingDropped(url, {
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
      timeoutMs: this.timeoutMs,
      redirect: 'follow',
    })
  }

  private async request(path: string, what: string, allowMissing = false): Promise<Response | undefined> {
    const url = new URL(path.replace(/^\//, ''), this.base)
    let res: Response
    try {
      res = await this.fetchJson(url)
    } catch (error) {
      const e = error as Error
      if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        throw new HumHubError(
          `Zeitüberschreitung beim Lesen ${what}: HumHub hat nicht innerhalb von ${(this.timeoutMs / 1000).toLocaleString('de-DE')} s geantwortet (${url.pathname}).`,
        )
      }
      throw new HumHubError(
        `HumHub ist beim Lesen ${what} nicht erreichbar (${url.origin}): ${(e.cause as Error | undefined)?.message ?? e.message}`,
      )
    }
    if (res.status === 401 || res.status === 403) {
      throw new HumHubError(
        `HumHub hat den Zugriff beim Lesen ${what} abgelehnt (HTTP ${res.status}). Bitte prüfen Sie das API-Token und seine Rechte.`,
      )
    }
    if (res.status === 404 && allowMissing) return undefined
    if (!res.ok)
      throw new HumHubError(
        `HumHub antwortet beim Lesen ${what} mit HTTP ${res.status} (${url.pathname}${url.search}).`,
      )
    return res
  }

  /** One JSON answer checked against `schema`; a wrong shape names the object and the field. */
  async get<T extends z.ZodType>(path: string, schema: T, what: string): Promise<z.infer<T>> {
    return (await this.read(path, schema, what, false)) as z.infer<T>
  }

  private async read<T extends z.ZodType>(
    path: string,
    schema: T,
    what: string,
    allowMissing: boolean,
  ): Promise<z.infer<T> | undefined> {
    const res = await this.request(path, what, allowMissing)
    if (!res) return undefined
    let body: unknown
    try {
      body = await res.json()
    } catch {
      throw new HumHubError(`Die Antwort von HumHub beim Lesen ${what} ist kein JSON (${path}).`)
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue.path.length ? `Feld „${issue.path.join('.')}“` : 'Antwort'
      throw new HumHubError(
        `Unerwartete Antwort von HumHub beim Lesen ${what}: ${where}: ${issue.message} (${path}).`,
      )
    }
    return parsed.data
  }

  /**
   * Every item of a paged list (`?page=1&limit=50`, until `pages`). With `allowMissing`, a 404 on
   * the first page means an empty list (a space without the calendar module answers so).
   */
  async all<T extends z.ZodType>(
    path: string,
    item: T,
    what: string,
    options: { allowMissing?: boolean } = {},
  ): Promise<z.infer<T>[]> {
    const items: z.infer<T>[] = []
    const schema = pageOf(item)
    for (let page = 1; ; page++) {
      const sep = path.includes('?') ? '&' : '?'
      const answer = (await this.read(
        `${path}${sep}page=${page}&limit=${this.pageSize}`,
        schema,
        `${what} (Seite ${page})`,
        page === 1 && Boolean(options.allowMissing),
      )) as { pages: number; results: z.infer<T>[] } | undefined
      if (!answer) return []
      items.push(...answer.results)
      // An empty page ends the list too, so a server that miscounts `pages` cannot loop forever.
      if (page >= answer.pages || answer.results.length === 0) break
      if (page > 10_000)
        throw new HumHubError(
          `HumHub liefert beim Lesen ${what} mehr als 10.000 Seiten; der Import bricht ab.`,
        )
    }
    return items
  }

  /** An image as bytes; undefined when HumHub has none (404). Larger than the limit stops the import. */
  async image(path: string, what: string): Promise<{ data: Buffer; mimetype: string } | undefined> {
    const url = new URL(path.replace(/^\//, ''), this.site)
    let res: Response
    try {
      res = await fetchRetryingDropped(url, { timeoutMs: this.timeoutMs })
    } catch (error) {
      throw new HumHubError(
        `Das Bild von ${what} konnte nicht geladen werden: ${(error as Error).name === 'TimeoutError' ? 'Zeitüberschreitung' : (error as Error).message}.`,
      )
    }
    if (res.status === 404) return undefined
    if (!res.ok)
      throw new HumHubError(
        `Das Bild von ${what} konnte nicht geladen werden (HTTP ${res.status}, ${url.pathname}).`,
      )
    const declared = Number(res.headers.get('content-length') ?? 0)
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })
    if (declared > this.maxImageBytes) {
      await res.body?.cancel()
      throw new HumHubError(
        `Das Bild von ${what} ist ${mb(declared)} MB groß; erlaubt sind höchstens ${mb(this.maxImageBytes)} MB.`,
      )
    }
    const data = Buffer.from(await res.arrayBuffer())
    if (data.length > this.maxImageBytes)
      throw new HumHubError(
        `Das Bild von ${what} ist ${mb(data.length)} MB groß; erlaubt sind höchstens ${mb(this.maxImageBytes)} MB.`,
      )
    const mimetype = (res.headers.get('content-type') ?? '').split(';')[0].trim()
    if (!/^image\/(jpeg|png|webp|gif|avif)$/.test(mimetype))
      throw new HumHubError(
        `Das Bild von ${what} hat ein nicht unterstütztes Format (${mimetype || 'unbekannt'}).`,
      )
    return { data, mimetype }
  }
}

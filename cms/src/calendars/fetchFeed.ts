import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import zlib from 'node:zlib'

import { retryDroppedConnection } from '../lib/droppedConnection'
import { classifyAddress } from './network'
import { allowLocalFeeds, feedLimits, normaliseFeedUrl } from './settings'

/** A feed could not be fetched; the message is shown to editors on the feed entry. */
export class FeedError extends Error {
  override name = 'FeedError'
}

export type LookupFn = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void,
) => void

export type FetchFeedOptions = Partial<typeof feedLimits> & {
  allowLocal?: boolean
  /** DNS resolver; the system resolver unless a test brings a stand-in. */
  lookup?: LookupFn
}

const USER_AGENT = 'UnserNeubrandenburg-Kalenderimport/1.0 (+https://unser-nb.de)'

/**
 * Fetches a calendar feed with hard limits: https only (plain http and loopback only under the
 * local test/dev switch), no private network addresses (checked on the resolved address the socket
 * connects to, so DNS tricks do not help), a size cap that also holds for compressed answers, one
 * deadline for the whole exchange, and a few redirects at most.
 */
export async function fetchFeed(
  rawUrl: string,
  options: FetchFeedOptions = {},
): Promise<{ text: string; url: string }> {
  const limits = { ...feedLimits, ...options }
  const allowLocal = options.allowLocal ?? allowLocalFeeds()
  const deadline = Date.now() + limits.timeoutMs
  const seen = new Set<string>()
  let url = normaliseFeedUrl(rawUrl)
  for (let redirects = 0; ; redirects++) {
    const target = checkUrl(url, allowLocal)
    seen.add(target.href)
    const lookup = options.lookup ?? (dns.lookup as unknown as LookupFn)
    // Each request has a connection of its own (see requestOnce); a server may still reset it
    // before it answers, and a feed is only read, so one more try is safe.
    const result = await retryDroppedConnection('GET', () =>
      requestOnce(target, { ...limits, allowLocal, lookup, deadline }),
    )
    if (result.kind === 'body') return { text: result.text, url: target.href }
    const next = new URL(result.location, target).href
    if (seen.has(next))
      throw new FeedError(
        'Die Adresse leitet im Kreis weiter (Weiterleitungsschleife). Bitte prüfen Sie die Adresse des Kalenders.',
      )
    if (redirects + 1 > limits.maxRedirects) {
      throw new FeedError(
        `Die Adresse leitet zu oft weiter (mehr als ${limits.maxRedirects} Weiterleitungen). Bitte tragen Sie die endgültige Adresse des Kalenders ein.`,
      )
    }
    url = next
  }
}

function checkUrl(value: string, allowLocal: boolean): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new FeedError('Die Adresse des Kalenders ist keine gültige Internetadresse.')
  }
  if (url.username || url.password)
    throw new FeedError('Adressen mit Benutzername oder Passwort werden nicht abgerufen.')
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLocal)) {
    throw new FeedError('Aus Sicherheitsgründen werden nur verschlüsselte Adressen (https://) abgerufen.')
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (net.isIP(host)) refuseAddress(host, allowLocal)
  else if (!allowLocal && /(^|\.)localhost$/i.test(host)) refuseAddress('127.0.0.1', allowLocal)
  return url
}

function refuseAddress(address: string, allowLocal: boolean): void {
  const verdict = classifyAddress(address)
  if (verdict === 'private' || (verdict === 'loopback' && !allowLocal)) {
    throw new FeedError(
      `Die Adresse zeigt auf ein internes Netz (${address}). Solche Adressen werden aus Sicherheitsgründen nicht abgerufen.`,
    )
  }
}

type Once = { kind: 'body'; text: string } | { kind: 'redirect'; location: string }

function requestOnce(
  url: URL,
  options: typeof feedLimits & { allowLocal: boolean; lookup: LookupFn; deadline: number },
): Promise<Once> {
  return new Promise<Once>((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer)
      request.destroy()
      reject(error)
    }
    const remaining = options.deadline - Date.now()
    const timer = setTimeout(
      () =>
        fail(
          new FeedError(
            `Der Kalender hat nicht innerhalb von ${Math.round(options.timeoutMs / 1000)} Sekunden geantwortet.`,
          ),
        ),
      Math.max(remaining, 1),
    )
    // Resolve, then check every address before the socket connects to it.
    // Node asks for all addresses (happy eyeballs) or for one; answer in the form it asked for.
    const lookup = (
      hostname: string,
      opts: { all?: boolean },
      callback: (e: Error | null, address?: unknown, family?: number) => void,
    ) => {
      options.lookup(hostname, { all: true }, (error, addresses) => {
        if (error || !addresses?.length) {
          callback(
            new FeedError(`Der Server „${hostname}“ wurde nicht gefunden. Bitte prüfen Sie die Adresse.`),
          )
          return
        }
        try {
          for (const { address } of addresses) refuseAddress(address, options.allowLocal)
        } catch (refusal) {
          callback(refusal as Error)
          return
        }
        if (opts?.all) callback(null, addresses)
        else callback(null, addresses[0].address, addresses[0].family)
      })
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(url, {
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/calendar, */*;q=0.5',
        'accept-encoding': 'gzip, deflate',
      },
      lookup: lookup as unknown as net.LookupFunction,
      // Our own limits decide; no pooled sockets that would skip the address check.
      agent: false,
    })
    let answered = false
    request.on('error', (error) => {
      if (error instanceof FeedError) return fail(error)
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ECONNREFUSED')
        return fail(new FeedError(`Der Server ${url.host} nimmt keine Verbindung an.`))
      if (code?.startsWith('ERR_TLS') || code?.includes('CERT'))
        return fail(new FeedError(`Das Sicherheitszertifikat von ${url.host} ist ungültig (${code}).`))
      // The socket error as cause, before any answer only: then the request may be sent again.
      fail(
        new FeedError(
          `Der Kalender konnte nicht abgerufen werden (${code ?? error.message}).`,
          answered ? undefined : { cause: error },
        ),
      )
    })
    request.on('response', (response) => {
      answered = true
      const status = response.statusCode ?? 0
      if ([301, 302, 303, 307, 308].includes(status)) {
        response.resume()
        clearTimeout(timer)
        if (!response.headers.location)
          return reject(new FeedError(`Der Server leitet weiter (HTTP ${status}), nennt aber kein Ziel.`))
        return resolve({ kind: 'redirect', location: response.headers.location })
      }
      if (status !== 200) {
        response.resume()
        return fail(
          new FeedError(
            `Der Server antwortet mit HTTP ${status}${response.statusMessage ? ` (${response.statusMessage})` : ''} statt mit dem Kalender.`,
          ),
        )
      }
      const declared = Number(response.headers['content-length'] ?? 0)
      const tooLarge = () =>
        new FeedError(`Der Kalender ist zu groß (mehr als ${Math.round(options.maxBytes / 1024 / 1024)} MB).`)
      if (declared > options.maxBytes) {
        response.resume()
        return fail(tooLarge())
      }
      const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase()
      const stream =
        encoding === 'gzip'
          ? response.pipe(zlib.createGunzip())
          : encoding === 'deflate'
            ? response.pipe(zlib.createInflate())
            : response
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > options.maxBytes) {
          stream.destroy()
          return fail(tooLarge())
        }
        chunks.push(chunk)
      })
      stream.on('error', () =>
        fail(new FeedError('Die Antwort des Servers war beschädigt oder wurde abgebrochen.')),
      )
      stream.on('end', () => {
        clearTimeout(timer)
        resolve({
          kind: 'body',
          text: decode(Buffer.concat(chunks), String(response.headers['content-type'] ?? '')),
        })
      })
    })
  })
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase()
  // iCalendar is UTF-8 by definition; a few old servers still send Latin-1 and say so.
  if (charset && ['iso-8859-1', 'latin1', 'windows-1252'].includes(charset))
    return new TextDecoder('windows-1252').decode(body)
  return new TextDecoder('utf-8').decode(body).replace(/^\uFEFF/, '')
}

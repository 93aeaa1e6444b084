import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

// Local stand-in for the web servers clubs' calendars live on (Google, Outlook, Nextcloud, a club's
// own site): serves the .ics fixtures plus the misbehaviours feeds show in the wild.

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ical')
export const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8')

/** The fixtures describe the weeks after this day. */
export const FIXTURE_NOW = new Date('2026-10-01T08:00:00Z')
const WEEK = 7 * 24 * 3600 * 1000

/**
 * Moves a fixture by whole weeks so that its first days lie just ahead of the real clock: weekdays
 * and wall-clock times stay as recorded (only VEVENT dates move; time zone rules stay put).
 */
export function shiftToNow(text: string, now = new Date()): string {
  const weeks = Math.floor((now.getTime() - FIXTURE_NOW.getTime()) / WEEK)
  const shift = (value: string) => {
    const m = /^(\d{4})(\d{2})(\d{2})(.*)$/.exec(value)!
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]) + weeks * WEEK)
    return `${d.toISOString().slice(0, 10).replace(/-/g, '')}${m[4]}`
  }
  return text.replace(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g, (block) =>
    block
      .replace(
        /^((?:DTSTART|DTEND|EXDATE|RECURRENCE-ID|RDATE)[^:\r\n]*:)([^\r\n]+)/gm,
        (_, head: string, values: string) => head + values.split(',').map(shift).join(','),
      )
      .replace(/UNTIL=(\d{8}(?:T\d{6}Z?)?)/g, (_, value: string) => `UNTIL=${shift(value)}`),
  )
}

export type FeedServer = {
  url: string
  /** Paths requested so far, to prove a refused address was never contacted. */
  hits: string[]
  /** Replace what a path serves (a club edits its calendar). */
  routes: Map<string, () => string>
  close: () => Promise<void>
}

export async function startFeedServer(): Promise<FeedServer> {
  const hits: string[] = []
  const routes = new Map<string, () => string>()
  const dropped = new Set<string>()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    hits.push(url.pathname)
    const ics = (body: string) =>
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(body)
    const custom = routes.get(url.pathname)
    if (custom) return ics(custom())
    const [, kind, rest] = /^\/([^/]+)\/?(.*)$/.exec(url.pathname) ?? []
    switch (kind) {
      case 'ics':
        return ics(fixture(rest))
      case 'shifted':
        return ics(shiftToNow(fixture(rest)))
      case 'gzip': {
        const body = zlib.gzipSync(shiftToNow(fixture(rest)))
        return res
          .writeHead(200, {
            'content-type': 'text/calendar',
            'content-encoding': 'gzip',
            'content-length': body.length,
          })
          .end(body)
      }
      case 'html':
        // What Google serves for a private calendar: a login page with status 200.
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(fixture('error-page.html'))
      case 'missing':
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>')
      case 'huge': {
        // 6 MB of valid-looking calendar, streamed without a length so only counting can stop it.
        res.writeHead(200, { 'content-type': 'text/calendar' })
        res.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')
        const chunk = `X-FILLER:${'x'.repeat(1000)}\r\n`.repeat(64)
        let sent = 0
        const pump = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length
            if (!res.write(chunk)) return void res.once('drain', pump)
          }
          res.end('END:VCALENDAR\r\n')
        }
        res.on('error', () => {})
        return pump()
      }
      case 'bomb': {
        // Small on the wire, 50 MB unpacked.
        const body = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x41))
        return res.writeHead(200, { 'content-type': 'text/calendar', 'content-encoding': 'gzip' }).end(body)
      }
      case 'slow':
        res.writeHead(200, { 'content-type': 'text/calendar' })
        res.write('BEGIN:VCALENDAR\r\n')
        return // never finishes
      case 'drop-once':
        // A server that closes the connection as the request arrives, before any answer (a
        // restart, an overloaded proxy), once per address; the next request gets the calendar.
        if (!dropped.has(url.pathname)) {
          dropped.add(url.pathname)
          return void req.socket.destroy()
        }
        return ics(shiftToNow(fixture(rest)))
      case 'drop-always':
        return void req.socket.destroy()
      case 'loop-a':
        return res.writeHead(302, { location: '/loop-b' }).end()
      case 'loop-b':
        return res.writeHead(302, { location: '/loop-a' }).end()
      case 'chain': {
        const n = Number(rest)
        return res
          .writeHead(301, { location: n > 0 ? `/chain/${n - 1}` : '/shifted/kulturverein-google.ics' })
          .end()
      }
      case 'to-private':
        return res.writeHead(302, { location: 'http://10.20.30.40/kalender.ics' }).end()
      default:
        return res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

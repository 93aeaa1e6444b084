// Demo data for `npm start`: a local council information system (OParl 1.1), reporting service
// (Open311 GeoReport v2) and Consul (GraphQL) that answer with the answers recorded from the test stand-ins
// (tests/politics/record-demo-fixtures.ts). A fresh clone has no city's systems to read, and the
// Politik page and district pages should still show what they do; the settings mark it as
// "Beispieldaten" on every page that shows it. Never started in production.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { repoRoot } from '../../cms/src/lib/paths'

export const DEMO_FIXTURES = path.join(repoRoot, 'cms/src/seed/data/politics-demo.json')

type Fixtures = { recordedAt: string; responses: Record<string, unknown> }

const isoDate = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g
// Consul writes its times with Ruby's Time#to_s: "2026-11-20 14:00:00 UTC".
const consulDate = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g
const consulTime = (ms: number) =>
  `${new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} UTC`

/** Consul's GraphQL answers are recorded by query: `POST /graphql <query>`. */
export const graphqlRoute = (query: string) => `POST /graphql ${query}`

const WEEK = 7 * 24 * 60 * 60 * 1000

/**
 * The recorded answers with every date moved by the time since recording, in whole weeks (a
 * meeting keeps its weekday and its 17:00), and this server's address.
 */
function shifted(fixtures: Fixtures, base: string, now: number): Record<string, string> {
  const delta = Math.round((now - Date.parse(fixtures.recordedAt)) / WEEK) * WEEK
  const out: Record<string, string> = {}
  for (const [route, body] of Object.entries(fixtures.responses)) {
    out[route] = JSON.stringify(body)
      .replaceAll('{{base}}', base)
      .replace(isoDate, (d) => new Date(Date.parse(d) + delta).toISOString())
      .replace(consulDate, (d) => consulTime(Date.parse(d.replace(' UTC', 'Z').replace(' ', 'T')) + delta))
  }
  return out
}

const notice = (title: string) =>
  `<!doctype html><html lang="de"><meta charset="utf-8"><title>${title}</title>` +
  `<h1>${title}</h1><p>Beispieldaten: Dieses Ratsinformationssystem, dieser Mängelmelder und diese Beteiligungsplattform sind ` +
  `erfunden und dienen nur der Vorführung von „Unser Neubrandenburg“. In Betrieb verlinkt die ` +
  `Website hier die echten Seiten der Stadt.</p></html>`

export type DemoPolitics = {
  url: string
  oparlUrl: string
  open311Url: string
  /** The demo's Consul instance (its GraphQL API answers at /graphql). */
  consulUrl: string
  close: () => Promise<void>
}

export async function startDemoPolitics(port: number, host = '127.0.0.1'): Promise<DemoPolitics> {
  const fixtures = JSON.parse(fs.readFileSync(DEMO_FIXTURES, 'utf8')) as Fixtures
  let base = ''
  let answers: Record<string, string> = {}
  let shiftedAt = 0
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    // Dates move on with the clock; recomputed at most once a minute.
    if (Date.now() - shiftedAt > 60_000) {
      answers = shifted(fixtures, base, Date.now())
      shiftedAt = Date.now()
    }
    // Paging is the only query that selects another answer; modified_since gets the full list,
    // which the reader handles like a list of changes.
    const page = url.searchParams.get('page')
    const route = page && page !== '1' ? `${url.pathname}?page=${page}` : url.pathname
    const answer = answers[route]
    if (answer) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(answer)
      return
    }
    // Consul (participation, budget projects): the recorded answer to the same query, else a
    // GraphQL error as Consul sends it (status 200).
    if (url.pathname === '/graphql' && req.method === 'POST') {
      let query = ''
      try {
        query = String((JSON.parse(Buffer.concat(chunks).toString()) as { query?: unknown }).query ?? '')
      } catch {
        // not JSON: answered as an unknown query
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(
        answers[graphqlRoute(query)] ??
          JSON.stringify({
            errors: [{ message: 'Beispieldaten: Diese Abfrage wurde nicht aufgezeichnet.' }],
          }),
      )
      return
    }
    if (url.pathname.startsWith('/oparl/') || url.pathname.startsWith('/georeport/')) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end('{"error":"not found"}')
      return
    }
    // Links of meetings, papers and files, and "Mangel melden": a page that says what this is.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(notice('Vorführung'))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  base = `http://${host}:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    oparlUrl: `${base}/oparl/v1/system`,
    open311Url: `${base}/georeport/v2`,
    consulUrl: base,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

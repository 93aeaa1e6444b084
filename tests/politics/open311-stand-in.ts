import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for an Open311 GeoReport v2 endpoint as Klarschiff.MV serves it:
// services.json and requests.json, with descriptions, addresses and photos that citizens wrote
// (which our site must never show), and GeoReport's error shape for bad requests.

export type Open311Mode = 'ok' | 'http500' | 'html' | 'shape' | 'slow' | 'down' | 'error400'

export type Open311StandIn = {
  url: string
  mode: Open311Mode
  requests: string[]
  close: () => Promise<void>
}

const day = 24 * 60 * 60 * 1000

/** extraRequests: a city's 90 days of reports on top (the benchmark). */
export async function startOpen311StandIn(
  options: { port?: number; extraRequests?: number } = {},
): Promise<Open311StandIn> {
  const now = Date.now()
  const at = (daysAgo: number) => new Date(now - daysAgo * day).toISOString().replace(/\.\d+Z$/, '+01:00')
  const services = [
    {
      service_code: '1',
      service_name: 'Straßenschäden',
      description: 'Schlaglöcher, Risse',
      metadata: false,
      type: 'realtime',
      keywords: 'Straße',
      group: 'Problem',
    },
    {
      service_code: '2',
      service_name: 'Defekte Straßenbeleuchtung',
      description: '',
      metadata: false,
      type: 'realtime',
      keywords: '',
      group: 'Problem',
    },
    {
      service_code: '3',
      service_name: 'Illegale Müllablagerung',
      description: '',
      metadata: false,
      type: 'realtime',
      keywords: '',
      group: 'Problem',
    },
  ]
  const requests: Record<string, unknown>[] = [
    {
      service_request_id: 4711,
      status: 'open',
      service_code: '1',
      service_name: 'Straßenschäden',
      description: 'Tiefes Schlagloch vor Hausnummer 12, gemeldet von Erika Muster, Tel. 0395 555123',
      address: 'Ziegelbergstraße 12, 17033 Neubrandenburg',
      requested_datetime: at(2),
      updated_datetime: at(1),
      lat: 53.5561,
      long: 13.2609,
      media_url: 'https://klarschiff.example/foto/4711.jpg',
    },
    {
      service_request_id: 4712,
      status: 'open',
      service_code: '2',
      service_name: 'Defekte Straßenbeleuchtung',
      description: 'Laterne aus seit Montag',
      address: 'Datzeberg, Robert-Blum-Straße',
      requested_datetime: at(5),
      lat: '53.5702',
      long: '13.2801',
    },
    {
      service_request_id: 4690,
      status: 'closed',
      service_code: '3',
      description: 'Sperrmüll am Wertstoffplatz, Kennzeichen NB-XY 123',
      requested_datetime: at(20),
      updated_datetime: at(10),
      lat: 53.548,
      long: 13.25,
    },
    {
      service_request_id: 4500,
      status: 'closed',
      service_code: '1',
      service_name: 'Straßenschäden',
      requested_datetime: at(80),
      updated_datetime: at(60),
    },
  ]
  for (let i = 0; i < (options.extraRequests ?? 0); i++)
    requests.push({
      service_request_id: 10_000 + i,
      status: i % 3 ? 'closed' : 'open',
      service_code: String(1 + (i % 3)),
      service_name: services[i % 3]!.service_name,
      requested_datetime: at((i * 90) / (options.extraRequests ?? 1)),
      updated_datetime: at((i * 90) / (options.extraRequests ?? 1) / 2),
      lat: 53.52 + (i % 97) * 0.0008,
      long: 13.2 + (i % 89) * 0.001,
    })
  const stand: Open311StandIn = {
    url: '',
    mode: 'ok',
    requests: [],
    close: () =>
      new Promise((resolve) => {
        // A 'slow' answer still pending must not hold the test's end.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', stand.url)
    stand.requests.push(`${url.pathname}${url.search}`)
    const send = (status: number, body: unknown, type = 'application/json; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (stand.mode === 'down') return req.socket.destroy()
    // Slow: the answer comes after every time budget (the reader must give up on its own).
    if (stand.mode === 'slow') return void setTimeout(() => send(200, []), 60_000).unref()
    if (stand.mode === 'http500') return send(500, '<h1>Proxy Error</h1>', 'text/html')
    if (stand.mode === 'html') return send(200, '<!doctype html><title>Klarschiff</title>', 'text/html')
    if (stand.mode === 'error400') return send(400, [{ code: 400, description: 'Invalid start_date' }])
    if (url.pathname === '/georeport/v2/services.json') return send(200, services)
    if (url.pathname === '/georeport/v2/requests.json') {
      if (stand.mode === 'shape') return send(200, { requests })
      return send(200, requests)
    }
    send(404, [{ code: 404, description: 'Not found' }])
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  stand.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return stand
}

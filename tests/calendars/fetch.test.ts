import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FeedError, fetchFeed, type LookupFn } from '../../cms/src/calendars/fetchFeed'
import { validateFeedUrl } from '../../cms/src/calendars/settings'
import { startFeedServer, type FeedServer } from './feed-server'

let server: FeedServer
beforeAll(async () => {
  server = await startFeedServer()
})
afterAll(async () => server?.close())

const local = { allowLocal: true }
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(FeedError)
  return (error as Error).message
}

/** A stand-in resolver: names of our choosing resolve to the addresses we say. */
const resolver =
  (table: Record<string, string>): LookupFn =>
  (hostname, _options, callback) => {
    const address = table[hostname]
    if (!address) return callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), [])
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }])
  }

describe('fetching a feed', () => {
  it('fetches a calendar, also gzip-compressed', async () => {
    const plain = await fetchFeed(`${server.url}/shifted/kulturverein-google.ics`, local)
    expect(plain.text).toMatch(/^BEGIN:VCALENDAR/)
    const packed = await fetchFeed(`${server.url}/gzip/kulturverein-google.ics`, local)
    expect(packed.text).toBe(plain.text)
  })

  it('asks once more when the server closes the connection before answering, and only once', async () => {
    const result = await fetchFeed(`${server.url}/drop-once/kulturverein-google.ics`, local)
    expect(result.text).toMatch(/^BEGIN:VCALENDAR/)
    expect(server.hits.filter((hit) => hit === '/drop-once/kulturverein-google.ics')).toHaveLength(2)
    expect(await refusal(fetchFeed(`${server.url}/drop-always/x.ics`, local))).toMatch(
      /konnte nicht abgerufen werden \(ECONNRESET\)/,
    )
    expect(server.hits.filter((hit) => hit === '/drop-always/x.ics')).toHaveLength(2)
  })

  it('follows a few redirects to the calendar', async () => {
    const result = await fetchFeed(`${server.url}/chain/2`, local)
    expect(result.url).toBe(`${server.url}/shifted/kulturverein-google.ics`)
    expect(result.text).toMatch(/Chorprobe/)
  })

  it('stops redirect loops and long redirect chains', async () => {
    expect(await refusal(fetchFeed(`${server.url}/loop-a`, local))).toMatch(/Weiterleitungsschleife/)
    expect(await refusal(fetchFeed(`${server.url}/chain/5`, local))).toMatch(
      /zu oft weiter \(mehr als 3 Weiterleitungen\)/,
    )
  })

  it('reports HTTP errors and timeouts', async () => {
    expect(await refusal(fetchFeed(`${server.url}/missing/x.ics`, local))).toMatch(/HTTP 404/)
    expect(await refusal(fetchFeed(`${server.url}/slow`, { ...local, timeoutMs: 400 }))).toMatch(
      /nicht innerhalb von 0 Sekunden geantwortet|nicht innerhalb von \d+ Sekunden/,
    )
  })

  it('stops reading at the size limit, also for compressed answers that unpack to much more', async () => {
    expect(await refusal(fetchFeed(`${server.url}/huge`, local))).toMatch(/zu groß \(mehr als 5 MB\)/)
    expect(await refusal(fetchFeed(`${server.url}/bomb`, local))).toMatch(/zu groß/)
  })
})

describe('addresses that are refused', () => {
  it('accepts only https unless the local test switch is on', async () => {
    expect(
      await refusal(fetchFeed(`${server.url}/shifted/kulturverein-google.ics`, { allowLocal: false })),
    ).toMatch(/nur verschlüsselte Adressen \(https:\/\/\)/)
    expect(await refusal(fetchFeed('ftp://example.org/kalender.ics'))).toMatch(/nur verschlüsselte/)
  })

  it('refuses loopback without the local test switch, before connecting', async () => {
    const before = server.hits.length
    const message = await refusal(
      fetchFeed(`https://127.0.0.1:${new URL(server.url).port}/ics/kulturverein-google.ics`, {
        allowLocal: false,
      }),
    )
    expect(message).toMatch(/internes Netz \(127\.0\.0\.1\)/)
    expect(await refusal(fetchFeed('https://localhost/kalender.ics', { allowLocal: false }))).toMatch(
      /internes Netz/,
    )
    expect(
      await refusal(
        fetchFeed(`https://[::ffff:127.0.0.1]:${new URL(server.url).port}/ics/kulturverein-google.ics`, {
          allowLocal: false,
        }),
      ),
    ).toMatch(/internes Netz/)
    expect(server.hits.length).toBe(before)
  })

  it('refuses private, link-local and mapped addresses even with the local switch', async () => {
    for (const address of [
      '10.0.0.5',
      '192.168.178.1',
      '172.16.3.4',
      '169.254.169.254',
      '100.64.1.1',
      '[::ffff:10.0.0.1]',
      '[::127.0.0.1]',
      '[fd00::1]',
      '[fe80::1]',
      '0.0.0.0',
    ]) {
      expect(await refusal(fetchFeed(`https://${address}/kalender.ics`, local)), address).toMatch(
        /internes Netz/,
      )
    }
  })

  it('checks the address a name resolves to (after DNS), not just the name', async () => {
    const lookup = resolver({ 'kalender.verein-nb.example': '192.168.0.10', 'rebind.example': '::1' })
    expect(
      await refusal(fetchFeed('https://kalender.verein-nb.example/feed.ics', { allowLocal: false, lookup })),
    ).toMatch(/internes Netz \(192\.168\.0\.10\)/)
    expect(
      await refusal(fetchFeed('https://rebind.example/feed.ics', { allowLocal: false, lookup })),
    ).toMatch(/internes Netz \(::1\)/)
    expect(
      await refusal(fetchFeed('https://unbekannt.example/feed.ics', { allowLocal: false, lookup })),
    ).toMatch(/„unbekannt\.example“ wurde nicht gefunden/)
  })

  it('refuses a redirect into the private network', async () => {
    expect(await refusal(fetchFeed(`${server.url}/to-private`, local))).toMatch(
      /internes Netz \(10\.20\.30\.40\)/,
    )
  })

  it('validates the address editors type in', () => {
    const production = { NODE_ENV: 'production', CALENDAR_FEEDS_ALLOW_LOCAL: 'true' } as NodeJS.ProcessEnv
    const test = { NODE_ENV: 'test', CALENDAR_FEEDS_ALLOW_LOCAL: 'true' } as NodeJS.ProcessEnv
    expect(
      validateFeedUrl('https://calendar.google.com/calendar/ical/abc/public/basic.ics', production),
    ).toBe(true)
    expect(validateFeedUrl('webcal://kalender.verein.example/feed.ics', production)).toBe(true)
    expect(validateFeedUrl('http://kalender.verein.example/feed.ics', production)).toMatch(
      /nur verschlüsselte Adressen/,
    )
    expect(validateFeedUrl('http://127.0.0.1:8080/feed.ics', production)).toMatch(
      /nur verschlüsselte Adressen/,
    )
    expect(validateFeedUrl('http://127.0.0.1:8080/feed.ics', test)).toBe(true)
    expect(validateFeedUrl('kalender bei google', production)).toMatch(/keine gültige Internetadresse/)
    expect(validateFeedUrl('', production)).toMatch(/Bitte geben Sie die Adresse/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadParticipation } from '../../site/src/lib/consul'
import { deadAddress, startConsulStandIn, type ConsulStandIn } from './consul-stand-in'

let consul: ConsulStandIn
let dir: string

beforeAll(async () => {
  consul = await startConsulStandIn('ok')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-consul-'))
})
afterAll(async () => {
  await consul?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

function run(instanceUrl: string, cacheFile?: string, extra: { limit?: number; timeoutMs?: number } = {}) {
  const logs: string[] = []
  const promise = loadParticipation({
    instanceUrl,
    limit: extra.limit ?? 50,
    cacheFile,
    timeoutMs: extra.timeoutMs,
    log: (m) => logs.push(m),
  })
  return promise.then((result) => ({ result, logs }))
}

describe('live answers from the Consul stand-in', () => {
  it('reads proposals across two pages, debates and open budgets, as plain text with Consul links', async () => {
    consul.mode = 'ok'
    consul.queries.length = 0
    const cacheFile = path.join(dir, 'live.json')
    const { result, logs } = await run(`${consul.url}/`, cacheFile)

    expect(result.state).toBe('live')
    expect(logs.join('\n')).toMatch(/Consul: live – 32 offene Beteiligungen/)
    // Page 2 was requested with the cursor from page 1, one collection per query, 25 per page.
    expect(consul.queries.some((q) => q.includes('after: "MjU"'))).toBe(true)
    expect(consul.queries.every((q) => /first: 25\b/.test(q))).toBe(true)

    // The open budget leads, the finished one is left out.
    expect(result.items[0]).toEqual({
      kind: 'budget',
      title: 'Bürgerhaushalt Neubrandenburg 2027',
      summary: 'Bürgerhaushalt. Jetzt Vorschläge unterstützen.',
      url: `${consul.url}/budgets/4`,
    })
    expect(result.items.some((i) => i.title === 'Bürgerhaushalt 2025')).toBe(false)

    // The most relevant proposal sits on page 2: without paging it would be missing.
    const fountain = result.items.find((i) => i.title === 'Trinkbrunnen am Marktplatz')
    expect(fountain).toEqual({
      kind: 'proposal',
      title: 'Trinkbrunnen am Marktplatz',
      summary:
        'Im Sommer fehlt kostenloses Trinkwasser in der Innenstadt. Ein Trinkbrunnen & Schatten helfen allen.',
      url: `${consul.url}/proposals/126`,
      supports: 412,
      comments: 35,
      district: 'Katharinenviertel',
    })
    expect(result.items[1]).toBe(fountain)
    // Tags are read for the topic pages (the tag table in the settings).
    expect(result.items.find((i) => i.title === 'Mehr Sitzbänke am Tollensesee-Ufer')?.tags).toEqual([
      'Senioren',
      'Tollensesee',
    ])
    expect(consul.queries.some((q) => q.includes('tags { edges { node { name } } }'))).toBe(true)
    expect(result.items[2]).toMatchObject({
      kind: 'debate',
      title: 'Wie soll der Marktplatz künftig aussehen?',
      url: `${consul.url}/debates/31`,
    })

    // Retired and archived proposals are not open any more.
    expect(result.items.some((i) => i.title === 'Parkhaus-Gebühren senken')).toBe(false)
    expect(result.items.some((i) => i.title === 'Eisbahn im Winter auf dem Marktplatz')).toBe(false)
    expect(result.items.filter((i) => i.kind === 'proposal')).toHaveLength(28)
    expect(result.items.filter((i) => i.kind === 'debate')).toHaveLength(3)
    // "&" stays a character; no markup survives anywhere.
    expect(result.items.find((i) => i.title.includes('Friedrich-Engels-Ring'))?.title).toBe(
      'Sitzgelegenheiten & Schatten am Friedrich-Engels-Ring',
    )
    for (const item of result.items) expect(`${item.title} ${item.summary}`).not.toMatch(/[<>]|alert/)

    const snapshot = JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
    expect(snapshot.instanceUrl).toBe(consul.url)
    expect(snapshot.fetchedAt).toBe(result.fetchedAt)
    expect(snapshot.items).toHaveLength(32)
  })

  it('shows an item only once when it shifts from one page to the next while paging', async () => {
    consul.mode = 'overlap'
    const { result } = await run(consul.url)
    expect(result.state).toBe('live')
    expect(result.items).toHaveLength(32)
    expect(new Set(result.items.map((i) => i.url)).size).toBe(32)
  })

  it('shows at most the requested number of items', async () => {
    consul.mode = 'ok'
    const { result } = await run(consul.url, undefined, { limit: 3 })
    expect(result.items.map((i) => i.kind)).toEqual(['budget', 'proposal', 'debate'])
  })
})

describe('when Consul fails', () => {
  let cacheFile: string
  let snapshotDate: string

  beforeAll(async () => {
    consul.mode = 'ok'
    cacheFile = path.join(dir, 'fallback.json')
    const { result } = await run(consul.url, cacheFile)
    snapshotDate = result.fetchedAt!
  })

  const failures: { name: string; setup: () => Promise<{ url: string; timeoutMs?: number }>; log: RegExp }[] =
    [
      { name: 'down', setup: async () => ({ url: await deadAddress() }), log: /nicht erreichbar/ },
      {
        name: 'slow',
        setup: async () => ((consul.mode = 'slow'), { url: consul.url, timeoutMs: 500 }),
        log: /Zeitüberschreitung/,
      },
      {
        name: 'switched off',
        setup: async () => ((consul.mode = 'disabled'), { url: consul.url }),
        log: /abgeschaltet.*HTTP 403/,
      },
      {
        name: 'an HTML page',
        setup: async () => ((consul.mode = 'html'), { url: consul.url }),
        log: /kein JSON/,
      },
      {
        name: 'GraphQL errors',
        setup: async () => ((consul.mode = 'errors'), { url: consul.url }),
        log: /Consul meldet Fehler: Field 'proposals' doesn't exist/,
      },
      {
        name: 'an unexpected shape',
        setup: async () => ((consul.mode = 'shape'), { url: consul.url }),
        log: /unerwartetes Format/,
      },
    ]

  for (const failure of failures) {
    it(`uses the last good snapshot with its date when Consul is ${failure.name}`, async () => {
      const { url, timeoutMs } = await failure.setup()
      // The snapshot belongs to the stand-in's address; a dead address needs its own copy.
      const file = path.join(dir, `cache-${failure.name.replace(/\W+/g, '-')}.json`)
      const snapshot = JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
      fs.writeFileSync(file, JSON.stringify({ ...snapshot, instanceUrl: url }))
      const before = fs.readFileSync(file, 'utf8')

      const { result, logs } = await run(url, file, { timeoutMs, limit: 4 })
      expect(result.state).toBe('cached')
      expect(result.fetchedAt).toBe(snapshotDate)
      expect(result.items).toHaveLength(4)
      expect(result.items[1].title).toBe('Trinkbrunnen am Marktplatz')
      expect(result.reason).toMatch(failure.log)
      expect(logs.join('\n')).toMatch(failure.log)
      expect(logs.join('\n')).toMatch(/Verwende den gespeicherten Stand vom \d{2}\.\d{2}\.\d{4}/)
      // A failed run never replaces the good snapshot.
      expect(fs.readFileSync(file, 'utf8')).toBe(before)
    })

    it(`reports "unavailable" without a snapshot when Consul is ${failure.name}`, async () => {
      const { url, timeoutMs } = await failure.setup()
      const { result, logs } = await run(url, path.join(dir, 'missing', 'none.json'), { timeoutMs })
      expect(result).toEqual({ state: 'unavailable', items: [], reason: expect.stringMatching(failure.log) })
      expect(logs.join('\n')).toMatch(/Kein gespeicherter Stand vorhanden/)
      expect(fs.existsSync(path.join(dir, 'missing', 'none.json'))).toBe(false)
    })
  }

  it('ignores a snapshot of another instance and a damaged snapshot', async () => {
    consul.mode = 'disabled'
    const other = path.join(dir, 'other.json')
    fs.writeFileSync(
      other,
      JSON.stringify({
        ...JSON.parse(fs.readFileSync(cacheFile, 'utf8')),
        instanceUrl: 'https://andere-stadt.example',
      }),
    )
    expect((await run(consul.url, other)).result.state).toBe('unavailable')
    const broken = path.join(dir, 'broken.json')
    fs.writeFileSync(broken, '{"instanceUrl": "' + consul.url + '", "items": [')
    expect((await run(consul.url, broken)).result.state).toBe('unavailable')
  })

  it('refuses an instance address that is not a web address', async () => {
    const { result, logs } = await run('javascript:alert(1)', cacheFile)
    expect(result.state).toBe('unavailable')
    expect(logs[0]).toMatch(/Adresse der Beteiligungsplattform ist ungültig/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadParticipation } from '../../site/src/lib/consul'
import { startConsulStandIn, type ConsulStandIn } from './consul-stand-in'

// Budget projects (Consul's Budget::Investment) as Consul's API gives them: read through one
// budget, every public project whatever its budget, no heading or geozone, a free-text location.

let consul: ConsulStandIn
let dir: string

beforeAll(async () => {
  consul = await startConsulStandIn('ok')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-consul-projects-'))
})
afterAll(async () => {
  await consul?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const run = (cacheFile?: string) => {
  const logs: string[] = []
  return loadParticipation({ instanceUrl: consul.url, limit: 50, cacheFile, log: (m) => logs.push(m) }).then(
    (result) => ({ result, logs }),
  )
}

describe('budget projects', () => {
  it('reads them through the open budget, as plain text, without the unfeasible ones', async () => {
    consul.mode = 'ok'
    consul.queries.length = 0
    const cacheFile = path.join(dir, 'live.json')
    const { result, logs } = await run(cacheFile)
    expect(result.state).toBe('live')
    expect(logs.join('\n')).toMatch(/32 offene Beteiligungen und 5 Projekte des Bürgerhaushalts/)
    const query = consul.queries.find((q) => q.includes('investments('))!
    expect(query).toMatch(/^\{ budget\(id: "4"\) \{ investments\(first: 25\) \{ pageInfo/)
    expect(result.projects!.map((p) => p.title)).toEqual([
      'Neue Spielgeräte für den Spielplatz Katharinenstraße',
      'Sitzbänke entlang des Oberbachs',
      'Beleuchteter Fußweg zum Reitbahnsee',
      'Mehr Fahrradbügel am Bahnhof',
      'Trinkwasserspender im Katharinenviertel',
    ])
    // Two budgets: Consul's API does not say which one a project belongs to, and an investment
    // under the wrong budget is "not found" there, so the link is the list of budgets.
    expect(result.projects![0]).toEqual({
      title: 'Neue Spielgeräte für den Spielplatz Katharinenstraße',
      summary:
        'Der Spielplatz ist in die Jahre gekommen. Wir wünschen uns eine Kletterkombination und eine Nestschaukel für die Kinder im Viertel.',
      url: `${consul.url}/budgets`,
      location: 'Katharinenviertel, Spielplatz Katharinenstraße',
      feasibility: 'feasible',
      comments: 6,
    })
    expect(result.projects!.at(-1)!.summary).toBe('Ein Trinkbrunnen am Marktplatz & an der Schule.')
    expect(result.projects!.at(-1)!.location).toBeUndefined()
    // The teaser's items are unchanged: projects are a list of their own.
    expect(result.items).toHaveLength(32)
    const snapshot = JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
    expect(snapshot.projects).toEqual(result.projects)
  })

  it('links each project and names its phase when the instance has one budget', async () => {
    consul.mode = 'one-budget'
    const { result } = await run()
    expect(result.projects![0]).toMatchObject({
      url: `${consul.url}/budgets/4/investments/41`,
      phase: 'selecting',
    })
  })

  it('keeps the proposals when the API has no budget field, and says so in the log', async () => {
    consul.mode = 'no-budget-field'
    const { result, logs } = await run()
    expect(result.state).toBe('live')
    expect(result.items).toHaveLength(32)
    expect(result.projects).toEqual([])
    expect(logs.join('\n')).toMatch(
      /Projekte des Bürgerhaushalts nicht lesbar \(Consul meldet Fehler: Field 'budget' doesn't exist/,
    )
  })

  it('keeps the projects of the last good snapshot when Consul is switched off', async () => {
    consul.mode = 'ok'
    const cacheFile = path.join(dir, 'fallback.json')
    await run(cacheFile)
    consul.mode = 'disabled'
    const { result } = await run(cacheFile)
    expect(result.state).toBe('cached')
    expect(result.projects).toHaveLength(5)
  })

  it('reads a snapshot written before projects were read', async () => {
    consul.mode = 'ok'
    const cacheFile = path.join(dir, 'old.json')
    await run(cacheFile)
    const { projects: _, ...old } = JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
    fs.writeFileSync(cacheFile, JSON.stringify(old))
    consul.mode = 'disabled'
    const { result } = await run(cacheFile)
    expect(result.state).toBe('cached')
    expect(result.projects).toEqual([])
  })
})

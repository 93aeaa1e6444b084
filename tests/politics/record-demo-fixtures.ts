// Records what the OParl, Open311 and Consul stand-ins answer to a full read into the demo fixtures that
// `npm start` serves (scripts/lib/demo-politics.ts). Run after changing a stand-in:
//   node --import tsx tests/politics/record-demo-fixtures.ts
// Addresses become {{base}} and dates stay as recorded: the demo server moves them by the time
// passed since `recordedAt`, so upcoming meetings stay upcoming.
import fs from 'node:fs'
import path from 'node:path'

import { DEMO_FIXTURES, graphqlRoute } from '../../scripts/lib/demo-politics'
import { loadParticipation } from '../../site/src/lib/consul'
import { startConsulStandIn } from '../participation/consul-stand-in'
import { startOparlStandIn } from './oparl-stand-in'
import { startOpen311StandIn } from './open311-stand-in'

const oparl = await startOparlStandIn()
const open311 = await startOpen311StandIn()
const recordedAt = new Date().toISOString()
const responses: Record<string, unknown> = {}
const record = async (base: string, route: string) => {
  const text = await (await fetch(`${base}${route}`)).text()
  responses[route] = JSON.parse(text.replaceAll(base, '{{base}}'))
  return responses[route] as { links?: { next?: string } }
}
await record(oparl.url, '/oparl/v1/system')
await record(oparl.url, '/oparl/v1/bodies')
await record(oparl.url, '/oparl/v1/body/1/organizations')
for (let page = 1, more = true; more; page++) {
  const route = page === 1 ? '/oparl/v1/body/1/meetings' : `/oparl/v1/body/1/meetings?page=${page}`
  more = Boolean((await record(oparl.url, route)).links?.next)
}
await record(open311.url, '/georeport/v2/services.json')
await record(open311.url, '/georeport/v2/requests.json')
// Consul: exactly the queries the reader sends (proposals, debates, budgets, budget projects).
const consul = await startConsulStandIn('ok')
await loadParticipation({ instanceUrl: consul.url, limit: 1000 })
for (const query of new Set(consul.queries)) {
  const answer = await fetch(`${consul.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  responses[graphqlRoute(query)] = JSON.parse(await answer.text())
}
await consul.close()
await oparl.close()
await open311.close()

fs.mkdirSync(path.dirname(DEMO_FIXTURES), { recursive: true })
fs.writeFileSync(DEMO_FIXTURES, `${JSON.stringify({ recordedAt, responses }, null, 2)}\n`)
console.log(`${Object.keys(responses).length} Antworten nach ${path.relative(process.cwd(), DEMO_FIXTURES)}`)

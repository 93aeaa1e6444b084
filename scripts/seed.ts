import { parseArgs } from 'node:util'

import { openPayload } from './lib/payload'

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    associations: { type: 'string' },
    events: { type: 'string' },
    opportunities: { type: 'string' },
    news: { type: 'string' },
  },
})
const number = (v?: string) => (v === undefined ? undefined : Number(v))
const counts = Object.fromEntries(
  (['associations', 'events', 'opportunities', 'news'] as const)
    .map((k) => [k, number(values[k])])
    .filter(([, v]) => v !== undefined),
)

const payload = await openPayload()
const { seed } = await import('../cms/src/seed/index')
const result = await seed(payload, { scale: number(values.scale), counts, log: (m) => console.log(`  ${m}`) })
const made =
  Object.entries(result.created)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || 'nichts (alles schon vorhanden)'
console.log(
  `Demo-Inhalte in ${(result.ms / 1000).toFixed(1)} s. Neu angelegt: ${made}. Übersprungen: ${result.skipped}.`,
)
process.exit(0)

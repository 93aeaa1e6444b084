import { parseArgs } from 'node:util'

import { openPayload } from './lib/payload'

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    associations: { type: 'string' },
    events: { type: 'string' },
    opportunities: { type: 'string' },
    news: { type: 'string' },
    /** Address of the demo council and reporting server `npm start` runs (scripts/lib/demo-politics.ts). */
    'demo-politics': { type: 'string' },
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
const { progressReporter } = await import('../cms/src/seed/progress')
// One updating line on a terminal, a line per tenth in a log; Ctrl-C and running again continues.
const progress = progressReporter(process.stdout)
const result = await seed(payload, {
  scale: number(values.scale),
  counts,
  progress,
  log: (m) => (progress.end(), console.log(`  ${m}`)),
})
const made =
  Object.entries(result.created)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || 'nichts (alles schon vorhanden)'
const demoUrl = values['demo-politics']
if (demoUrl) {
  const { seedDemoPolitics } = await import('../cms/src/seed/politics')
  const used = await seedDemoPolitics(payload, {
    url: demoUrl,
    oparlUrl: `${demoUrl}/oparl/v1/system`,
    open311Url: `${demoUrl}/georeport/v2`,
    consulUrl: demoUrl,
  })
  console.log(
    used
      ? `  Politik: Beispieldaten für Sitzungen, Mängelmeldungen und Beteiligung von ${demoUrl}.`
      : '  Politik: Die Einstellungen nennen echte Quellen; keine Beispieldaten.',
  )
}
console.log(
  `Demo-Inhalte in ${(result.ms / 1000).toFixed(1)} s. Neu angelegt: ${made}. Übersprungen: ${result.skipped}.`,
)
process.exit(0)

// `npm run import:humhub -- --url https://alt.unser-nb.de --token … [--dry-run] [--publish] [--news-space <id>] [--topics <file.json>]`
// Carries spaces, calendar entries and the news space's posts over from HumHub (see
// scripts/humhub/README.md). Opens the CMS in this process on DATA_DIR / DATABASE_URI like `npm run seed`.
import { parseArgs } from 'node:util'

let values: {
  url?: string
  token?: string
  'dry-run'?: boolean
  publish?: boolean
  'news-space'?: string
  topics?: string
  verbose?: boolean
}
try {
  ;({ values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'dry-run': { type: 'boolean' },
      publish: { type: 'boolean' },
      'news-space': { type: 'string' },
      topics: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  }))
} catch (error) {
  console.error(
    `${(error as Error).message}\nAufruf: npm run import:humhub -- --url https://… --token … [--dry-run] [--publish] [--news-space <id>] [--topics <datei.json>]`,
  )
  process.exit(2)
}
const token = values.token ?? process.env.HUMHUB_TOKEN
if (!values.url || !token) {
  console.error(
    'Bitte geben Sie die Adresse von HumHub (--url) und ein API-Token (--token oder HUMHUB_TOKEN) an.',
  )
  process.exit(2)
}
const newsSpace = values['news-space'] === undefined ? undefined : Number(values['news-space'])
if (newsSpace !== undefined && !Number.isInteger(newsSpace)) {
  console.error(`--news-space erwartet die Nummer eines Space, nicht „${values['news-space']}“.`)
  process.exit(2)
}

// Loaded after the arguments are checked: the CMS takes seconds to load, a typo should not.
const { openPayload } = await import('./lib/payload')
const { formatReport, HumHubError, importHumHub } = await import('./humhub/index')
const payload = await openPayload()
// A progress bar only where someone watches (a terminal), not in logs.
const progress = process.stderr.isTTY
  ? (done: number, total: number, what: string, phase: 'lesen' | 'speichern') => {
      const width = 30
      const filled = total ? Math.round((done / total) * width) : width
      const unit = phase === 'lesen' ? 'Spaces gelesen' : 'Einträge gespeichert'
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit} ${what.slice(0, 30).padEnd(30)}`,
      )
      if (done === total) process.stderr.write('\n')
    }
  : undefined
try {
  const report = await importHumHub(payload, {
    url: values.url,
    token,
    dryRun: values['dry-run'],
    publish: values.publish,
    newsSpace,
    topics: values.topics,
    progress,
  })
  console.log(formatReport(report, { verbose: values.verbose }))
  process.exit(0)
} catch (error) {
  const message =
    error instanceof HumHubError
      ? `Import abgebrochen: ${error.message} Es wurde nichts gespeichert.`
      : `Import abgebrochen: ${(error as Error).message}`
  console.error(`\n${message}`)
  process.exit(1)
}

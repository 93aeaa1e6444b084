// Import time at city scale against the stand-in: 500 public spaces with 3,000 calendar entries
// (single dates; a tenth of them weekly series of four) and 200 posts, into a fresh SQLite CMS.
//   npx tsx tests/humhub/bench.ts [spaces] [entries]
import { importHumHub } from '../../scripts/humhub/index'
import { startTestCms } from '../helpers/cms'
import { entry, post, space, startHumHubStandIn, TOKEN, type StandInData } from './humhub-server'

const spaces = Number(process.argv[2] ?? 500)
const entries = Number(process.argv[3] ?? 3000)
const now = new Date('2026-10-01T08:00:00.000Z')

function cityScale(base: string): StandInData {
  const data: StandInData = { spaces: [], calendar: {}, posts: {}, images: {} }
  for (let i = 1; i <= spaces; i++) {
    data.spaces.push(
      space(i, `Verein Nummer ${i} e.V.`, `verein-${i}`, base, {
        description: `<p>Verein ${i}: <strong>Ehrenamt</strong> in Neubrandenburg.</p>`,
      }),
    )
    data.calendar[100 + i] = []
  }
  for (let n = 0; n < entries; n++) {
    const s = (n % spaces) + 1
    const day = `2026-${String(10 + (n % 3)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`
    const fields = {
      title: `Treffen ${n}`,
      start_datetime: `${day} 18:00:00`,
      end_datetime: `${day} 20:00:00`,
      ...(n % 10 === 0 ? { rrule: 'FREQ=WEEKLY;COUNT=4' } : {}),
    }
    data.calendar[100 + s].push(entry(10_000 + n, `verein-${s}`, 100 + s, base, fields))
  }
  data.posts[101] = Array.from({ length: 200 }, (_, n) =>
    post(n + 1, 101, base, `Meldung ${n + 1}\n\nNeues aus dem Verein.`),
  )
  return data
}

const cms = await startTestCms({ name: 'humhub-bench' })
const humhub = await startHumHubStandIn(cityScale, { maxLimit: 50 })
try {
  for (const label of ['erster Lauf', 'zweiter Lauf (unverändert)']) {
    const report = await importHumHub(cms.payload, { url: humhub.url, token: TOKEN, now, newsSpace: 1 })
    const c = report.counts
    console.log(
      `${label}: ${(report.ms / 1000).toFixed(1)} s – neu ${c.neu}, geändert ${c.geändert}, unverändert ${c.unverändert}, übersprungen ${c.übersprungen}; ${humhub.requests.length} Anfragen an HumHub bisher`,
    )
  }
} finally {
  await humhub.close()
  await cms.close()
}
process.exit(0)

// `npm run bench:admin` (also the last part of `npm run bench`): how long a club member waits for
// an editable form in the real admin (production build, `next start`, demo content, Chromium).
// Figures only, next to the target; timing depends on the machine, so nothing here fails.
import { germanContext, launchBrowser, logIn, startAdmin } from '../tests/admin/harness'
import { waitEditable } from '../tests/admin/steps'
import { demoAccounts } from '../cms/src/seed/index'

const runs = Number(process.env.BENCH_ADMIN_RUNS ?? 5)
const targetMs = 2000

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

const admin = await startAdmin('bench')
const browser = await launchBrowser()
try {
  const page = await (await germanContext(browser)).newPage()
  const { club } = demoAccounts()
  await logIn(page, admin, club.email, club.password)
  const association = (await fetch(
    `${admin.url}/api/associations?where[slug][equals]=${club.association}&depth=0`,
  ).then((r) => r.json())) as {
    docs: { id: number }[]
  }
  const views = {
    'Termin eintragen (neu)': '/admin/collections/events/create',
    'Vereinsprofil bearbeiten': `/admin/collections/associations/${association.docs[0]!.id}`,
    'Übersicht (Dashboard)': '/admin',
  }
  console.log(
    `Admin, Zeit bis zum bearbeitbaren Formular (Median aus ${runs} Läufen nach einem Aufwärmlauf; Ziel ≤ ${seconds(targetMs)}):`,
  )
  for (const [label, url] of Object.entries(views)) {
    const times: number[] = []
    for (let run = 0; run <= runs; run++) {
      const started = Date.now()
      await page.goto(`${admin.url}${url}`)
      if (url === '/admin') await page.getByRole('heading', { name: /^Willkommen/ }).waitFor()
      else await waitEditable(page)
      if (run > 0) times.push(Date.now() - started)
    }
    const value = median(times)
    console.log(
      `  ${label.padEnd(28)} ${seconds(value).padStart(8)}   Ziel ${seconds(targetMs)}   ${value <= targetMs ? 'erreicht' : 'nicht erreicht'}   (min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))})`,
    )
  }
} finally {
  await browser.close()
  await admin.close()
}
process.exit(0)

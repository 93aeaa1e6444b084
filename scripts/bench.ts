// `npm run bench`: seeds a city-scale dataset into a fresh database, builds the site and prints
// build time, pages, Pagefind index size and the transferred size of one page of each type; then
// builds a bare Astro site with as many trivial pages and the same content with Hugo + Pagefind
// (./bench-hugo.ts) and prints the ratios; at the end every figure of issue 15 with its target
// (./lib/bench-summary.ts). Figures only, no pass/fail: timing depends on the machine.

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { bareAstroBuild, dirSize, pageWeight } from './lib/bench-site'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const counts = {
  associations: Number(process.env.BENCH_ASSOCIATIONS ?? 500),
  events: Number(process.env.BENCH_EVENTS ?? 3000),
  opportunities: Number(process.env.BENCH_OPPORTUNITIES ?? 300),
  news: Number(process.env.BENCH_NEWS ?? 1000),
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function main() {
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  // BENCH_DATA_DIR keeps the seeded database between runs (seeding a city takes minutes).
  const keep = process.env.BENCH_DATA_DIR
  const dataDir = keep ? path.resolve(keep) : await fs.mkdtemp(path.join(os.tmpdir(), 'nb-bench-'))
  await fs.mkdir(dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  delete process.env.DATABASE_URI
  // The abuse figures tell clients apart by X-Forwarded-For from the loopback "proxy".
  process.env.TRUSTED_PROXIES ??= '127.0.0.1, ::1'
  const { openPayload } = await import('./lib/payload')
  const { startApiServer } = await import('./lib/api-server')
  const { seed } = await import('../cms/src/seed/index')
  const { buildSite } = await import('./build-site')

  console.log(
    `Benchmark: ${counts.associations} Vereine, ${counts.events} Veranstaltungen, ${counts.opportunities} Ehrenamtsangebote, ${counts.news} Meldungen`,
  )
  const payload = await openPayload()
  const seeded = await seed(payload, { counts })
  console.log(
    `Seed: ${s(seeded.ms)} (${Object.entries(seeded.created)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')})`,
  )
  const api = await startApiServer(payload)
  // No internet in benchmarks: Consul points at a local address where nothing listens, so the
  // site shows its "unavailable" state and the figures contain no network wait.
  await payload.updateGlobal({ slug: 'settings', data: { participation: { url: 'http://127.0.0.1:9' } } })
  const outDir = path.join(dataDir, 'site')

  // Warm-up (disk cache), so the first measured build does not pay for cold files.
  await bareAstroBuild(1)
  // CPU of the whole build: this process (the CMS answering and the content read) and its
  // children (Astro, Pagefind); peak memory of each of them.
  const { childrenGone, cpuNow, cpuSince, watchPeakMemory } = await import('./lib/usage')
  const peakWatch = watchPeakMemory()
  const buildCpu = cpuNow()
  const result = await buildSite({ cmsUrl: api.url, outDir, log: () => {} })
  await childrenGone(/^pagefind/)
  const buildCpuMs = cpuSince(buildCpu)
  const peak = peakWatch.stop()
  const pagefind = await dirSize(path.join(outDir, 'pagefind'))
  const total = await dirSize(outDir)
  console.log('\nSite')
  console.log(
    `  Bauzeit:            ${s(result.ms)} (CMS lesen ${s(result.phases!.cms)}, Consul ${s(result.phases!.consul)}, Astro ${s(result.phases!.astro)}, Pagefind ${s(result.phases!.pagefind)})`,
  )
  console.log(
    `  Seiten:             ${result.pages} HTML-Seiten, ${total.files} Dateien, ${kb(total.bytes)} gesamt`,
  )
  console.log(`  Pagefind-Index:     ${kb(pagefind.bytes)} in ${pagefind.files} Dateien`)
  console.log(
    `  CPU-Zeit:           ${s(buildCpuMs.total)} (CMS und Lesen ${s(buildCpuMs.self)}, Astro und Pagefind ${s(buildCpuMs.children)})`,
  )
  const { largestListPage } = await import('./lib/bench-summary')
  const listPage = await largestListPage(outDir)

  const first = async (dir: string) =>
    (await fs.readdir(path.join(outDir, dir), { withFileTypes: true })).find(
      (e) =>
        e.isDirectory() &&
        ![
          'archiv',
          'thema',
          'stadtteil',
          'art',
          'mitglieder',
          'zielgruppe',
          'eintritt',
          'zeit',
          'geeignet',
          'sitzung',
        ].includes(e.name),
    )!.name
  // JavaScript allowed: 'app' the app's registration only, 'save' also the Merkliste button, 'more' any.
  const types: [string, string, 'app' | 'save' | 'more'][] = [
    ['Startseite', '', 'app'],
    ['Vereinsliste (Filter)', 'vereine', 'more'],
    ['Vereinsprofil', `vereine/${await first('vereine')}`, 'save'],
    ['Veranstaltungen (Filter)', 'veranstaltungen', 'more'],
    ['Veranstaltung', `veranstaltungen/${await first('veranstaltungen')}`, 'save'],
    ['Ehrenamt (Filter)', 'ehrenamt', 'more'],
    ['Ehrenamtsangebot', `ehrenamt/${await first('ehrenamt')}`, 'save'],
    ['Aktuelles', 'aktuelles', 'app'],
    ['Meldung', `aktuelles/${await first('aktuelles')}`, 'app'],
    ['Thema', `themen/${await first('themen')}`, 'app'],
    ['Suche', 'suche', 'more'],
  ]
  console.log('\nÜbertragene Größe je Seitentyp (gzip; HTML + CSS, dazu JS)')
  const weights: Record<string, unknown> = {}
  for (const [name, p, allowed] of types) {
    const w = await pageWeight(outDir, p)
    weights[name] = { path: `/${p}`, ...w }
    const jsNote = w.js.files ? `JS ${kb(w.js.gzip)}` : 'kein JS'
    const limit = allowed === 'app' ? { files: 1, gzip: 2048 } : { files: 2, gzip: 3072 }
    const flag =
      allowed !== 'more' && (w.js.files > limit.files || w.js.gzip > limit.gzip)
        ? '  ← mehr JS als App-Registrierung (und Merkliste) auf einer Seite ohne Suche/Filter!'
        : ''
    console.log(
      `  ${name.padEnd(26)} HTML ${kb(w.html.gzip).padStart(9)} (roh ${kb(w.html.raw)}), CSS ${kb(w.css.gzip)}, HTML+CSS ${kb(w.html.gzip + w.css.gzip).padStart(9)}, ${jsNote}${flag}`,
    )
  }

  // The site tests check links and HTML on the demo content; here on the city-scale build, where
  // paging, more filter values and long lists appear (issue 11).
  const { brokenLinks, vnuErrors } = await import('./lib/site-check')
  const links = brokenLinks(outDir)
  const vnu = await vnuErrors(outDir)
  console.log('\nPrüfung der Stadt-Website')
  console.log(
    `  Interne Links:      ${links.checked} geprüft auf ${links.pages} Seiten, ${links.broken.size} ins Leere   (Ziel 0)`,
  )
  for (const [ref, on] of [...links.broken].slice(0, 5))
    console.log(`    ${ref} (auf ${on.length} Seiten, z. B. ${on[0]})`)
  console.log(`  Nu HTML Checker:    ${vnu.length} Fehler   (Ziel 0)`)
  for (const m of vnu.slice(0, 5))
    console.log(`    ${m.url?.split('/site/').pop()}:${m.lastLine}: ${m.message}`)
  console.log(
    `  Größte Listenseite: ${kb(listPage.bytes)} roh (${listPage.path}); ${listPage.overTarget} Seiten über 100 KB   (Ziel 0)`,
  )
  const siteCheck = {
    links: { pages: links.pages, checked: links.checked, broken: links.broken.size },
    vnuErrors: vnu.length,
  }

  console.log('\nVergleich: nacktes Astro mit gleich vielen trivialen Seiten …')
  const bareMs = await bareAstroBuild(result.pages)
  console.log(`  Bauzeit nacktes Astro: ${s(bareMs)} für ${result.pages} Seiten`)
  console.log(
    `  Verhältnis gesamt (CMS + Consul + Astro + Pagefind) / nackt: ${(result.ms / bareMs).toFixed(2)}`,
  )
  console.log(
    `  Verhältnis Astro + Pagefind / nackt:             ${((result.phases!.astro + result.phases!.pagefind) / bareMs).toFixed(2)}`,
  )
  console.log(
    `  Verhältnis nur Astro-Rendern / nackt:                ${(result.phases!.astro / bareMs).toFixed(2)}   (Ziel ≤ 1,5)`,
  )

  // The content read alone (what the build's first phase does), and its snapshot for Hugo.
  const { loadSiteData } = await import('../site/src/lib/cms')
  const readCpu = cpuNow()
  const readStarted = performance.now()
  const snapshot = await loadSiteData({ cmsUrl: api.url, mediaDir: path.join(dataDir, 'hugo-media') })
  const read = { ms: Math.round(performance.now() - readStarted), cpu: cpuSince(readCpu) }
  console.log(
    `\nCMS lesen allein:     ${s(read.ms)}, CPU ${s(read.cpu.total)} (CMS und Lesen im selben Prozess)`,
  )

  console.log('\nVergleich: Hugo + Pagefind mit denselben Inhalten …')
  const { benchHugo, printHugo } = await import('./bench-hugo')
  const hugo = await benchHugo({ snapshot, workDir: path.join(dataDir, 'hugo') })
  if (hugo) {
    printHugo(hugo, (line) => console.log(`  ${line}`))
    console.log(
      `  Unser Build (${result.pages} Seiten) / Hugo (${hugo.pages} Seiten): Wandzeit ${(result.ms / hugo.ms).toFixed(2)}x, CPU ${(buildCpuMs.total / hugo.cpuMs).toFixed(2)}x   (Ziel CPU ≤ 2x); ohne CMS-Lesen: CPU ${(buildCpuMs.children / hugo.cpuMs).toFixed(2)}x; CPU je Seite ${(buildCpuMs.total / result.pages / (hugo.cpuMs / hugo.pages)).toFixed(2)}x (die Hugo-Seite hat keine Filter- und Monatsseiten)`,
    )
  } else console.log('  Hugo nicht installiert')

  // What the council meetings (OParl) and service reports (Open311) add to this build (issue 19).
  const { benchPolitics } = await import('./bench-politics')
  await benchPolitics({
    payload,
    cmsUrl: api.url,
    outDir: path.join(dataDir, 'site-politik'),
    without: result,
  })

  // Publish latency (edit in the CMS until the change is live) is measured by the publish
  // pipeline's own module when it exists: scripts/bench-publish.ts exporting benchPublish().
  let publish: { medianMs: number; maxMs: number } | undefined
  const publishModule = path.join(repoRoot, 'scripts', 'bench-publish.ts')
  if (await fs.stat(publishModule).catch(() => null)) {
    const { benchPublish } = (await import('./bench-publish' as string)) as {
      benchPublish: (ctx: object) => Promise<{ medianMs: number; maxMs: number }>
    }
    console.log('\nVeröffentlichungs-Latenz')
    publish = await benchPublish({ payload, apiUrl: api.url, log: (m: string) => console.log(`  ${m}`) })
  }

  // GraphQL abuse vs an editor's REST reads (issue 12): an anonymous client sends the 60-alias
  // query with autocannon (at most 600 requests, 20 s) while the editor reads events.
  console.log('\nAPI unter Missbrauch (GraphQL, 60 Aliase, anonym)')
  const { abuseLoad } = await import('./lib/abuse-load')
  const { demoAccounts } = await import('../cms/src/seed/index')
  const editorLogin = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.5' },
    body: JSON.stringify({ email: demoAccounts().editor.email, password: demoAccounts().editor.password }),
  })
  const editorToken = ((await editorLogin.json()) as { token: string }).token
  const abuse = await abuseLoad({
    apiUrl: api.url,
    editorToken,
    abuserHeaders: { 'x-forwarded-for': '198.51.100.99' },
    editorHeaders: { 'x-forwarded-for': '203.0.113.5' },
  })
  console.log(
    `  Missbrauch:  ${abuse.abusive.sent} Anfragen, ${abuse.abusive.answered} mit Daten beantwortet, ${abuse.abusive.refused} abgewiesen (${Object.entries(
      abuse.abusive.statuses,
    )
      .map(([k, v]) => `${v}× ${k}`)
      .join(', ')})`,
  )
  console.log(
    `  Redaktion:   ${abuse.editor.reads} REST-Lesezugriffe, Median ${abuse.editor.medianMs} ms, höchstens ${abuse.editor.maxMs} ms   (Ziel < 1000 ms)`,
  )

  console.log('\nSQLite und PostgreSQL (je eine frische Datenbank, gleicher Seed, anonyme REST-Lesezugriffe)')
  const { benchDatabases } = await import('./bench-databases')
  const databases = await benchDatabases({ counts, log: (m) => console.log(`  ${m}`) })

  // Digest for 10,000 subscribers (issue 18) in a process of its own: the CMS reads SMTP_HOST
  // when its config loads, and the run needs its own SMTP stand-in.
  console.log('\nBenachrichtigungen: eine Zusammenfassungs-Runde gegen einen lokalen SMTP-Server')
  const { runDigestBench } = await import('./bench-digest')
  const digest = await runDigestBench()
  for (const line of digest.lines) console.log(`  ${line}`)

  const { summaryRows, printSummary } = await import('./lib/bench-summary')
  // A kept database (BENCH_DATA_DIR) is not seeded again: then there is no seed time.
  const seedMs = Object.values(seeded.created).some((n) => n > 0) ? seeded.ms : null
  const issue15 = summaryRows({
    build: { ms: result.ms, phases: result.phases! },
    buildCpuMs: buildCpuMs.total,
    bareMs,
    hugo,
    publish: publish ?? null,
    listPage,
    databases,
    seedMs,
    peak,
  })
  console.log(
    `\nIssue 15: Zahlen und Ziele (${counts.events} Veranstaltungen, ${result.pages} Seiten; Last ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  )
  printSummary(issue15, console.log)

  const figures = {
    at: new Date().toISOString(),
    counts,
    loadAverage: os.loadavg(),
    issue15,
    build: result,
    buildCpuMs,
    peakMemory: peak,
    read,
    hugo,
    listPage,
    pagefind,
    total,
    weights,
    siteCheck,
    bareAstroMs: bareMs,
    publish,
    abuse,
    databases,
    digest: digest.result,
  }
  await fs.mkdir(path.join(repoRoot, 'bench-results'), { recursive: true })
  const file = path.join(
    repoRoot,
    'bench-results',
    `site-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  )
  await fs.writeFile(file, JSON.stringify(figures, null, 2))
  console.log(`\nZahlen gespeichert: ${path.relative(repoRoot, file)}`)

  await api.close()
  await payload.destroy?.()
  if (!keep) await fs.rm(dataDir, { recursive: true, force: true })
  else await fs.rm(outDir, { recursive: true, force: true })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)

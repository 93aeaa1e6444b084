// The Hugo yardstick of issue 15: the same content as our site (one snapshot, ../site/src/lib/cms.ts)
// as a Hugo site (content as Markdown with front matter, plain templates in ./hugo/layouts giving
// similar HTML per page type: detail pages, lists, topics and districts as taxonomies, four
// languages), built by Hugo and indexed by Pagefind the way our build indexes (detail pages only).
// Measures wall time, CPU time (user + system of Hugo and Pagefind) and peak memory.
// `tsx scripts/bench-hugo.ts <snapshot.json>` runs it alone; scripts/bench.ts calls benchHugo().
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { contentLocales } from '../cms/src/locales'
import type { PublicCollection } from '../cms/src/publish/publicContent'
import { richTextFields } from '../site/src/lib/richtext'
import { sections } from '../site/src/lib/sections'
import type { Locale, LocaleContent, SiteSnapshot } from '../site/src/lib/snapshot'
import {
  childrenGone,
  cpuNow,
  cpuSince,
  mb,
  watchPeakMemory,
  type CpuSpan,
  type PeakMemory,
} from './lib/usage'

const here = path.dirname(fileURLToPath(import.meta.url))

export type HugoFigures = {
  pages: number
  searchPages: number
  /** Writing the snapshot as Hugo content files: preparation, not part of the comparison. */
  writeMs: number
  hugo: { ms: number; cpu: CpuSpan }
  pagefind: { ms: number; cpu: CpuSpan }
  /** Hugo + Pagefind. */
  ms: number
  cpuMs: number
  peak: PeakMemory
}

export const hugoInstalled = () => spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0

type Doc = Record<string, unknown> & { id: number | string; slug?: string | null }
type Ref = number | string | { id: number | string } | null | undefined
const idOf = (r: Ref) => (r === null || r === undefined ? '' : String(typeof r === 'object' ? r.id : r))

/** The detail collections and the date each sorts by (Hugo's .Date). */
const detail: [PublicCollection, string][] = [
  ['associations', 'updatedAt'],
  ['events', 'start'],
  ['opportunities', 'updatedAt'],
  ['news', 'publishedDate'],
  ['pages', 'updatedAt'],
]

/** One language's content as Hugo content files under content/<locale>/. */
async function writeLocale(dir: string, locale: Locale, c: LocaleContent) {
  const published = (name: PublicCollection) => {
    const ok = new Set(c.translated[name])
    return (c[name] as unknown as Doc[]).filter((d) => d.slug && (locale === 'de' || ok.has(String(d.id))))
  }
  const slugs = (name: 'topics' | 'districts') =>
    new Map((c[name] as unknown as Doc[]).map((d) => [String(d.id), d.slug ?? '']))
  const topics = slugs('topics')
  const districts = slugs('districts')
  const associations = new Map(published('associations').map((a) => [String(a.id), a]))
  const link = (ref: Ref) => {
    const a = associations.get(idOf(ref))
    return a ? { name: a.name, slug: a.slug } : null
  }
  const image = (ref: Ref) => c.images[idOf(ref)] ?? null
  const files: [string, string][] = []
  const page = (file: string, front: object, body = '') =>
    files.push([file, `${JSON.stringify(front, null, 1)}\n\n${body}\n`])

  page('_index.md', { title: c.settings.siteName ?? 'Neubrandenburg' })
  for (const [name, dateField] of detail) {
    const section = sections[name]
    page(`${section}/_index.md`, { title: section })
    for (const d of published(name)) {
      const field = richTextFields[name]?.[0]
      const body = field ? (c.html[`${name}/${d.id}/${field}`] ?? '') : ''
      page(
        `${section}/${d.slug}.md`,
        {
          title: d.name ?? d.title,
          slug: d.slug,
          date: d[dateField] ?? d.updatedAt,
          summary: d.summary ?? d.shortDescription ?? d.excerpt ?? '',
          themen: ((d.topics as Ref[]) ?? []).map((t) => topics.get(idOf(t))).filter(Boolean),
          stadtteile: [districts.get(idOf(d.district as Ref))].filter(Boolean),
          start: d.start,
          end: d.end,
          venue: d.venue,
          address: d.address,
          contact: d.contact,
          kind: d.kind,
          commitment: d.commitment,
          cancelled: d.cancelled,
          organizers: ((d.organizers as Ref[]) ?? []).map(link).filter(Boolean),
          association: link(d.association as Ref),
          image: image((d.image ?? d.logo) as Ref),
        },
        body,
      )
    }
  }
  // Topics and districts are Hugo taxonomies: their term pages list what is tagged with them.
  for (const name of ['topics', 'districts'] as const) {
    const taxonomy = sections[name]
    page(`${taxonomy}/_index.md`, { title: taxonomy })
    for (const d of published(name))
      page(`${taxonomy}/${d.slug}/_index.md`, { title: d.name, summary: d.description ?? '' })
  }
  for (const [file, text] of files) {
    const target = path.join(dir, 'content', locale, file)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.writeFile(target, text)
  }
}

function hugoConfig() {
  const languages = contentLocales.map((l, n) =>
    [
      `[languages.${l.code}]`,
      `languageCode = "${l.hreflang}"`,
      `languageName = "${l.label}"`,
      `languageDirection = "${l.dir}"`,
      `contentDir = "content/${l.code}"`,
      `weight = ${n + 1}`,
    ].join('\n'),
  )
  return [
    'baseURL = "https://example.org/"',
    'defaultContentLanguage = "de"',
    'defaultContentLanguageInSubdir = false',
    'timeZone = "Europe/Berlin"',
    // Events lie ahead: Hugo leaves out future-dated content unless told.
    'buildFuture = true',
    'disableKinds = ["robotsTXT"]',
    '[taxonomies]',
    `thema = "${sections.topics}"`,
    `stadtteil = "${sections.districts}"`,
    '[markup.goldmark.renderer]',
    // The bodies are the snapshot's sanitised HTML, as our pages show them.
    'unsafe = true',
    ...languages,
  ].join('\n')
}

/** Runs a command to its end; wall and CPU time (the child's, added to ours when it is reaped). */
async function timed(command: string, args: string[], cwd: string) {
  const cpu = cpuNow()
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} endete mit ${code}: ${stderr.slice(-2000)}`)),
    )
  })
  return { ms: Math.round(performance.now() - started), cpu: cpuSince(cpu) }
}

async function countHtml(dir: string) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length
}

/** Builds the Hugo comparison from a snapshot in `workDir` (emptied first); null when Hugo is missing. */
export async function benchHugo(options: {
  snapshot: SiteSnapshot
  workDir: string
}): Promise<HugoFigures | null> {
  if (!hugoInstalled()) return null
  const dir = options.workDir
  await fs.rm(dir, { recursive: true, force: true })
  await fs.mkdir(dir, { recursive: true })
  const writeStarted = performance.now()
  await fs.cp(path.join(here, 'hugo', 'layouts'), path.join(dir, 'layouts'), { recursive: true })
  await fs.writeFile(path.join(dir, 'hugo.toml'), hugoConfig())
  for (const { code } of contentLocales) await writeLocale(dir, code, options.snapshot.content[code])
  const writeMs = Math.round(performance.now() - writeStarted)

  const peak = watchPeakMemory()
  const out = path.join(dir, 'public')
  const hugo = await timed('hugo', ['--quiet', '--destination', out], dir)

  // Pagefind as our build runs it (scripts/build-site.ts): its Node API, detail pages only.
  const cpu = cpuNow()
  const started = performance.now()
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex()
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`)
  const detailDirs = Object.values(sections).join(',')
  const added = await index.addDirectory({ path: out, glob: `**/{${detailDirs}}/*/index.html` })
  if (added.errors.length) throw new Error(`Pagefind-Fehler: ${added.errors.join('; ')}`)
  await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
  await pagefind.close()
  await childrenGone(/^pagefind/)
  const indexed = { ms: Math.round(performance.now() - started), cpu: cpuSince(cpu) }

  return {
    pages: await countHtml(out),
    searchPages: added.page_count,
    writeMs,
    hugo,
    pagefind: indexed,
    ms: hugo.ms + indexed.ms,
    cpuMs: hugo.cpu.total + indexed.cpu.total,
    peak: peak.stop(),
  }
}

export function printHugo(h: HugoFigures, log: (line: string) => void) {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  log(`Hugo + Pagefind: ${h.pages} HTML-Seiten, ${h.searchPages} im Suchindex`)
  log(`  Hugo:     ${s(h.hugo.ms)} Wandzeit, ${s(h.hugo.cpu.total)} CPU`)
  log(`  Pagefind: ${s(h.pagefind.ms)} Wandzeit, ${s(h.pagefind.cpu.total)} CPU`)
  log(
    `  Gesamt:   ${s(h.ms)} Wandzeit, ${s(h.cpuMs)} CPU, Spitzen-Speicher ${mb(h.peak.childrenMaxMb)} (größter Prozess)`,
  )
  log(`  (Inhalte als Hugo-Dateien schreiben, nicht mitgezählt: ${s(h.writeMs)})`)
}

async function main() {
  const file = process.argv[2]
  if (!file) throw new Error('Aufruf: tsx scripts/bench-hugo.ts <snapshot.json>')
  if (!hugoInstalled()) return console.log('Hugo nicht installiert')
  const snapshot = JSON.parse(await fs.readFile(file, 'utf8')) as SiteSnapshot
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-hugo-'))
  const figures = await benchHugo({ snapshot, workDir })
  printHugo(figures!, console.log)
  await fs.rm(workDir, { recursive: true, force: true })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}

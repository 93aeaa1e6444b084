// The figures of issue 15 ("Performance at city scale") next to their targets, for `npm run bench`
// (scripts/bench.ts): one line per figure, the same rows in the JSON file. Figures only: whether
// a target is met is printed, nothing fails.
import fs from 'node:fs/promises'
import path from 'node:path'

import type { DatabaseFigures } from '../bench-databases'
import { mb, type PeakMemory } from './usage'

/** The issue's targets, in one place. */
export const targets = {
  renderingVsBare: 1.5,
  wholeVsBare: 2.5,
  cpuVsHugo: 2,
  publishMedianMs: 2000,
  listPageBytes: 100 * 1024,
  apiP99Ms: 100,
  seedMs: 60_000,
}

export type Row = {
  figure: string
  value: string
  target: string
  /** null: no target, or not measured. */
  met: boolean | null
}

/** The largest HTML page that is not a detail page (detail pages carry data-pagefind-body). */
export async function largestListPage(outDir: string) {
  let largest = { path: '', bytes: 0 }
  let over = 0
  for (const entry of await fs.readdir(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const html = await fs.readFile(file)
    if (html.includes('data-pagefind-body')) continue
    if (html.length > targets.listPageBytes) over++
    if (html.length > largest.bytes) largest = { path: `/${path.relative(outDir, file)}`, bytes: html.length }
  }
  return { ...largest, overTarget: over }
}

export type SummaryInput = {
  build: { ms: number; phases: { cms: number; consul: number; astro: number; pagefind: number } }
  buildCpuMs: number
  bareMs: number
  hugo: { ms: number; cpuMs: number } | null
  publish: { medianMs: number; maxMs: number } | null
  listPage: { path: string; bytes: number; overTarget: number }
  databases: DatabaseFigures[] | null
  seedMs: number | null
  peak: PeakMemory
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const x = (ratio: number) => `${ratio.toFixed(2)}x`
const atMost = (value: number, target: number) => value <= target

/** Process names as /proc shows them (at most 15 characters), as readers know them. */
const processLabels: Record<string, string> = {
  MainThread: 'Astro (Node)',
  pagefind_extend: 'Pagefind',
  pagefind: 'Pagefind',
}

export function summaryRows(f: SummaryInput): Row[] {
  const { phases } = f.build
  const rows: Row[] = [
    {
      figure: 'Vollständiger Build',
      value: `${s(f.build.ms)} (CMS lesen ${s(phases.cms)}, Consul ${s(phases.consul)}, Astro ${s(phases.astro)}, Pagefind ${s(phases.pagefind)}), CPU ${s(f.buildCpuMs)}`,
      target: '–',
      met: null,
    },
    {
      figure: 'Astro-Rendern / nacktes Astro',
      value: x(phases.astro / f.bareMs),
      target: `≤ ${targets.renderingVsBare}x`,
      met: atMost(phases.astro / f.bareMs, targets.renderingVsBare),
    },
    {
      figure: 'Ganzer Build / nacktes Astro',
      value: x(f.build.ms / f.bareMs),
      target: `≤ ${targets.wholeVsBare}x`,
      met: atMost(f.build.ms / f.bareMs, targets.wholeVsBare),
    },
  ]
  rows.push(
    f.hugo
      ? {
          figure: 'CPU-Zeit / Hugo + Pagefind',
          value: `${x(f.buildCpuMs / f.hugo.cpuMs)} (Wandzeit ${x(f.build.ms / f.hugo.ms)})`,
          target: `≤ ${targets.cpuVsHugo}x`,
          met: atMost(f.buildCpuMs / f.hugo.cpuMs, targets.cpuVsHugo),
        }
      : { figure: 'CPU-Zeit / Hugo + Pagefind', value: 'Hugo nicht installiert', target: '≤ 2x', met: null },
  )
  rows.push(
    f.publish
      ? {
          figure: 'Veröffentlichen bis live (Median)',
          value: `${s(f.publish.medianMs)} (Maximum ${s(f.publish.maxMs)})`,
          target: `≤ ${s(targets.publishMedianMs)}`,
          met: atMost(f.publish.medianMs, targets.publishMedianMs),
        }
      : {
          figure: 'Veröffentlichen bis live (Median)',
          value: 'nicht gemessen',
          target: '≤ 2.0 s',
          met: null,
        },
  )
  rows.push({
    figure: 'Größte Listenseite (HTML roh)',
    value: `${(f.listPage.bytes / 1024).toFixed(1)} KB ${f.listPage.path} (${f.listPage.overTarget} Seiten über dem Ziel)`,
    target: `≤ ${targets.listPageBytes / 1024} KB`,
    met: atMost(f.listPage.bytes, targets.listPageBytes),
  })
  for (const db of f.databases ?? []) {
    const at32 = Object.entries(db.reads).filter(([name, l]) => name.endsWith('@32') && l.rps > 0)
    const worst = at32.sort((a, b) => b[1].p99 - a[1].p99)[0]
    rows.push({
      figure: `API p99 bei 32 Clients (${db.kind})`,
      value: worst
        ? at32.map(([name, l]) => `${name.split('@')[0]} ${l.p99} ms`).join(', ')
        : 'keine Antwort',
      target: `< ${targets.apiP99Ms} ms`,
      met: worst ? worst[1].p99 < targets.apiP99Ms : false,
    })
  }
  rows.push(
    f.seedMs === null
      ? { figure: 'Seed', value: 'nicht gemessen', target: '≤ 60 s', met: null }
      : {
          figure: 'Seed',
          value: s(f.seedMs),
          target: `≤ ${s(targets.seedMs)}`,
          met: atMost(f.seedMs, targets.seedMs),
        },
  )
  const children = Object.entries(f.peak.children)
    .sort((a, b) => b[1] - a[1])
    .map(([name, value]) => `${processLabels[name] ?? name} ${mb(value)}`)
  rows.push({
    figure: 'Spitzen-Speicher (größter Prozess)',
    value: `${mb(f.peak.maxMb)}: CMS mit Lesen ${mb(f.peak.selfMb)}${children.length ? `, ${children.join(', ')}` : ''}`,
    target: '–',
    met: null,
  })
  return rows
}

export function printSummary(rows: Row[], log: (line: string) => void) {
  const width = Math.max(...rows.map((r) => r.figure.length))
  const mark = (met: boolean | null) => (met === null ? '' : met ? '  erreicht' : '  verfehlt')
  for (const r of rows) log(`  ${r.figure.padEnd(width)}  ${r.value}   (Ziel ${r.target})${mark(r.met)}`)
}

// The seed's progress on long runs: one line that updates itself on a terminal, plain lines at
// every tenth in a log (CI, a pipe), so a city-scale seed shows how far it is and how long it
// still takes.
import type { SeedProgress } from './writer'

const labels: Record<string, string> = {
  associations: 'Vereine',
  events: 'Veranstaltungen',
  opportunities: 'Ehrenamtsangebote',
  news: 'Meldungen',
}

const minutes = (ms: number) =>
  ms < 90_000 ? `${Math.max(1, Math.round(ms / 1000))} s` : `${Math.round(ms / 60_000)} min`

export function progressReporter(
  out: { isTTY?: boolean; write: (text: string) => unknown },
  options: { minTotal?: number; now?: () => number } = {},
): SeedProgress & { end: () => void } {
  const now = options.now ?? Date.now
  const minTotal = options.minTotal ?? 100
  let started = { collection: '', at: 0 }
  let lastTenth = 0
  let open = false
  const report: SeedProgress = (collection, done, total) => {
    // Short runs (the demo seed) keep their few summary lines only.
    if (total < minTotal) return
    if (started.collection !== collection) {
      if (open) out.write('\n')
      open = false
      started = { collection, at: now() }
      lastTenth = 0
    }
    const share = total ? done / total : 1
    const elapsed = now() - started.at
    const rest = done > 0 && done < total ? ` · noch etwa ${minutes((elapsed / done) * (total - done))}` : ''
    const label = `${labels[collection] ?? collection}: ${done.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')} (${Math.floor(share * 100)} %)`
    if (out.isTTY) {
      const width = 24
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░')
      out.write(`\r\x1b[2K  ${bar} ${label}${rest}`)
      open = done < total
      if (!open) out.write('\n')
      return
    }
    const tenth = Math.floor(share * 10)
    if (tenth === lastTenth) return
    lastTenth = tenth
    out.write(`  ${label}${rest}\n`)
  }
  return Object.assign(report, {
    end: () => {
      if (open) out.write('\n')
      open = false
    },
  })
}

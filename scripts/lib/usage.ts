// CPU time and peak memory of this process and the processes it starts, for the benchmarks
// (scripts/bench.ts, scripts/bench-hugo.ts). Linux only: read from /proc, no extra tools.
import fs from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux architecture Node runs on. */
const ticksPerSecond = 100

/** Fields after the command name, which may itself contain spaces and parentheses. */
function statFields(pid: number | 'self'): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null // the process ended between listing and reading
  }
}

/**
 * CPU time (user + system, ms) so far of this process and of its children that have ended (the
 * kernel adds a child's time, its own children's included, to the parent when it is reaped).
 */
export function cpuNow(): { self: number; children: number } {
  const own = process.cpuUsage()
  const f = statFields('self')
  // stat fields 16 and 17 (cutime, cstime); the slice starts at field 3.
  const children = f ? ((Number(f[13]) + Number(f[14])) * 1000) / ticksPerSecond : 0
  return { self: (own.user + own.system) / 1000, children }
}

export type CpuSpan = { self: number; children: number; total: number }

/** CPU time spent between `from` (an earlier cpuNow()) and now. */
export function cpuSince(from: { self: number; children: number }): CpuSpan {
  const now = cpuNow()
  const self = Math.round(now.self - from.self)
  const children = Math.round(now.children - from.children)
  return { self, children, total: self + children }
}

/** Command name of a process, as /proc shows it (at most 15 characters), or null if gone. */
const nameOf = (pid: number) => {
  try {
    return /^Name:\s+(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? null
  } catch {
    return null
  }
}

/**
 * Waits until no process below this one has a name matching `name` (reaped, not only ended):
 * a child's CPU time counts for cpuNow() only then. Pagefind's close() kills its service and
 * returns without waiting for that.
 */
export async function childrenGone(name: RegExp, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs
  while (descendants(process.pid).some((pid) => name.test(nameOf(pid) ?? ''))) {
    if (Date.now() > until) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export type PeakMemory = {
  /** Largest resident set (MB) of this process (here: the CMS and the content read). */
  selfMb: number
  /** Largest resident set (MB) of any process started from here, by command name. */
  children: Record<string, number>
  /** The largest single process (MB). */
  maxMb: number
  /** The largest single process started from here (MB). */
  childrenMaxMb: number
}

/** Every process below `root` (children, grandchildren, …). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const f = statFields(Number(name))
    if (f) parent.set(Number(name), Number(f[1]))
  }
  const found: number[] = []
  const below = new Set([root])
  // Parents usually have lower ids than their children, but ids wrap: repeat until nothing is added.
  for (let added = true; added;) {
    added = false
    for (const [pid, ppid] of parent)
      if (below.has(ppid) && !below.has(pid)) {
        below.add(pid)
        found.push(pid)
        added = true
      }
  }
  return found
}

/** VmHWM (the kernel's high-water mark of the resident set) and command name, or null if gone. */
function highWater(pid: number | 'self'): { mb: number; name: string } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
    return hwm ? { mb: Math.round(Number(hwm[1]) / 1024), name } : null
  } catch {
    return null
  }
}

/**
 * Watches the peak memory of this process and everything it starts until stop(). Children are
 * sampled every `everyMs` (their high-water mark, so a short peak between samples still counts;
 * only what a child adds after its last sample before it ends is missed).
 */
export function watchPeakMemory(everyMs = 200): { stop: () => PeakMemory } {
  const children: Record<string, number> = {}
  const sample = () => {
    for (const pid of descendants(process.pid)) {
      const h = highWater(pid)
      if (h) children[h.name] = Math.max(children[h.name] ?? 0, h.mb)
    }
  }
  const timer = setInterval(sample, everyMs)
  timer.unref()
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      // VmHWM of this process covers its whole life: process.resourceUsage() has the same figure.
      const selfMb = Math.round(process.resourceUsage().maxRSS / 1024)
      const childrenMaxMb = Math.max(0, ...Object.values(children))
      return { selfMb, children, maxMb: Math.max(selfMb, childrenMaxMb), childrenMaxMb }
    },
  }
}

export const mb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(2)} GB` : `${n} MB`)

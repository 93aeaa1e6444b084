import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'

const children = new Set<ChildProcess>()
let shuttingDown = false

function stopAll(code = 0) {
  shuttingDown = true
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}

let signalsHandled = false
/** Ctrl+C and SIGTERM end every child started here, then this process. */
function handleSignals() {
  if (signalsHandled) return
  signalsHandled = true
  process.once('SIGINT', () => stopAll(0))
  process.once('SIGTERM', () => stopAll(0))
}

const prefixed = (name: string) => (chunk: Buffer) =>
  chunk
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((line) => `[${name}] ${line}`)
    .join('\n') + '\n'

export type SupervisedProcess = EventEmitter & {
  readonly name: string
  /** The running child, or null between a crash and its restart. */
  readonly child: ChildProcess | null
  /** How often it was restarted after ending unexpectedly. */
  readonly restarts: number
  /** Ends the child for good (no restart). */
  stop: () => Promise<void>
}

export type SuperviseOptions = {
  /** Waits before each restart in a row (default 1 s, 2 s, 5 s, 10 s, then 30 s). */
  backoffMs?: number[]
  /** A child that ran this long counts as healthy: the next crash waits the shortest time again (default 60 s). */
  healthyAfterMs?: number
  log?: (message: string) => void
  /** Where the child's output goes (default: this process's, each line prefixed with the name). */
  output?: (stream: 'stdout' | 'stderr', chunk: Buffer) => void
}

/**
 * Starts a long-running child and starts it again whenever it ends unexpectedly, waiting longer
 * after each crash in a row, so the processes around it (the site server, the build runner) keep
 * running. Emits 'start' (child) and 'exit' (code, signal).
 */
export function supervise(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: SuperviseOptions = {},
): SupervisedProcess {
  handleSignals()
  const backoff = options.backoffMs ?? [1000, 2000, 5000, 10_000, 30_000]
  const healthyAfterMs = options.healthyAfterMs ?? 60_000
  const log = options.log ?? ((m: string) => console.error(`[${name}] ${m}`))
  const prefix = prefixed(name)
  const output =
    options.output ??
    ((stream, chunk) => (stream === 'stdout' ? process.stdout : process.stderr).write(prefix(chunk)))
  const emitter = new EventEmitter() as SupervisedProcess
  let child: ChildProcess | null = null
  let restarts = 0
  let inRow = 0
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const start = () => {
    const startedAt = Date.now()
    const c = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    child = c
    children.add(c)
    c.stdout!.on('data', (chunk: Buffer) => output('stdout', chunk))
    c.stderr!.on('data', (chunk: Buffer) => output('stderr', chunk))
    c.on('error', (error) => log(`konnte nicht gestartet werden: ${error.message}`))
    c.on('exit', (code, signal) => {
      children.delete(c)
      if (child === c) child = null
      emitter.emit('exit', code, signal)
      if (stopped || shuttingDown) return
      if (Date.now() - startedAt >= healthyAfterMs) inRow = 0
      const delay = backoff[Math.min(inRow, backoff.length - 1)]
      inRow++
      log(
        `beendet (${signal ?? `Code ${code}`}); Neustart in ${Math.round(delay / 100) / 10} s. Website und Build-Server laufen weiter.`,
      )
      timer = setTimeout(() => {
        if (stopped || shuttingDown) return
        restarts++
        start()
      }, delay)
    })
    emitter.emit('start', c)
  }
  start()

  Object.defineProperties(emitter, {
    name: { value: name },
    child: { get: () => child },
    restarts: { get: () => restarts },
  })
  emitter.stop = async () => {
    stopped = true
    clearTimeout(timer)
    const c = child
    if (!c || c.exitCode !== null || c.signalCode !== null) return
    const exited = new Promise((resolve) => c.once('exit', resolve))
    c.kill('SIGTERM')
    const forced = setTimeout(() => c.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(forced)
  }
  return emitter
}

/** Runs a command to completion, inheriting output; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} endete mit Code ${code}`)),
    )
  })
}

/** Polls a URL until it answers with success, or the time is up. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} antwortet nicht innerhalb von ${Math.round(timeoutMs / 1000)} s.`)
}

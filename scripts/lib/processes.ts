import { spawn, type ChildProcess } from 'node:child_process'

const children = new Set<ChildProcess>()

function stopAll(code = 0) {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
process.once('SIGINT', () => stopAll(0))
process.once('SIGTERM', () => stopAll(0))

/** Starts a long-running child whose output is prefixed, and which ends with this process. */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  const prefix = (chunk: Buffer) =>
    chunk.toString().split('\n').filter(Boolean).map((line) => `[${name}] ${line}`).join('\n') + '\n'
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', (code, signal) => {
    children.delete(child)
    if (signal !== 'SIGTERM') {
      console.error(`[${name}] beendet (Code ${code ?? signal}).`)
      stopAll(code || 1)
    }
  })
  return child
}

/** Runs a command to completion, inheriting output; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} endete mit Code ${code}`))))
  })
}

/** Polls a URL until it answers with success, or the time is up. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} antwortet nicht innerhalb von ${Math.round(timeoutMs / 1000)} s.`)
}

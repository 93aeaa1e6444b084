import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

export type CmsProcess = {
  url: string
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/** Starts tests/production/cms-process.ts with `env` and waits until it serves. */
export function startCmsProcess(env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<CmsProcess> {
  // Node itself with tsx as a loader (not the tsx CLI, which runs Node as its own child): the
  // child is the CMS, so a signal (the crash test's SIGKILL) reaches the CMS and no orphan stays.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/production/cms-process.ts')],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  // Registered first and never removed: stop() awaits it. (Removing every 'exit' listener once the
  // process served also removed this one, so stop() waited forever after the child had ended:
  // the afterAll hangs of the two-instance and backup tests.)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    // A CMS that does not end on SIGTERM in time is killed.
    const late = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(late)
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`CMS-Prozess startet nicht:\n${log}`))
    }, timeoutMs)
    const early = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer)
      reject(new Error(`CMS-Prozess endete beim Start (${signal ?? `Code ${code}`}):\n${log}`))
    }
    child.once('exit', early)
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      log += `${line}\n`
      if (!line.startsWith('{"url"')) return
      clearTimeout(timer)
      child.off('exit', early)
      resolve({ url: (JSON.parse(line) as { url: string }).url, child, output: () => log, stop })
    })
  })
}

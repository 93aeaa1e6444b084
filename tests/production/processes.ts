import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

export type CmsProcess = { url: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> }

/** Starts tests/production/cms-process.ts with `env` and waits until it serves. */
export function startCmsProcess(env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<CmsProcess> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/production/cms-process.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    // tsx relays the signal to its Node process; if that does not end in time, it is killed.
    const late = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(late)
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CMS-Prozess startet nicht:\n${log}`)), timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`CMS-Prozess endete beim Start (Code ${code}):\n${log}`))
    })
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      log += `${line}\n`
      if (!line.startsWith('{"url"')) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve({ url: (JSON.parse(line) as { url: string }).url, child, output: () => log, stop })
    })
  })
}

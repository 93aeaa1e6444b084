// Astro runs in a child process with plain Node (see astroBuild); a long-lived caller keeps the
// next one started.
import { spawn, type ChildProcess } from 'node:child_process'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { scriptSetting } from '../config'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

type AstroChild = { child: ChildProcess; cwd: string }

// Loader hooks in NODE_OPTIONS (tsx) are exactly what the child should not inherit.
const childNodeOptions = () =>
  (process.env.NODE_OPTIONS ?? '')
    .split(/\s+/)
    .filter((o) => o && !/tsx|vitest|loader|--import/.test(o))
    .join(' ')

function spawnAstro(args: string[], env: Record<string, string>): AstroChild {
  // Astro writes its prerender chunks to <cwd>/.astro: one working directory per build, so
  // concurrent builds never import each other's chunks; inside the repository so they resolve
  // node_modules.
  fsSync.mkdirSync(path.join(repoRoot, '.cache'), { recursive: true })
  const cwd = fsSync.mkdtempSync(path.join(repoRoot, '.cache', 'astro-build-'))
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'lib', 'astro-build.mjs'), ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: childNodeOptions(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    // The IPC channel lets the child notice when this process dies (it then exits too).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  return { child, cwd }
}

// A long-lived build process (the runner's worker) keeps the next Astro process started and Astro
// imported while it waits for the next publish: that is half a second less on every publish.
let standby: AstroChild | null = null

function startStandby() {
  const next = spawnAstro([], {})
  // Waiting must not keep this process alive, nor leave a working directory behind.
  next.child.unref()
  next.child.channel?.unref()
  next.child.once('exit', () => {
    if (standby === next) standby = null
    fsSync.rmSync(next.cwd, { recursive: true, force: true })
  })
  standby = next
}

/**
 * One Astro build in a child process with plain Node. Keeps tsx's and test runners' module hooks
 * out of Astro's prerendering (seconds per build) and Astro's global state out of the caller.
 * `keepWarm` starts the process for the next build right after this one.
 */
export async function astroBuild(
  options: { root: string; outDir: string; cacheDir: string; depsFile?: string; linked?: boolean },
  env: Record<string, string> = {},
  log: (message: string) => void = () => {},
  { keepWarm = false }: { keepWarm?: boolean } = {},
): Promise<{ rendered?: number }> {
  let current: AstroChild
  const waiting = standby
  if (
    waiting &&
    waiting.child.exitCode === null &&
    waiting.child.signalCode === null &&
    waiting.child.connected
  ) {
    standby = null
    current = waiting
    current.child.ref()
    current.child.channel?.ref()
    current.child.send({ type: 'build', options, env })
  } else {
    current = spawnAstro([JSON.stringify(options)], env)
  }
  const { child, cwd } = current
  const timeoutMs = scriptSetting('SITE_BUILD_TIMEOUT_MS')
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  let output = ''
  let rest = ''
  const collect = (d: Buffer) => {
    output = (output + d).slice(-20_000)
    const lines = (rest + d).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) if (line.trim()) log(`astro: ${line}`)
  }
  let rendered: number | undefined
  child.on('message', (m: { type?: string; pages?: number }) => {
    if (m?.type === 'rendered') rendered = m.pages
  })
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, signal) => resolve({ code, signal }))
    },
  ).finally(() => {
    clearTimeout(timer)
    return fs.rm(cwd, { recursive: true, force: true })
  })
  if (keepWarm && !standby) startStandby()
  if (code !== 0) {
    const why =
      signal === 'SIGKILL'
        ? `nach ${Math.round(timeoutMs / 1000)} s abgebrochen`
        : `Exit-Code ${code ?? signal}`
    throw new Error(
      `Astro-Build fehlgeschlagen (${why}):\n${output.trim().split('\n').slice(-30).join('\n')}`,
    )
  }
  return { rendered }
}

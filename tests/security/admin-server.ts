import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The real admin: `next start cms` on a built admin (cms/.next), with env as scripts/start.ts
 * sets it, on a data directory a test CMS has prepared (schema, users). Builds the admin first
 * when there is no build or a source is newer than it (`payload generate:importmap`, then
 * `next build cms`: a few minutes). Small and self-contained until it can share the lead's admin
 * harness (tests/admin/).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name)

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full))
    else newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))))
  })
}

export async function ensureAdminBuild(env: NodeJS.ProcessEnv) {
  const buildId = path.join(repoRoot, 'cms/.next/BUILD_ID')
  const sources = Math.max(newestSource(path.join(repoRoot, 'cms/src')), fs.statSync(path.join(repoRoot, 'cms/next.config.mjs')).mtimeMs)
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sources) return
  await run(bin('payload'), ['generate:importmap'], { ...env, PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'), PAYLOAD_JOBS_AUTORUN: 'false' })
  // A production build, as `npm start` makes it (vitest's NODE_ENV=test would drop HSTS).
  await run(bin('next'), ['build', 'cms'], { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type AdminServer = { url: string; close: () => Promise<void> }

export async function startAdminServer(env: NodeJS.ProcessEnv): Promise<AdminServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...env, PAYLOAD_PUBLIC_SERVER_URL: url, PAYLOAD_JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/users/me`)).status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('next start did not answer within 120 s')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

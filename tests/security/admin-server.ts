import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureAdminBuild as ensureSharedAdminBuild } from '../admin/harness'
import { freePort } from '../helpers/browser'

/**
 * The real admin: `next start cms` on a built admin (cms/.next), with env as scripts/start.ts
 * sets it, on a data directory a test CMS has prepared (schema, users). The build is the one the
 * admin browser tests share (tests/admin/harness.ts): built once per run, under a lock, so two
 * test files never build into cms/.next at the same time.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name)

/** One admin build per test run, shared with the admin browser tests (lock and source fingerprint). */
export async function ensureAdminBuild(_env: NodeJS.ProcessEnv) {
  await ensureSharedAdminBuild()
}

export type AdminServer = { url: string; close: () => Promise<void> }

export async function startAdminServer(env: NodeJS.ProcessEnv): Promise<AdminServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    env: {
      ...env,
      PAYLOAD_PUBLIC_SERVER_URL: url,
      PAYLOAD_JOBS_AUTORUN: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
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

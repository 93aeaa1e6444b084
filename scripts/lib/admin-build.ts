// The Next.js build of the Payload admin, shared by `npm start` and the admin browser tests: both
// skip it when nothing it depends on changed since the last build (a fingerprint of the sources).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../../cms/src/lib/paths'
import { run } from './processes'

export const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)
const stampFile = path.join(repoRoot, 'cms/.next/nb-source-stamp')

/** Fingerprint of everything the admin build depends on, to skip a rebuild when nothing changed. */
export function adminSourceStamp(): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(path.join(repoRoot, 'cms/src'))
  for (const file of ['cms/next.config.mjs', 'package-lock.json'])
    hash.update(fs.readFileSync(path.join(repoRoot, file)))
  return hash.digest('hex')
}

export const adminBuildIsCurrent = () =>
  fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === adminSourceStamp()

/**
 * Builds the admin unless the last build is current. Returns the seconds it took (0 when skipped).
 * The build evaluates the Payload config, so it gets a throwaway data folder and secret: nothing
 * of the build depends on them, and a production build must not stop for a missing secret.
 */
export async function buildAdminIfNeeded(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void = console.log,
): Promise<number> {
  if (adminBuildIsCurrent()) {
    log('Admin-Oberfläche ist aktuell (kein neuer Build nötig).')
    return 0
  }
  log('Baue die Admin-Oberfläche (einmalig, etwa ein bis zwei Minuten) …')
  const started = Date.now()
  const stamp = adminSourceStamp()
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-admin-build-'))
  const buildEnv: NodeJS.ProcessEnv = {
    ...env,
    DATA_DIR: env.DATA_DIR ?? scratch,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET || crypto.randomBytes(32).toString('hex'),
    PAYLOAD_JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  try {
    // Custom admin components only render when listed in the import map; regenerate it first.
    await run(bin('payload'), ['generate:importmap'], {
      ...buildEnv,
      PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'),
    })
    await run(bin('next'), ['build', 'cms'], { ...buildEnv, NODE_ENV: 'production' })
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  fs.writeFileSync(stampFile, stamp)
  const seconds = (Date.now() - started) / 1000
  log(`Admin gebaut in ${seconds.toFixed(0)} s.`)
  return seconds
}

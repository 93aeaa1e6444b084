// Issue 21: the command from the README, `npm run import:humhub -- --url … --token … --dry-run`,
// against the stand-in, in a process of its own on a fresh embedded database.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { budgets } from '../helpers/timeouts'
import { oldSite } from './fixture'
import { startHumHubStandIn, TOKEN, type StandIn } from './humhub-server'

let humhub: StandIn
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-humhub-cli-'))

beforeAll(async () => {
  humhub = await startHumHubStandIn(oldSite)
})
afterAll(async () => {
  await humhub?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PAYLOAD_JOBS_AUTORUN: 'false' }
    delete env.DATABASE_URI
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/import-humhub.ts', ...args], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('npm run import:humhub', () => {
  it(
    'a dry run prints the report and exits 0',
    async () => {
      const { code, stdout, stderr } = await run([
        '--url',
        humhub.url,
        '--token',
        TOKEN,
        '--dry-run',
        '--news-space',
        '6',
      ])
      expect(stderr).not.toMatch(/Import abgebrochen/)
      expect(code).toBe(0)
      expect(stdout).toContain('Probelauf (es wurde nichts gespeichert):')
      expect(stdout).toMatch(/Würde anlegen: \d+, würde ändern: 0/)
      expect(stdout).toContain('übersprungen Verein   Space „Ohne Beschreibung“ (#5) – Beschreibung fehlt')
    },
    budgets.slowTest,
  )

  it(
    'without --url it says what is missing and exits 2',
    async () => {
      const { code, stderr } = await run(['--token', TOKEN])
      expect(code).toBe(2)
      expect(stderr).toContain(
        'Bitte geben Sie die Adresse von HumHub (--url) und ein API-Token (--token oder HUMHUB_TOKEN) an.',
      )
    },
    budgets.test,
  )
})

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { testDatabase } from '../helpers/databases'

// `npm run migrate:check` compares the Payload config with the newest committed migration of
// each dialect. It connects to no database, so it runs once (in the SQLite project).
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-drift-'))
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }))

const check = async (root: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      [path.join(root, 'scripts/migrate-check.ts')],
      { cwd: root, timeout: 240_000 },
    )
    return { status: 0, output: `${stdout}\n${stderr}` }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { status: failed.code ?? 1, output: `${failed.stdout}\n${failed.stderr}` }
  }
}

describe.runIf(testDatabase() === 'sqlite')('migration drift check', () => {
  it('passes on the repository: every schema change has its migration in both dialects', async () => {
    const result = await check(process.cwd())
    expect(result.output).toContain('sqlite: keine Schema-Änderungen ohne Migration.')
    expect(result.output).toContain('postgres: keine Schema-Änderungen ohne Migration.')
    expect(result.status).toBe(0)
  }, 300_000)

  it('fails in both dialects when a field is added without a migration (in a copy of the CMS)', async () => {
    for (const part of ['cms/src', 'scripts']) fs.cpSync(part, path.join(copy, part), { recursive: true })
    for (const file of ['package.json', 'tsconfig.json']) fs.copyFileSync(file, path.join(copy, file))
    fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'))
    const topics = path.join(copy, 'cms/src/collections/Topics.ts')
    const source = fs.readFileSync(topics, 'utf8')
    const field = "{ name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },"
    expect(source).toContain(field)
    fs.writeFileSync(topics, source.replace(field, `${field}\n    { name: 'driftProbe', type: 'text' },`))

    const result = await check(copy)
    expect(result.output).toContain('sqlite: Das Schema hat Änderungen ohne Migration')
    expect(result.output).toContain('postgres: Das Schema hat Änderungen ohne Migration')
    expect(result.output.match(/drift_probe/g)?.length).toBeGreaterThanOrEqual(2)
    expect(result.status).toBe(1)
  }, 300_000)
})

// The generated content shape (cms/src/payload-types.ts) is written by `npm run generate:types`,
// not at every start of the CMS (cms/src/payload.config.ts says why). This checks both halves: the
// committed file is what the config generates, and opening the CMS starts no generator process.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'
import { budgets } from '../helpers/timeouts'

const typesFile = path.resolve(import.meta.dirname, '../../cms/src/payload-types.ts')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-payload-types-'))
let cms: TestCms | undefined

afterAll(async () => {
  await cms?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

/** Processes whose parent is this one, with their command lines (Linux /proc). */
function children(): string[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
        if (Number(status.match(/^PPid:\s+(\d+)/m)?.[1]) !== process.pid) return []
        return [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')]
      } catch {
        return [] // ended meanwhile
      }
    })
}

describe('generated types', () => {
  it(
    'opening the CMS starts no type generator beside it',
    async () => {
      cms = await startTestCms({ name: 'payload-types' })
      expect(children().filter((c) => c.includes('generate:types'))).toEqual([])
    },
    budgets.slowTest,
  )

  // The file is generated with numeric ids (SQLite and PostgreSQL); MongoDB's are strings.
  it.skipIf(testDatabase() === 'mongodb')(
    'cms/src/payload-types.ts is what the config generates (else: npm run generate:types)',
    async () => {
      const { generateTypes } = await import('payload/node')
      const output = path.join(tmp, 'payload-types.ts')
      process.env.PAYLOAD_TS_OUTPUT_PATH = output
      try {
        await generateTypes(cms!.payload.config, { log: false })
      } finally {
        delete process.env.PAYLOAD_TS_OUTPUT_PATH
      }
      expect(fs.readFileSync(output, 'utf8') === fs.readFileSync(typesFile, 'utf8')).toBe(true)
    },
    budgets.slowTest,
  )
})

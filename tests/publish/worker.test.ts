// The build worker with the real buildSite against a real CMS: consecutive builds in one worker
// render fresh content (regression: Astro's prerender chunks under a shared cwd were re-imported
// from the module cache and the second build showed the first build's content), and the worker is
// replaced when it grows too large.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workerBuild } from '../../scripts/build-runner/build-process'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'

let cms: TestCms
let dir: string

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'publish-worker' })
  await cms.payload.updateGlobal({
    slug: 'settings',
    data: { participation: { url: 'http://127.0.0.1:9' } } as never,
  })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-worker-'))
})
afterAll(async () => {
  await cms?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  )
const event = (title: string) => ({
  title,
  start: new Date(Date.now() + 86_400_000).toISOString(),
  venue: { name: 'Marktplatz' },
  _status: 'published' as const,
})

describe('build worker', () => {
  it(
    'keeps one warm process whose consecutive builds show the current content',
    async () => {
      const build = workerBuild()
      try {
        const logs: string[] = []
        await build({ cmsUrl: cms.api!.url, outDir: path.join(dir, 'a'), log: (l) => logs.push(l) })
        const first = build.info()
        expect(first.builds).toBe(1)
        expect(await exists(path.join(dir, 'a', 'index.html'))).toBe(true)
        expect(await exists(path.join(dir, 'a', 'pagefind', 'pagefind.js'))).toBe(true)

        const doc = await cms.payload.create({
          collection: 'events',
          data: event('Hafenfest am Oberbach') as never,
        })
        await build({ cmsUrl: cms.api!.url, outDir: path.join(dir, 'b'), log: () => {} })
        expect(build.info().pid).toBe(first.pid) // warm: same process
        expect(build.info().builds).toBe(2)
        const page = await fs.readFile(
          path.join(dir, 'b', 'veranstaltungen', doc.slug!, 'index.html'),
          'utf8',
        )
        expect(page).toContain('Hafenfest am Oberbach')
        expect(await exists(path.join(dir, 'a', 'veranstaltungen', doc.slug!))).toBe(false)
        expect(logs.join('\n')).toContain('Fertig') // the build's own log reaches the runner
      } finally {
        await build.close()
      }
    },
    budgets.slowTest,
  )

  it(
    'replaces the worker once it uses more memory than allowed; a failed build leaves it usable',
    async () => {
      const build = workerBuild({ maxRssMb: 1 })
      try {
        await expect(
          build({ cmsUrl: 'http://127.0.0.1:9', outDir: path.join(dir, 'c'), log: () => {} }),
        ).rejects.toThrow(/nicht erreichbar/)
        const failedPid = build.info().pid
        await build({ cmsUrl: cms.api!.url, outDir: path.join(dir, 'd'), log: () => {} })
        expect(build.info().pid).not.toBe(failedPid) // over 1 MB: a fresh process for the next build
        expect(await exists(path.join(dir, 'd', 'index.html'))).toBe(true)
      } finally {
        await build.close()
      }
      expect(build.info().pid).toBeNull()
    },
    budgets.slowTest,
  )
})

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { BuildStore } from '../../scripts/build-runner/builds'
import { createBuildQueue, mergeChangeLists, type BuildQueue } from '../../scripts/build-runner/queue'
import type { BuildFunction, BuildRecord } from '../../scripts/build-runner/types'

// The runner's build queue on its own, without HTTP: what arrives during a build, and what is reported.
let root: string
let queue: BuildQueue
let calls: Parameters<BuildFunction>[0][]
let reports: { record: BuildRecord; ok: boolean }[]
/** What each build found in its directory: the number of the build that wrote it, or null when new. */
let found: (string | null)[]
let gate: Promise<void> | null
let open: () => void

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-queue-'))
  const store = new BuildStore(root)
  await store.init()
  calls = []
  found = []
  reports = []
  gate = null
  queue = await createBuildQueue({
    build: async (options) => {
      calls.push(options)
      found.push(await fs.readFile(path.join(options.outDir, 'built-by.txt'), 'utf8').catch(() => null))
      if (gate) await gate
      await fs.writeFile(path.join(options.outDir, 'index.html'), '<!doctype html><title>Test</title>')
      await fs.writeFile(path.join(options.outDir, 'built-by.txt'), String(calls.length))
      return { pages: 1 }
    },
    verify: async () => {},
    store,
    cmsUrl: 'http://127.0.0.1:9',
    keep: 2,
    retryDelaysMs: [],
    cmsPollMs: 1000,
    refreshEveryMs: 0,
    report: (record, ok) => reports.push({ record, ok }),
    log: () => {},
  })
})
afterEach(async () => {
  await queue.close()
  await fs.rm(root, { recursive: true, force: true })
})

describe('build queue', () => {
  it('turns everything that arrives during a build into one follow-up with the merged change list', async () => {
    queue.requestBuild('erster Build')
    await queue.whenIdle()
    gate = new Promise((resolve) => (open = resolve))
    queue.requestBuild('a', { events: [1] })
    expect(queue.pending().building).not.toBeNull()
    queue.requestBuild('b', { events: [2] })
    queue.requestBuild('c', { news: [3], events: [2] })
    expect(queue.pending().followUpQueued).toBe(true)
    open()
    await queue.whenIdle()
    expect(calls.map((c) => c.changes)).toEqual([null, { events: [1] }, { events: [2], news: [3] }])
    expect(reports.map((r) => [r.record.trigger, r.ok, r.record.pages])).toEqual([
      ['erster Build', true, 1],
      ['a', true, 1],
      ['c', true, 1],
    ])
    const status = await queue.status()
    expect(status.counts).toMatchObject({ requested: 4, started: 3, succeeded: 3 })
    expect(status.builds).toHaveLength(2) // keep: 2
  })

  it('gives a build the directory of the newest pruned build instead of a new one, and never lists it', async () => {
    for (const trigger of ['1', '2', '3', '4', '5']) {
      queue.requestBuild(trigger)
      await queue.whenIdle()
    }
    // keep: 2. Build 3's prune retired build 1, which build 4 then got; build 4's prune retired build 2.
    expect(found).toEqual([null, null, null, '1', '2'])
    const status = await queue.status()
    expect(status.builds).toHaveLength(2)
    expect(status.builds.every((id) => /^\d{8}T\d{6}Z-\d{3}$/.test(id))).toBe(true)
    const entries = (await fs.readdir(path.join(root, 'builds'))).sort()
    expect(entries).toEqual([...status.builds, 'retired.spare'].sort())
    expect(await fs.readFile(path.join(root, 'builds', 'retired.spare', 'built-by.txt'), 'utf8')).toBe('3')
  })

  it('reads everything when either list is unknown', () => {
    expect(mergeChangeLists({ events: [1] }, null)).toBeNull()
    expect(mergeChangeLists({ events: [1, 2] }, { events: [2, 3] })).toEqual({ events: [1, 2, 3] })
  })
})

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
let gate: Promise<void> | null
let open: () => void

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'nb-queue-'))
  const store = new BuildStore(root)
  await store.init()
  calls = []
  reports = []
  gate = null
  queue = await createBuildQueue({
    build: async (options) => {
      calls.push(options)
      if (gate) await gate
      await fs.writeFile(path.join(options.outDir, 'index.html'), '<!doctype html><title>Test</title>')
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

  it('reads everything when either list is unknown', () => {
    expect(mergeChangeLists({ events: [1] }, null)).toBeNull()
    expect(mergeChangeLists({ events: [1, 2] }, { events: [2, 3] })).toEqual({ events: [1, 2, 3] })
  })
})

import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts, seed } from '../../cms/src/seed/index'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'

let cms: TestCms
const now = new Date()

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'embedded' })
  await seed(cms.payload, { now })
}, 240_000)
afterAll(async () => cms?.close())

describe.runIf(testDatabase() === 'sqlite')('SQLite with an outside reader', () => {
  it('plans a published list sorted by date through the date index, not by sorting every row', () => {
    // Without planner statistics SQLite reads every published row through the _status index and
    // sorts them all, with each row's locale subqueries: 2 s per list request on 3,000 events.
    const reader = new DatabaseSync(path.join(cms.dataDir, 'payload.db'), { readOnly: true })
    try {
      const plan = (sql: string) =>
        (reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((row) => row.detail)
          .join('\n')
      const list = plan(
        `SELECT "id", (SELECT json_group_array("title") FROM "events_locales" WHERE "_parent_id" = "events"."id") FROM "events" WHERE "_status" = 'published' ORDER BY "created_at" DESC LIMIT 20`,
      )
      expect(list).toContain('events_created_at_idx')
      expect(list).not.toContain('TEMP B-TREE')
    } finally {
      reader.close()
    }
  })

  it('lets editors save through the API while a second connection holds a read transaction open', async () => {
    const reader = new DatabaseSync(path.join(cms.dataDir, 'payload.db'))
    try {
      expect(reader.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
      // A backup tool or a `sqlite3` shell in the middle of a long read.
      reader.exec('BEGIN')
      const before = reader.prepare('SELECT count(*) AS n FROM events').get() as { n: number }

      const token = await login(cms.api!, demoAccounts().editor.email, demoAccounts().editor.password)
      const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
      const target = (await cms.payload.find({ collection: 'associations', limit: 1, depth: 0 })).docs[0]!
      const saves = await Promise.all([
        fetch(`${cms.api!.url}/api/associations/${target.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ shortDescription: 'Geändert, während jemand liest.' }),
        }),
        ...[1, 2, 3].map((n) =>
          fetch(`${cms.api!.url}/api/topics`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ name: `Lesend gespeichert ${n}` }),
          }),
        ),
      ])
      expect(saves.map((r) => r.status)).toEqual([200, 201, 201, 201])

      // The reader's snapshot is unchanged until it ends its transaction, then it sees the saves.
      expect(reader.prepare('SELECT count(*) AS n FROM events').get()).toEqual(before)
      reader.exec('COMMIT')
      const topics = reader
        .prepare("SELECT count(*) AS n FROM topics WHERE slug LIKE 'lesend-gespeichert-%'")
        .get() as { n: number }
      expect(topics.n).toBe(3)
    } finally {
      reader.close()
    }
    const saved = await cms.payload.find({
      collection: 'associations',
      where: { shortDescription: { equals: 'Geändert, während jemand liest.' } },
      depth: 0,
    })
    expect(saved.totalDocs).toBe(1)
  })
})

describe('seed after a failed write', () => {
  it('resumes when a document lost its version row, instead of stopping on its slug', async () => {
    const { payload } = cms
    const victim = (
      await payload.find({
        collection: 'associations',
        where: { slug: { equals: 'ruderclub-tollensesee-1921' } },
        depth: 0,
      })
    ).docs[0]!
    // What a save cut off between the document and its version leaves behind.
    await payload.db.deleteVersions({ collection: 'associations', where: { parent: { equals: victim.id } } })
    const hidden = await payload.find({
      collection: 'associations',
      draft: true,
      where: { slug: { equals: victim.slug } },
      depth: 0,
    })
    expect(hidden.totalDocs).toBe(0)

    const again = await seed(payload, { now })
    expect(again.created).toEqual({})
    const repaired = await payload.find({
      collection: 'associations',
      draft: true,
      where: { slug: { equals: victim.slug } },
      depth: 0,
    })
    expect(repaired.docs.map((d) => d.id)).toEqual([victim.id])
    expect(repaired.docs[0]!._status).toBe('published')
    expect(
      (
        await payload.count({
          collection: 'associations',
          where: { slug: { like: 'ruderclub-tollensesee' } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})

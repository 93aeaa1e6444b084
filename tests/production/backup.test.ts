import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderDemoImage } from '../../cms/src/seed/images'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { createTestDatabase, testDatabase, type TestDatabase } from '../helpers/databases'
import { startCmsProcess, type CmsProcess } from './processes'

// Backup while the CMS runs, then the editors change and delete things, then the backup is
// restored into an empty database and data folder and a CMS started on it: everything is as it
// was at backup time, read through that CMS's REST API.
let cms: TestCms
let restoredDir: string
let restoredDb: TestDatabase
let restored: CmsProcess | undefined
const editor = { email: 'redaktion@example.org', password: 'Sicherung-Test-2026' }
const backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nb-backup-')), 'sicherung')

// Asynchronous, so the test process (and its CMS, which the backup reads from) keeps running.
const runScript = async (script: 'backup' | 'restore', env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      [`scripts/${script}.ts`, backupDir],
      {
        env: { ...process.env, ...env },
        timeout: 180_000,
      },
    )
    return { status: 0, output: `${stdout}\n${stderr}` }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { status: failed.code ?? 1, output: `${failed.stdout}\n${failed.stderr}` }
  }
}

const json = async <T>(url: string, headers: Record<string, string> = {}) =>
  (await (await fetch(url, { headers })).json()) as T

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'backup' })
  restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-restored-'))
  restoredDb = await createTestDatabase(testDatabase(), path.basename(restoredDir), { empty: true })
}, 240_000)
afterAll(async () => {
  await restored?.stop()
  await cms?.close()
  await restoredDb?.drop()
  fs.rmSync(restoredDir, { recursive: true, force: true })
  fs.rmSync(path.dirname(backupDir), { recursive: true, force: true })
})

describe.runIf(testDatabase() !== 'mongodb')('backup and restore', () => {
  it('brings back changed and deleted documents and uploaded files', async () => {
    const { payload } = cms
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor', name: 'Redaktion' } })
    const topics = await Promise.all(
      ['Gesichert', 'Gelöscht nach der Sicherung', 'Geändert nach der Sicherung'].map((name) =>
        payload.create({ collection: 'topics', data: { name } }),
      ),
    )
    const png = await renderDemoImage(0)
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Gesichertes Bild' },
      file: { data: png, mimetype: 'image/png', name: 'gesichert.png', size: png.length },
    })
    const draft = await payload.create({
      collection: 'news',
      data: {
        title: 'Entwurf in der Sicherung',
        excerpt: 'Noch nicht veröffentlicht.',
        publishedDate: new Date().toISOString(),
      },
      draft: true,
    })
    const files = [image.filename, ...Object.values(image.sizes ?? {}).map((size) => size?.filename)].filter(
      Boolean,
    ) as string[]
    expect(files.length).toBeGreaterThan(1)
    const originals = new Map(
      files.map((file) => [file, fs.readFileSync(path.join(cms.dataDir, 'media', file))]),
    )

    // Taken while the CMS is running, as in production.
    const made = await runScript('backup', {
      DATA_DIR: cms.dataDir,
      DATABASE_URI: process.env.DATABASE_URI ?? '',
    })
    expect(made.output).toContain('Sicherung in')
    expect(made.status).toBe(0)

    // After the backup: one topic deleted, one renamed, the image and its files deleted.
    await payload.delete({ collection: 'topics', id: topics[1]!.id })
    await payload.update({ collection: 'topics', id: topics[2]!.id, data: { name: 'Neuer Name' } })
    await payload.delete({ collection: 'media', id: image.id })
    expect(fs.existsSync(path.join(cms.dataDir, 'media', image.filename!))).toBe(false)

    const restoredEnv = { DATA_DIR: restoredDir, DATABASE_URI: restoredDb.uri ?? '' }
    const back = await runScript('restore', restoredEnv)
    expect(back.output).toContain('eingespielt')
    expect(back.status).toBe(0)

    restored = await startCmsProcess({ ...process.env, ...restoredEnv })
    const names = (
      await json<{ docs: { id: unknown; name: string }[] }>(
        `${restored.url}/api/topics?limit=100&depth=0&sort=id`,
      )
    ).docs
    expect(names.map((t) => [t.id, t.name])).toEqual(
      [...topics].sort((a, b) => Number(a.id) - Number(b.id)).map((t) => [t.id, t.name]),
    )
    const media = await json<{ filename?: string; alt?: string }>(
      `${restored.url}/api/media/${image.id}?depth=0`,
    )
    expect(media).toMatchObject({ filename: image.filename, alt: 'Gesichertes Bild' })
    for (const [file, original] of originals) {
      const res = await fetch(`${restored.url}/api/media/file/${encodeURIComponent(file)}`)
      expect(res.status, file).toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).equals(original), file).toBe(true)
    }
    // Accounts and drafts too: the editor logs in on the restored CMS and finds the draft.
    const token = await login({ url: restored.url } as never, editor.email, editor.password)
    const saved = await json<{ title?: string }>(`${restored.url}/api/news/${draft.id}?draft=true&depth=0`, {
      authorization: `JWT ${token}`,
    })
    expect(saved.title).toBe('Entwurf in der Sicherung')
    // The running CMS kept the changes made after the backup: the restore wrote only into the new place.
    expect((await payload.count({ collection: 'topics' })).totalDocs).toBe(2)
  }, 480_000)
})

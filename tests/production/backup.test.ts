import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderDemoImage } from '../../cms/src/seed/images'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { createTestDatabase, testDatabase, type TestDatabase } from '../helpers/databases'
import { startCmsProcess, type CmsProcess } from './processes'

let cms: TestCms
let restoredDir: string
let restoredDb: TestDatabase
let restored: CmsProcess | undefined
const editor = { email: 'redaktion@example.org', password: 'Sicherung-Test-2026' }
const backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nb-backup-')), 'sicherung')

const npmRun = (script: string, env: Record<string, string>) => {
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), [`scripts/${script}.ts`, backupDir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

beforeAll(async () => {
  cms = await startTestCms({ name: 'backup' })
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
  it('restores every document and every uploaded file into an empty data folder', async () => {
    const { payload } = cms
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor', name: 'Redaktion' } })
    const topics = await Promise.all(['Gesichert', 'Wiederhergestellt', 'Unverändert'].map((name) => payload.create({ collection: 'topics', data: { name } })))
    const png = await renderDemoImage(0)
    const image = await payload.create({ collection: 'media', data: { alt: 'Gesichertes Bild' }, file: { data: png, mimetype: 'image/png', name: 'gesichert.png', size: png.length } })
    const draft = await payload.create({ collection: 'news', data: { title: 'Entwurf in der Sicherung', excerpt: 'Noch nicht veröffentlicht.', publishedDate: new Date().toISOString() }, draft: true })

    // Taken while the CMS is running, as in production.
    const made = npmRun('backup', { DATA_DIR: cms.dataDir, DATABASE_URI: process.env.DATABASE_URI ?? '' })
    expect(made.output).toContain('Sicherung in')
    expect(made.status).toBe(0)

    const restoredEnv = { DATA_DIR: restoredDir, DATABASE_URI: restoredDb.uri ?? '' }
    const back = npmRun('restore', restoredEnv)
    expect(back.output).toContain('eingespielt')
    expect(back.status).toBe(0)

    restored = await startCmsProcess({ ...process.env, ...restoredEnv })
    const names = ((await (await fetch(`${restored.url}/api/topics?limit=100&depth=0`)).json()) as { docs: { id: unknown; name: string }[] }).docs
    expect(names.map((t) => t.id).sort()).toEqual(topics.map((t) => t.id).sort())
    const media = (await (await fetch(`${restored.url}/api/media/${image.id}?depth=0`)).json()) as { sizes?: Record<string, { filename?: string }>; filename: string }
    expect(media.filename).toBe(image.filename)
    const files = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size.filename).filter(Boolean)] as string[]
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      const original = fs.readFileSync(path.join(cms.dataDir, 'media', file))
      const res = await fetch(`${restored.url}/api/media/file/${encodeURIComponent(file)}`)
      expect(res.status, file).toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).equals(original), file).toBe(true)
    }
    // Accounts and drafts too: the editor logs in on the restored CMS and finds the draft.
    const token = await login({ url: restored.url } as never, editor.email, editor.password)
    const saved = await fetch(`${restored.url}/api/news/${draft.id}?draft=true&depth=0`, { headers: { authorization: `JWT ${token}` } })
    expect(((await saved.json()) as { title?: string }).title).toBe('Entwurf in der Sicherung')
  }, 480_000)
})

import net from 'node:net'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { testDatabase } from '../helpers/databases'
import { startMailTrap, type MailTrap } from '../selfservice/smtp'
import { startCmsProcess, type CmsProcess } from './processes'

// A CMS process killed with SIGKILL (no shutdown code runs) in the middle of writes, then started
// again on the same database: every write it acknowledged is there, nothing is half-written, and
// the database passes its integrity check. This test process keeps its own CMS on the database
// for setup and for looking at what the killed one left.
const editor = { email: 'redaktion@example.org', password: 'Absturz-Test-2026' }
let cms: TestCms
let child: CmsProcess | undefined
let trap: MailTrap
let connections = 0
let waitingForMail: (() => void) | undefined
// A mail server that accepts the connection and never greets: the approval waits in its mail step.
const silentSmtp = net.createServer((socket) => {
  connections++
  socket.on('error', () => {})
  waitingForMail?.()
})

const start = async (smtpPort = (silentSmtp.address() as net.AddressInfo).port) => {
  child = await startCmsProcess({
    ...process.env,
    DATA_DIR: cms.dataDir,
    DATABASE_URI: process.env.DATABASE_URI ?? '',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_IGNORE_TLS: 'true',
  })
  const token = await login({ url: child.url } as never, editor.email, editor.password)
  return { url: child.url, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` } }
}

async function integrityProblems(): Promise<string[]> {
  if (testDatabase() === 'sqlite') {
    const db = new DatabaseSync(path.join(cms.dataDir, 'payload.db'), { readOnly: true })
    try {
      const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]
      return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
    } finally {
      db.close()
    }
  }
  // PostgreSQL's amcheck: every B-tree index is consistent and finds every row of its table.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await client.connect()
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS amcheck')
    const { rows } = await client.query<{
      name: string
    }>(`SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'`)
    const problems: string[] = []
    for (const { name } of rows) {
      await client
        .query('SELECT bt_index_check($1::regclass, true)', [name])
        .catch((error: Error) => problems.push(`${name}: ${error.message}`))
    }
    return problems
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  process.env.PAYLOAD_SECRET = 'crash-test-secret'
  await new Promise<void>((resolve) => silentSmtp.listen(0, '127.0.0.1', resolve))
  trap = await startMailTrap()
  cms = await startTestCms({ name: 'crash' })
  await cms.payload.create({ collection: 'users', data: { ...editor, role: 'editor', name: 'Redaktion' } })
}, 300_000)
afterAll(async () => {
  await child?.stop()
  await cms?.close()
  await new Promise<void>((resolve) => silentSmtp.close(() => resolve()))
  await trap?.close()
})

describe.runIf(testDatabase() !== 'mongodb')('a CMS killed in the middle of writes', () => {
  it('keeps every publish it acknowledged, leaves an approval cut off in its mail step undone, and starts again on a sound database', async () => {
    const request = await cms.payload.create({
      collection: 'account-requests',
      data: {
        name: 'Petra Absturz',
        email: 'vorstand@kanuverein.example',
        associationName: 'Kanuverein Absturz',
        status: 'pending',
        consentAt: new Date().toISOString(),
      },
    })
    const { url, headers } = await start()
    // An editor approves the request; the approval now waits for the mail server.
    const inMailStep = new Promise<void>((resolve) => (waitingForMail = resolve))
    const approving = fetch(`${url}/api/account-requests/${request.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ status: 'approved' }),
    }).catch(() => null)
    await inMailStep

    const acknowledged: { id: number | string; title: string }[] = []
    let attempts = 0
    let killed = false
    // Meanwhile four editors publish news one after the other; the CMS is killed once 12 were answered.
    const editorLoop = async (n: number) => {
      while (!killed) {
        const title = `Meldung ${n}-${++attempts} vor dem Absturz`
        const body = {
          title,
          excerpt: 'Gespeichert, kurz bevor der Prozess beendet wurde.',
          publishedDate: new Date().toISOString(),
          _status: 'published',
        }
        try {
          const res = await fetch(`${url}/api/news`, { method: 'POST', headers, body: JSON.stringify(body) })
          const answer = (await res.json()) as { doc?: { id: number | string } }
          if (res.status === 201 && answer.doc) acknowledged.push({ id: answer.doc.id, title })
        } catch {
          return // the connection ended with the process
        }
        if (acknowledged.length >= 12 && !killed) {
          killed = true
          await child!.stop('SIGKILL')
        }
      }
    }
    await Promise.all([1, 2, 3, 4].map(editorLoop))
    expect(child!.child.signalCode).toBe('SIGKILL')
    expect(await approving).toBeNull() // never acknowledged
    expect(connections).toBe(1)

    const accounts = () =>
      cms.payload.find({
        collection: 'users',
        where: { email: { equals: 'vorstand@kanuverein.example' } },
        depth: 0,
      })
    const profiles = () =>
      cms.payload.find({
        collection: 'associations',
        where: { name: { equals: 'Kanuverein Absturz' } },
        draft: true,
        depth: 0,
      })
    expect(
      (await cms.payload.findByID({ collection: 'account-requests', id: request.id, depth: 0 })).status,
    ).toBe('pending')
    // PostgreSQL: one transaction, so account and profile went with the crash. SQLite has none:
    // they stay, and approving again must reuse them (below).
    expect((await accounts()).totalDocs).toBe(testDatabase() === 'postgres' ? 0 : 1)
    expect((await profiles()).totalDocs).toBe(testDatabase() === 'postgres' ? 0 : 1)

    const again = await start(trap.port)
    for (const { id, title } of acknowledged) {
      // Anonymous readers see published documents only: the acknowledged publish is complete.
      const res = await fetch(`${again.url}/api/news/${id}?depth=0`)
      expect(res.status, title).toBe(200)
      expect(((await res.json()) as { title?: string }).title).toBe(title)
    }
    // Whatever was cut off is all or nothing: every stored news item has its version.
    const stored = await cms.payload.find({ collection: 'news', limit: 1000, depth: 0, draft: true })
    for (const doc of stored.docs) {
      const versions = await cms.payload.countVersions({
        collection: 'news',
        where: { parent: { equals: doc.id } },
      })
      expect(versions.totalDocs, doc.title).toBeGreaterThan(0)
    }
    expect(await integrityProblems()).toEqual([])

    // The editor approves again on the restarted CMS: one account, one profile, linked, invited.
    const res = await fetch(`${again.url}/api/account-requests/${request.id}`, {
      method: 'PATCH',
      headers: again.headers,
      body: JSON.stringify({ status: 'approved' }),
    })
    expect(res.status).toBe(200)
    const [account] = (await accounts()).docs
    const [profile] = (await profiles()).docs
    expect((await accounts()).totalDocs).toBe(1)
    expect((await profiles()).totalDocs).toBe(1)
    expect(account!.associations).toEqual([profile!.id])
    const approved = await cms.payload.findByID({ collection: 'account-requests', id: request.id, depth: 0 })
    expect(approved).toMatchObject({ status: 'approved', user: account!.id, association: profile!.id })
    await trap.waitFor('vorstand@kanuverein.example')
  }, 600_000)
})

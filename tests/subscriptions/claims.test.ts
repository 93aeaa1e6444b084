import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { runDigest } from '../../cms/src/subscriptions/jobs'
import { issue } from '../../cms/src/subscriptions/tokens'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { createPeople, makeEntry } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * Two digest runs at the same moment in two CMS processes on one database (SQLite file or
 * PostgreSQL): every subscriber gets exactly one digest. Payload's update by query (read, then
 * write) let both processes claim the same subscriber.
 */

let cms: TestCms
let trap: MailTrap
const subscribers = 60

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'subscription-claims' })
  const people = await createPeople(cms)
  const topic = (await cms.payload.create({ collection: 'topics', data: { name: 'Sport' } as never })).id
  const news = await makeEntry(cms.payload, 'news', people.associationA, 'Stadtlauf', 'published')
  await cms.payload.update({ collection: 'news', id: news.id, data: { topics: [topic] } as never })
  const confirmedAt = new Date(Date.now() - 25 * 3_600_000).toISOString()
  for (let i = 0; i < subscribers; i++) {
    const manage = issue(cms.payload, 'manage')
    await cms.payload.create({
      collection: 'subscriptions',
      data: {
        email: `parallel-${i}@example.org`,
        lang: 'de',
        topics: [topic],
        frequency: 'daily',
        // Confirmed a day ago: the digest is due, and the news item is new for everyone.
        confirmedAt,
        manageSalt: manage.salt,
        manageHash: manage.hash,
      },
      overrideAccess: true,
    })
  }
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

/** The other process, started and ready (its CMS open), waiting for the clock to run with. */
async function otherProcess() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/subscriptions/digest-process.ts')],
    { env: process.env, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Zweiter Prozess endete (${code}):\n${log}`))),
  )
  const next = () => Promise.race([lines.next().then((r) => String(r.value)), exited])
  while ((await next()) !== 'ready');
  return {
    run: async (nowMs: number) => {
      child.stdin!.write(`${nowMs}\n`)
      let line = ''
      while (!line.startsWith('{')) line = await next()
      return JSON.parse(line) as { sent: number; skipped: number; failed: number }
    },
  }
}

it(
  'two processes running the digest at once send every subscriber exactly one digest',
  async () => {
    const other = await otherProcess()
    const nowMs = Date.now()
    const [here, there] = await Promise.all([
      runDigest(await createLocalReq({}, cms.payload), nowMs),
      other.run(nowMs),
    ])
    expect(here.sent + there.sent).toBe(subscribers)
    expect(here.failed + there.failed).toBe(0)
    const counts = new Map<string, number>()
    await expect.poll(() => trap.mails.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(subscribers)
    for (const mail of trap.mails) {
      const to = JSON.stringify(mail.to)
      counts.set(to, (counts.get(to) ?? 0) + 1)
    }
    expect(counts.size).toBe(subscribers)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
  },
  budgets.slowTest,
)

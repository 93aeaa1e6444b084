import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { issue } from '../../cms/src/subscriptions/tokens'
import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { createPeople, makeEntry, type People } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * The digest sends over a few pooled SMTP connections, not one connection per mail (161 ms
 * against 54 ms a mail in scripts/bench-digest.ts), against a real SMTP server that counts them;
 * every subscriber still gets exactly one digest.
 */

let cms: TestCms
let trap: MailTrap
let people: People

beforeAll(async () => {
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'digest-pool' })
  people = await createPeople(cms)
}, budgets.slowTest)
afterAll(async () => {
  vi.useRealTimers()
  await cms?.close()
  await trap?.close()
})

describe('the digest run', () => {
  it('sends 24 digests over at most 4 SMTP connections', async () => {
    const topic = (await cms.payload.create({ collection: 'topics', data: { name: 'Sport' } as never })).id
    const confirmedAt = new Date(Date.now() - 2 * 24 * 3_600_000).toISOString()
    const subscribers = Array.from({ length: 24 }, (_, i) => `pool-${i}@example.org`)
    for (const email of subscribers) {
      const manage = issue(cms.payload, 'manage')
      await cms.payload.create({
        collection: 'subscriptions',
        data: {
          email,
          lang: 'de',
          frequency: 'daily',
          topics: [topic],
          confirmedAt,
          manageSalt: manage.salt,
          manageHash: manage.hash,
        },
        overrideAccess: true,
      })
    }
    const news = await makeEntry(cms.payload, 'news', people.associationA, 'Neuer Sportplatz', 'published')
    await cms.payload.update({ collection: 'news', id: news.id, data: { topics: [topic] } as never })

    const before = trap.connections()
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 21 * 3_600_000 })
    await cms.payload.jobs.queue({ task: 'subscription-digest', input: {} })
    await cms.payload.jobs.run({ queue: 'default', silent: true })
    const digests = () => trap.mails.filter((m) => /Neuigkeit/.test(m.subject ?? ''))
    await vi.waitFor(() => expect(digests()).toHaveLength(24), { timeout: 20_000 })
    for (const email of subscribers)
      expect(digests().filter((m) => JSON.stringify(m.to).includes(email))).toHaveLength(1)
    expect(trap.connections() - before).toBeLessThanOrEqual(4)
  })
})

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { createPeople, makeEntry, type People } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * Subscriptions in the reader's language: a Ukrainian or Arabic page's form gets its answers,
 * mails, pages and digest in that language (they were German or English before), and a digest
 * links each item to the page the site really has: the language's page where the item is
 * translated, the German page (with the German title) where it is not.
 */

let cms: TestCms
let trap: MailTrap
let people: People
let sport: number
const hour = 3_600_000
let client = 0

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'subscription-languages' })
  people = await createPeople(cms)
  sport = (await cms.payload.create({ collection: 'topics', data: { name: 'Sport' } as never })).id
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})
afterEach(() => vi.useRealTimers())

async function subscribe(fields: Record<string, string>) {
  const form = new URLSearchParams({
    startedAt: String(Date.now() - 10_000),
    website: '',
    consent: 'on',
    ...fields,
  })
  const res = await fetch(`${cms.api!.url}/api/subscriptions/subscribe`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `198.51.100.${++client}`,
    },
    body: form.toString(),
  })
  return {
    status: res.status,
    body: (await res.json()) as { message: string; errors?: { message: string }[] },
  }
}

const confirmLink = async (email: string) => {
  const text = (await trap.waitFor(email)).text ?? ''
  return text.match(/https?:\/\/\S+\/api\/subscriptions\/confirm\/[A-Za-z0-9_-]+/)![0]
}

describe('subscriptions in Ukrainian and Arabic', () => {
  it('answers a Ukrainian page in Ukrainian: errors, the confirmation mail and pages, the manage page', async () => {
    const bad = await subscribe({ lang: 'uk', email: 'без-собачки', topics: String(sport) })
    expect(bad.status).toBe(400)
    expect(bad.body.errors!.map((e) => e.message).join(' ')).toContain('не є дійсною адресою')

    const email = 'olena@example.org'
    const ok = await subscribe({ lang: 'uk', email, topics: String(sport) })
    expect(ok.status).toBe(201)
    expect(ok.body.message).toContain('Майже готово')
    const stored = await cms.payload.find({
      collection: 'subscriptions',
      where: { email: { equals: email } },
    })
    expect(stored.docs[0]!.lang).toBe('uk')

    const mail = await trap.waitFor(email)
    expect(mail.subject).toBe('Будь ласка, підтвердьте Ваші сповіщення – Unser Neubrandenburg')
    expect(mail.html).toContain('<html lang="uk"')
    const link = await confirmLink(email)
    const ask = await (await fetch(link)).text()
    expect(ask).toContain('Підтвердити зараз')
    expect(ask).toContain('lang="uk"')
    const done = await (await fetch(link, { method: 'POST' })).text()
    expect(done).toContain('Сповіщення підтверджено')
    const manage = done.match(/href="([^"]+\/api\/subscriptions\/manage\/[^"]+)"/)![1]!
    const page = await (await fetch(manage.replace(/^https?:\/\/[^/]+/, cms.api!.url))).text()
    expect(page).toContain('<legend>Теми</legend>')
    expect(page).toContain('Скасувати підписку й видалити мою адресу')
  })

  it('sends an Arabic digest, right to left, linking translated items to Arabic pages and the rest to German ones', async () => {
    const email = 'samira@example.org'
    expect((await subscribe({ lang: 'ar', email, topics: String(sport), frequency: 'daily' })).status).toBe(
      201,
    )
    await fetch(await confirmLink(email), { method: 'POST' })

    const translated = await makeEntry(
      cms.payload,
      'news',
      people.associationA,
      'Neues Schwimmbad',
      'published',
    )
    await cms.payload.update({ collection: 'news', id: translated.id, data: { topics: [sport] } as never })
    await cms.payload.update({
      collection: 'news',
      id: translated.id,
      locale: 'ar',
      data: { title: 'مسبح جديد' } as never,
    })
    const german = await makeEntry(cms.payload, 'news', people.associationA, 'Lauftreff am See', 'published')
    await cms.payload.update({ collection: 'news', id: german.id, data: { topics: [sport] } as never })
    const slug = async (id: number) =>
      (await cms.payload.findByID({ collection: 'news', id, depth: 0 })).slug as string

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 21 * hour })
    await cms.payload.jobs.queue({ task: 'subscription-digest', input: {} })
    await cms.payload.jobs.run({ queue: 'default', silent: true })
    const digest = await vi.waitFor(
      () => {
        const found = trap.mails.find(
          (m) => JSON.stringify(m.to).includes(email) && /منشور/.test(m.subject ?? ''),
        )
        expect(found).toBeTruthy()
        return found!
      },
      { timeout: 10_000 },
    )
    expect(digest.subject).toBe('منشوران جديدان على Unser Neubrandenburg')
    expect(digest.html).toContain('dir="rtl"')
    expect(digest.html).toContain('<h2 style="font-size:18px">الأخبار</h2>')
    expect(digest.text).toContain(`مسبح جديد\n  `)
    expect(digest.text).toMatch(new RegExp(`/ar/aktuelles/${await slug(translated.id)}/`))
    // Not translated: the German title and the German page (there is no Arabic page for it).
    expect(digest.text).toContain('Lauftreff am See')
    expect(digest.text).toMatch(new RegExp(`[^r]/aktuelles/${await slug(german.id)}/`))
    expect(digest.text).not.toContain(`/ar/aktuelles/${await slug(german.id)}/`)
  })
})

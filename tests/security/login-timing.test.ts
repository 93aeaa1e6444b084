import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { password } from '../selfservice/fixtures'

/**
 * Finding 4, enumeration: a wrong password for an existing account and any password for a
 * missing one take the same work and get the same answer. Each try comes from its own client
 * (X-Forwarded-For from the trusted loopback proxy), so the per-client limits stay out of it.
 * Old code: median 1,608 ms vs 100 ms; the test allows a factor of 2.5 between the medians so it
 * passes on a busy machine.
 */
let cms: TestCms
let client = 0

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  // 20 failures per account from all clients would lock it; this test makes 20 tries.
  process.env.LOGIN_ACCOUNT_LOCK_AFTER = '50'
  cms = await startTestCms({ api: true, name: 'login-timing' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'vorhanden@example.org', password, role: 'association' },
  })
})
afterAll(async () => {
  await cms?.close()
})

async function attempt(email: string) {
  const started = performance.now()
  const res = await fetch(`${cms.api!.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${++client}` },
    body: JSON.stringify({ email, password: 'Falsch-aber-lang-genug-2026' }),
  })
  const body = await res.text()
  return {
    ms: performance.now() - started,
    status: res.status,
    message: JSON.parse(body).errors?.[0]?.message as string,
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('login for existing and missing accounts', () => {
  it(
    'takes about as long and answers the same, over 20 tries each',
    async () => {
      const existing: Awaited<ReturnType<typeof attempt>>[] = []
      const missing: Awaited<ReturnType<typeof attempt>>[] = []
      // Interleaved, so load on the machine hits both alike.
      for (let i = 0; i < 20; i++) {
        existing.push(await attempt('vorhanden@example.org'))
        missing.push(await attempt(`fehlt-${i % 2}@example.org`))
      }
      const answers = new Set([...existing, ...missing].map((a) => `${a.status} ${a.message}`))
      expect([...answers]).toEqual(['401 Die E-Mail-Adresse oder das Passwort sind nicht korrekt.'])
      const [a, b] = [median(existing.map((t) => t.ms)), median(missing.map((t) => t.ms))]
      console.log(`login timing: existing median ${a.toFixed(0)} ms, missing median ${b.toFixed(0)} ms`)
      expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(2.5)
    },
    budgets.slowTest,
  )
})

import { describe, expect, it } from 'vitest'

import { checkAccountRequest, minimumFillMs } from '../../cms/src/endpoints/accountRequestForm'
import { clientAddress, RateLimiter } from '../../cms/src/endpoints/rateLimit'

/** The spam defences on their own, with explicit clocks (no waiting). */

describe('RateLimiter', () => {
  it('allows the limit within the window, refuses the next with the seconds to wait, and forgets old hits', () => {
    const limiter = new RateLimiter(3, 60_000)
    const t0 = 1_000_000
    expect([limiter.hit('a', t0), limiter.hit('a', t0 + 1), limiter.hit('a', t0 + 2)]).toEqual([0, 0, 0])
    expect(limiter.hit('a', t0 + 10_000)).toBe(50)
    expect(limiter.hit('b', t0 + 10_000)).toBe(0)
    // Refused attempts do not extend the wait; after the window the first hit has expired.
    expect(limiter.hit('a', t0 + 60_000)).toBe(0)
    expect(limiter.hit('a', t0 + 60_000)).toBeGreaterThan(0)
  })
})

describe('clientAddress', () => {
  const headers = (values: Record<string, string>) => new Headers(values)
  it('takes the entry the proxy appended (the last), not what the client claims', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), {})).toBe('203.0.113.7')
  })
  it('prefers the configured header of a forwarding proxy', () => {
    const h = headers({ 'x-forwarded-for': '198.51.100.1', 'x-nf-client-connection-ip': '203.0.113.9' })
    expect(clientAddress(h, { CLIENT_IP_HEADER: 'x-nf-client-connection-ip' })).toBe('203.0.113.9')
    expect(clientAddress(h, {})).toBe('198.51.100.1')
  })
  it('puts clients without any address header into one shared bucket', () => {
    expect(clientAddress(headers({}), {})).toBe('unbekannt')
  })
})

describe('checkAccountRequest', () => {
  const now = 5_000_000
  const base = { name: 'Anna Weber', associationName: 'Tanzgruppe Ihlenfelder Vorstadt', email: 'Anna.Weber@Example.org ', consent: 'on', website: '' }
  it('normalises a valid request', () => {
    expect(checkAccountRequest({ ...base, startedAt: now - minimumFillMs }, now)).toEqual({
      ok: true,
      data: { name: 'Anna Weber', associationName: 'Tanzgruppe Ihlenfelder Vorstadt', email: 'anna.weber@example.org' },
    })
  })
  it('treats a start time in the future as tampering', () => {
    const result = checkAccountRequest({ ...base, startedAt: now + 10 * 60_000 }, now)
    expect(result).toMatchObject({ ok: false, spam: true })
  })
})

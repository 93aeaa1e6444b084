import { describe, expect, it } from 'vitest'

import { checkAccountRequest, minimumFillMs } from '../../cms/src/endpoints/accountRequestForm'
import { clientAddress, peerHeader } from '../../cms/src/security/clientAddress'

/**
 * The spam defences on their own. The limiter itself (rate-limiter-flexible on the database) is
 * tested through the real endpoints in onboarding.test.ts, auth.test.ts and tests/security/.
 * Forwarding headers count only from a trusted proxy: the setup here is a request that our
 * server stamped as coming from the proxy at 10.0.0.2 (TRUSTED_PROXIES).
 */
describe('clientAddress', () => {
  const proxy = { TRUSTED_PROXIES: '10.0.0.2' }
  const headers = (values: Record<string, string>) => new Headers({ [peerHeader]: '10.0.0.2', ...values })
  it('takes the entry the proxy appended (the last), not what the client claims', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), proxy)).toBe('203.0.113.7')
  })
  it('prefers the configured header of a forwarding proxy', () => {
    const h = headers({ 'x-forwarded-for': '198.51.100.1', 'x-nf-client-connection-ip': '203.0.113.9' })
    expect(clientAddress(h, { ...proxy, CLIENT_IP_HEADER: 'x-nf-client-connection-ip' })).toBe('203.0.113.9')
    expect(clientAddress(h, proxy)).toBe('198.51.100.1')
  })
  it('puts clients without any address header into one shared bucket', () => {
    expect(clientAddress(new Headers({}), {})).toBe('unbekannt')
  })
})

describe('checkAccountRequest', () => {
  const now = 5_000_000
  const base = {
    name: 'Anna Weber',
    associationName: 'Tanzgruppe Ihlenfelder Vorstadt',
    email: 'Anna.Weber@Example.org ',
    consent: 'on',
    website: '',
  }
  it('normalises a valid request', () => {
    expect(checkAccountRequest({ ...base, startedAt: now - minimumFillMs }, now)).toEqual({
      ok: true,
      data: {
        name: 'Anna Weber',
        associationName: 'Tanzgruppe Ihlenfelder Vorstadt',
        email: 'anna.weber@example.org',
      },
    })
  })
  it('treats a start time in the future as tampering', () => {
    const result = checkAccountRequest({ ...base, startedAt: now + 10 * 60_000 }, now)
    expect(result).toMatchObject({ ok: false, spam: true })
  })
})

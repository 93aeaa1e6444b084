import { describe, expect, it } from 'vitest'

import { canonicalAdminRedirect } from '../../cms/src/lib/canonicalHost'

const check = (
  host: string | null,
  forwardedHost: string | null = null,
  canonical = 'http://localhost:3000',
) =>
  canonicalAdminRedirect({ canonical, host, forwardedHost, pathAndQuery: '/admin/collections/events?page=2' })

describe('admin pages under another address than the configured server URL', () => {
  it('redirects to the canonical address, keeping path and query', () => {
    expect(check('127.0.0.1:3000')).toBe('http://localhost:3000/admin/collections/events?page=2')
    expect(check('192.168.1.20:3000')).toBe('http://localhost:3000/admin/collections/events?page=2')
    expect(check('internal:3000', 'cms.unser-nb.de', 'https://cms.unser-nb.de')).toBeNull()
    expect(check('internal:3000', 'other.example', 'https://cms.unser-nb.de')).toBe(
      'https://cms.unser-nb.de/admin/collections/events?page=2',
    )
  })

  it('serves the canonical address and leaves unconfigured setups alone', () => {
    expect(check('localhost:3000')).toBeNull()
    expect(check('LOCALHOST:3000')).toBeNull()
    expect(check('127.0.0.1:3000', null, '')).toBeNull()
    expect(check(null)).toBeNull()
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { securityHeaders } from '../../cms/src/security/headers.mjs'
import nextConfig from '../../cms/next.config.mjs'
import { startTestCms, type TestCms } from '../helpers/cms'

/**
 * Finding 6: security headers on the test API server (the admin under Next is checked in a
 * browser in admin-csp.test.ts, with the Secure cookie), and the Next config's header rules.
 */
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'headers' })
})
afterAll(async () => {
  await cms?.close()
})

describe('security headers', () => {
  it('the API and media answer with CSP frame-ancestors none, X-Frame-Options, nosniff and Referrer-Policy', async () => {
    for (const path of ['/api/events', '/api/media/file/nicht-da.png', '/api/users/me']) {
      const res = await fetch(`${cms.api!.url}${path}`)
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('the Next server sends the same for every path, HSTS only in production', async () => {
    const rules = await (
      nextConfig as { headers: () => Promise<{ source: string; headers: { key: string }[] }[]> }
    ).headers()
    expect(rules[0]!.source).toBe('/:path*')
    const keys = rules[0]!.headers.map((h) => h.key)
    expect(keys).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Frame-Options',
        'X-Content-Type-Options',
        'Referrer-Policy',
      ]),
    )
    expect(securityHeaders({ production: true }).map((h) => h.key)).toContain('Strict-Transport-Security')
    expect(securityHeaders({ production: false }).map((h) => h.key)).not.toContain(
      'Strict-Transport-Security',
    )
  })
})

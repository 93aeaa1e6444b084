import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from './src/security/headers.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The monorepo root holds node_modules; Turbopack must see it to resolve packages.
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Admin, API and media alike: CSP with frame-ancestors 'none', X-Frame-Options DENY, nosniff,
  // Referrer-Policy, HSTS in production (security/headers.mjs, shared with the test API server).
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

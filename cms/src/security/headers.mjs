/**
 * Security headers of the CMS, one list for the Next server (next.config.mjs) and the plain API
 * server of tests and site builds (scripts/lib/api-server.ts). Plain JavaScript because
 * next.config.mjs cannot import TypeScript.
 *
 * The admin's CSP: Next's App Router and Payload's admin inject inline scripts (RSC payload) and
 * inline styles, so script-src and style-src need 'unsafe-inline'; everything else is this
 * origin only. 'unsafe-eval' only in development (React's dev tooling). frame-ancestors 'none'
 * and X-Frame-Options DENY stop clickjacking; HSTS only in production (https).
 *
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ production }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    ...(production
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}

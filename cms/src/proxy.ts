import { NextResponse, type NextRequest } from 'next/server'

import { setting } from './config'
import { canonicalAdminRedirect } from './lib/canonicalHost'

/**
 * The admin only works under the address in PAYLOAD_PUBLIC_SERVER_URL: its browser code sends API
 * requests there, and the login cookie belongs to the address the page came from. Opened under
 * another address of the same server (127.0.0.1 instead of localhost, a LAN address), it loaded
 * half-broken (401s, a disabled form, endless uploads). Admin pages redirect to the canonical
 * address instead; the API keeps answering under every address (build runner, scripts).
 */
export function proxy(request: NextRequest) {
  const target = canonicalAdminRedirect({
    canonical: setting('PAYLOAD_PUBLIC_SERVER_URL'),
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
    pathAndQuery: request.nextUrl.pathname + request.nextUrl.search,
  })
  return target ? NextResponse.redirect(target, 307) : NextResponse.next()
}

export const config = { matcher: ['/admin', '/admin/:path*'] }

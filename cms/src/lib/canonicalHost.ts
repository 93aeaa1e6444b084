export type HostCheck = {
  canonical: string | undefined
  host: string | null
  forwardedHost: string | null
  pathAndQuery: string
}

/**
 * Where to send an admin page request that arrived under another address than the canonical one,
 * or null to serve it. The browser's address is X-Forwarded-Host where a reverse proxy (or Next.js
 * itself) sets it, else Host: a reverse proxy must pass one of them on (nginx:
 * `proxy_set_header Host $host`), or admin pages would redirect to themselves.
 */
export function canonicalAdminRedirect({
  canonical,
  host,
  forwardedHost,
  pathAndQuery,
}: HostCheck): string | null {
  if (!canonical) return null
  let target: URL
  try {
    target = new URL(canonical)
  } catch {
    return null
  }
  const seen = forwardedHost?.split(',')[0]?.trim() || host
  if (!seen) return null
  if (seen.toLowerCase() === target.host.toLowerCase()) return null
  return new URL(pathAndQuery, target).toString()
}

/**
 * Per-client sliding-window limit kept in this process's memory: enough for one CMS process;
 * several instances would each count separately (then a shared store such as the database or
 * Redis would be needed). Nothing is persisted, so no IP addresses are stored.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(now)
    return 0
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) {
      if (times.every((time) => now - time >= this.windowMs)) this.hits.delete(key)
    }
  }
}

/**
 * The client address as our reverse proxy reports it: the proxy appends the address it saw to
 * X-Forwarded-For, so the last entry is the one a client cannot forge. When the site forwards the
 * form (Netlify proxy), that last entry is Netlify's; CLIENT_IP_HEADER then names the header that
 * carries the visitor's address (x-nf-client-connection-ip on Netlify). Without any header all
 * clients share one bucket, which errs on the side of limiting.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const named = env.CLIENT_IP_HEADER?.trim()
  const fromNamed = named ? headers.get(named)?.split(',')[0]?.trim() : undefined
  if (fromNamed) return fromNamed
  const forwarded = headers.get('x-forwarded-for')
  if (forwarded) {
    const last = forwarded.split(',').map((part) => part.trim()).filter(Boolean).pop()
    if (last) return last
  }
  return headers.get('x-real-ip')?.trim() || 'unbekannt'
}

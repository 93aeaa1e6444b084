import { BlockList, isIP } from 'node:net'

/**
 * The address of the peer that opened the TCP connection, stamped on every request by our own
 * servers (the Next server through instrumentation.ts, the test API server directly). Any value a
 * client sends under this name is overwritten, so it cannot be forged.
 */
export const peerHeader = 'x-nb-peer-address'

type Env = Record<string, string | undefined>

const normalise = (address: string) => {
  const trimmed = address.trim().replace(/^\[|\]$/g, '')
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

const cache = new Map<string, BlockList>()

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (`127.0.0.1, 10.0.0.0/8, ::1`). */
export function trustedProxies(env: Env = process.env): BlockList {
  const spec = env.TRUSTED_PROXIES?.trim() ?? ''
  let list = cache.get(spec)
  if (list) return list
  list = new BlockList()
  for (const raw of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix] = raw.split('/')
    const clean = normalise(address!)
    const family = isIP(clean) === 6 ? 'ipv6' : 'ipv4'
    if (!isIP(clean))
      throw new Error(`TRUSTED_PROXIES: „${raw}“ ist keine IP-Adresse oder kein Adressbereich.`)
    if (prefix) list.addSubnet(clean, Number(prefix), family)
    else list.addAddress(clean, family)
  }
  cache.set(spec, list)
  return list
}

const isTrusted = (address: string, list: BlockList) => {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The client's address. Forwarding headers are believed only when the connection comes from a
 * configured proxy (TRUSTED_PROXIES): then CLIENT_IP_HEADER (e.g. x-nf-client-connection-ip behind
 * Netlify) if set, else X-Forwarded-For read from the right, skipping our own proxies (entries
 * further left are whatever the client claimed). A direct client is its TCP peer address, whatever
 * headers it sends. A request without a peer stamp (not through our servers) shares one bucket
 * with all others like it, erring on the side of limiting.
 */
export function clientAddress(headers: Headers, env: Env = process.env): string {
  const peer = normalise(headers.get(peerHeader) ?? '')
  if (!peer) return 'unbekannt'
  const proxies = trustedProxies(env)
  if (!isTrusted(peer, proxies)) return peer
  const named = env.CLIENT_IP_HEADER?.trim()
  const fromNamed = named ? normalise(headers.get(named)?.split(',')[0] ?? '') : ''
  if (fromNamed) return fromNamed
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map(normalise).filter(Boolean)
  while (chain.length && isTrusted(chain[chain.length - 1]!, proxies)) chain.pop()
  return chain.pop() ?? peer
}

import http from 'node:http'

import { peerHeader } from './clientAddress'

/** Writes the TCP peer's address into the request, replacing anything the client sent. */
export function stampPeer(req: http.IncomingMessage) {
  req.headers[peerHeader] = req.socket.remoteAddress ?? ''
}

let installed = false

/**
 * Next's route handlers see only a web Request, without the socket; Next itself fills
 * X-Forwarded-For only when the client sent none, so that header proves nothing. Stamping every
 * incoming request of this process's HTTP servers before Next handles it gives the limits the
 * real peer (see clientAddress.ts). Called from instrumentation.ts when the Next server starts.
 */
export function stampPeersOfAllServers() {
  if (installed) return
  installed = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') stampPeer(args[0] as http.IncomingMessage)
    return (emit as (this: http.Server, event: string, ...rest: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    )
  } as typeof emit
}

import type http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Listening = { url: string; port: number; close: () => Promise<void> }

/** Starts `server` on host:port (0 = any free port); close() also ends keep-alive connections. */
export async function listen(server: http.Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

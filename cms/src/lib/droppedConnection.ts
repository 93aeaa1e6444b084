// One rule for a request whose connection the other side closed before any answer came: reading
// again on a new connection is safe for reads (GET, HEAD), and only for those. The usual cause is
// a kept-alive connection the server closed just as it was reused (their idle timers race, more
// often on a busy machine); the request never reached the server. One more try, no more: a server
// that keeps dropping connections is down, and the caller reports that.

/** Socket codes (node:http, undici) and undici's message for a connection closed under a request. */
const droppedCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])

/** True for an error caused by a dropped connection; fetch keeps the socket error in `cause`. */
export function connectionDropped(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 4; depth++) {
    const { code, message, cause } = current as { code?: string; message?: string; cause?: unknown }
    if ((code && droppedCodes.has(code)) || message === 'other side closed') return true
    current = cause
  }
  return false
}

const idempotent = new Set(['GET', 'HEAD'])

/**
 * Runs `attempt`, and once more when it failed on a dropped connection and `method` only reads.
 * `attempt` must reject before any answer arrived for a dropped connection (fetch does: it settles
 * with the response headers; errors while reading the body come later and are not retried).
 */
export async function retryDroppedConnection<T>(method: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt()
  } catch (error) {
    if (!idempotent.has(method.toUpperCase()) || !connectionDropped(error)) throw error
    return attempt()
  }
}

/** `fetch` with the one retry above; `timeoutMs` limits each try (a fresh AbortSignal per try). */
export function fetchRetryingDropped(
  input: string | URL,
  init: RequestInit & { timeoutMs?: number } = {},
): Promise<Response> {
  const { timeoutMs, ...rest } = init
  const signal = () => (timeoutMs === undefined ? rest.signal : AbortSignal.timeout(timeoutMs))
  return retryDroppedConnection(rest.method ?? 'GET', () => fetch(input, { ...rest, signal: signal() }))
}

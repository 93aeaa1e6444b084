/**
 * Reads a response body up to `maxBytes`, for sources the site reads at build time (OParl,
 * Open311): a source that sends more than any real answer is broken or hostile, and must not
 * fill the build's memory. `fail` turns each problem into the caller's own error type.
 */
export async function readLimited(
  response: Response,
  maxBytes: number,
  fail: (kind: 'size' | 'broken', detail?: string) => Error,
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw fail('size')
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        throw fail('size')
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof Error && error.name !== 'TypeError' && error.name !== 'AbortError') throw error
    throw fail('broken', (error as Error).message)
  }
  return Buffer.concat(chunks).toString('utf8')
}

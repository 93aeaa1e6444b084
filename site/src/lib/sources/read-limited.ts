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
  let tooLarge = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        tooLarge = true
        await reader.cancel()
        break
      }
      chunks.push(value)
    }
  } catch (error) {
    // A connection that breaks off, or an abort by the caller's time budget.
    throw fail('broken', (error as Error).message)
  }
  if (tooLarge) throw fail('size')
  return Buffer.concat(chunks).toString('utf8')
}

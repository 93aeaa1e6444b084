import './env'

import type { Payload } from 'payload'

/**
 * Opens the CMS in this process. The config reads DATA_DIR and DATABASE_URI when it is imported,
 * so callers set those first; the dynamic import makes that order explicit.
 */
export async function openPayload(options: { cron?: boolean } = {}): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  return getPayload({ config, cron: options.cron ?? false })
}

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { setting } from '../config'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Repository root, independent of the current working directory (Next runs from cms/). */
export const repoRoot = path.resolve(here, '../../..')

/** Where the embedded database, the uploads and the local secret live. DATA_DIR moves all of them,
 * so several instances (tests, benchmarks, a second developer) can run side by side. */
export function dataDir(): string {
  return path.resolve(repoRoot, setting('DATA_DIR') ?? 'data')
}

export function uploadsDir(): string {
  return path.join(dataDir(), 'media')
}

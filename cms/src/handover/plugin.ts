import type { Config, Plugin } from 'payload'

import { Handovers } from './Handovers'

/** Issue 21: editors hand associations imported from HumHub to club accounts (see README.md here). */
export const handoverPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Handovers],
  })

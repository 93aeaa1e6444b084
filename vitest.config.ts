import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    environment: 'node',
    pool: 'forks',
    // Each file gets its own process and its own CMS database; two cores, so two at a time.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true', PAYLOAD_JOBS_AUTORUN: 'false' },
  },
})

import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { budgets } from './tests/helpers/timeouts'

// The CMS suites run twice: on SQLite (the default, every test) and on PostgreSQL (the production
// database) when a server is at hand: `npm test` starts one through scripts/with-postgres.sh where
// PostgreSQL is installed, as in CI.
const cmsSuites = [
  'tests/cms/**/*.test.ts',
  'tests/selfservice/**/*.test.ts',
  'tests/calendars/**/*.test.ts',
  'tests/publish/**/*.test.ts',
  'tests/production/**/*.test.ts',
  'tests/subscriptions/api.test.ts',
  'tests/subscriptions/claims.test.ts',
  'tests/subscriptions/push.test.ts',
  'tests/humhub/**/*.test.ts',
]
const postgres = Boolean(process.env.POSTGRES_TEST_URL)
if (!postgres) {
  console.log(
    'PostgreSQL-Tests übersprungen: POSTGRES_TEST_URL ist nicht gesetzt (PostgreSQL installieren: apt-get install postgresql; dann npm test).',
  )
}

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts'),
    },
  },
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    environment: 'node',
    pool: 'forks',
    // Each file gets its own process and its own CMS database; two cores, so two at a time.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: budgets.test,
    // A safety net, not a budget: setup that builds the admin (once per run) takes minutes on a busy machine.
    hookTimeout: budgets.setup,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true', PAYLOAD_JOBS_AUTORUN: 'false' },
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite' } },
      },
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: cmsSuites,
                env: { TEST_DATABASE: 'postgres' },
                globalSetup: ['tests/helpers/postgres-template.ts'],
              },
            },
          ]
        : []),
    ],
  },
})

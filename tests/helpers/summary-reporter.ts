import type { Reporter, TestModule } from 'vitest/node'

/** Ends every run with one plain line, "N passed, N failed, N skipped", that CI logs can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of modules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
    }
    // A run without a PostgreSQL server must not read like a full pass (vitest.config.ts).
    const postgres = process.env.POSTGRES_TEST_URL ? '' : '; PostgreSQL project skipped (no server)'
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped${postgres}\n`)
  }
}

// Every wait budget of the tests, in one place. A budget is a safety net, not an expectation:
// each step waits for a state, and a budget only ends a test that hangs. TEST_TIME_SCALE (e.g. 2
// on a very slow CI machine) stretches all of them at once.
const scale = Number(process.env.TEST_TIME_SCALE || 1)
const budget = (ms: number) => Math.round(ms * (Number.isFinite(scale) && scale > 0 ? scale : 1))

export const budgets = {
  /** One test against a running CMS: vitest's default per test. */
  test: budget(60_000),
  /** A test that builds the site, starts processes or drives a browser through many pages. */
  slowTest: budget(300_000),
  /** Setup (beforeAll): may build the admin (once per run), seed, start servers and build the site. */
  setup: budget(900_000),
  /** One admin step in Chromium: the first render of an admin route on a busy machine. */
  adminStep: budget(180_000),
}

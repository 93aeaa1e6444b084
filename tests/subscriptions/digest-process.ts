// A second CMS process on the test's database for the overlapping-runs test: opens the CMS,
// prints "ready", waits for one line with the run's clock (ms), runs one digest and prints its
// counts as one JSON line.
import readline from 'node:readline'

import { createLocalReq } from 'payload'

import { openPayload } from '../../scripts/lib/payload'
import { runDigest } from '../../cms/src/subscriptions/jobs'

const payload = await openPayload()
process.stdout.write('ready\n')
const lines = readline.createInterface({ input: process.stdin })
const [line] = await lines[Symbol.asyncIterator]()
  .next()
  .then((r) => [r.value as string])
const result = await runDigest(await createLocalReq({}, payload), Number(line))
process.stdout.write(`${JSON.stringify(result)}\n`)
lines.close()
process.exit(0)

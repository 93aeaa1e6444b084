// A CMS process of its own (REST API, no admin build) for the multi-process and crash tests: the
// environment chooses database and data folder; prints its URL as one JSON line once it serves.
import { startApiServer } from '../../scripts/lib/api-server'
import { openPayload } from '../../scripts/lib/payload'

const payload = await openPayload()
const api = await startApiServer(payload)
process.stdout.write(`${JSON.stringify({ url: api.url, pid: process.pid })}\n`)
// Ends on SIGTERM even where a library installed its own handler (the test's afterAll waits for it).
process.on('SIGTERM', () => process.exit(0))

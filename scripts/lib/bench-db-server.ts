// Child of scripts/bench-databases.ts: a CMS on the fresh database DATABASE_URI selects, seeded
// with BENCH_COUNTS, serving Payload's REST API; prints one JSON line once it serves.
import { seed } from '../../cms/src/seed/index'
import { startApiServer } from './api-server'
import { openPayload } from './payload'

const counts = JSON.parse(process.env.BENCH_COUNTS ?? '{}') as Record<string, number>
const payload = await openPayload()
const seeded = await seed(payload, { counts })
const api = await startApiServer(payload)
const event = (
  await payload.find({
    collection: 'events',
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
  })
).docs[0]
const docs = Object.values(seeded.created).reduce((sum, n) => sum + n, 0)
process.stdout.write(`${JSON.stringify({ url: api.url, seedMs: seeded.ms, docs, eventId: event?.id })}\n`)
process.on('SIGTERM', () => process.exit(0))

// Child of scripts/bench-databases.ts: a CMS on the fresh database DATABASE_URI selects, seeded
// with BENCH_COUNTS, serving Payload's REST API; prints one JSON line once it serves.
import { seed } from '../../cms/src/seed/index'
import { startApiServer } from './api-server'
import { openPayload } from './payload'

const counts = JSON.parse(process.env.BENCH_COUNTS ?? '{}') as Record<string, number>
const payload = await openPayload()
const seeded = await seed(payload, { counts })
const api = await startApiServer(payload)
// 200 published events spread over the whole table, for reads of many different documents.
const published = await payload.find({
  collection: 'events',
  where: { _status: { equals: 'published' } },
  limit: 0,
  pagination: false,
  depth: 0,
  select: { slug: true },
})
const step = Math.max(1, Math.floor(published.docs.length / 200))
const eventIds = published.docs.filter((_, i) => i % step === 0).map((d) => d.id)
const event = published.docs[0]
const docs = Object.values(seeded.created).reduce((sum, n) => sum + n, 0)
process.stdout.write(
  `${JSON.stringify({ url: api.url, seedMs: seeded.ms, docs, eventId: event?.id, eventIds })}\n`,
)
process.on('SIGTERM', () => process.exit(0))

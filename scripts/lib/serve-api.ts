// A small CMS process without the Next admin: Payload's REST API on PORT (scripts/lib/api-server.ts).
// The supervision test runs it under scripts/lib/platform.ts in place of `next start cms`.
import { setting } from '../../cms/src/config'
import { startApiServer } from './api-server'
import { openPayload } from './payload'

const payload = await openPayload({ cron: false })
const server = await startApiServer(payload, setting('PORT'), process.env.HOST || '127.0.0.1')
console.log(`CMS-API: ${server.url}/api`)

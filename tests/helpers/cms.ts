import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { startApiServer, type ApiServer } from '../../scripts/lib/api-server'
import { openPayload } from '../../scripts/lib/payload'

export type TestCms = { payload: Payload; dataDir: string; api: ApiServer | null; close: () => Promise<void> }

/**
 * A real CMS on a throwaway SQLite file (or on MONGODB_TEST_URI when given), one per test file:
 * vitest isolates modules per file, and DATA_DIR must be set before the config is imported.
 */
export async function startTestCms(options: { api?: boolean; name?: string } = {}): Promise<TestCms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `nb-${options.name ?? 'test'}-`))
  process.env.DATA_DIR = dataDir
  if (process.env.MONGODB_TEST_URI) {
    const base = process.env.MONGODB_TEST_URI.replace(/\/[^/?]*(\?|$)/, `/${path.basename(dataDir)}$1`)
    process.env.DATABASE_URI = base
  } else {
    delete process.env.DATABASE_URI
  }
  const payload = await openPayload()
  const api = options.api ? await startApiServer(payload) : null
  return {
    payload,
    dataDir,
    api,
    close: async () => {
      await api?.close()
      if (process.env.MONGODB_TEST_URI) await payload.db.connection?.dropDatabase?.()
      await payload.destroy?.()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Logs in through the REST API and returns the JWT for an Authorization header. */
export async function login(api: ApiServer, email: string, password: string): Promise<string> {
  const res = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; errors?: unknown }
  if (!body.token) throw new Error(`Login failed for ${email}: ${res.status} ${JSON.stringify(body)}`)
  return body.token
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { startApiServer, type ApiServer } from '../../scripts/lib/api-server'
import { openPayload } from '../../scripts/lib/payload'
import { createTestDatabase, testDatabase } from './databases'

export type TestCms = { payload: Payload; dataDir: string; api: ApiServer | null; close: () => Promise<void> }

/**
 * A real CMS on a throwaway database, one per test file: a SQLite file in its data folder, or (in
 * the vitest project "postgres", or with MONGODB_TEST_URI) a database of its own on that server,
 * created here and dropped on close. vitest isolates modules per file, and DATA_DIR and
 * DATABASE_URI must be set before the config is imported.
 */
export async function startTestCms(options: { api?: boolean; name?: string } = {}): Promise<TestCms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `nb-${options.name ?? 'test'}-`))
  process.env.DATA_DIR = dataDir
  const database = await createTestDatabase(testDatabase(), path.basename(dataDir))
  if (database.uri) process.env.DATABASE_URI = database.uri
  else delete process.env.DATABASE_URI
  const payload = await openPayload()
  const api = options.api ? await startApiServer(payload) : null
  return {
    payload,
    dataDir,
    api,
    close: async () => {
      await api?.close()
      await payload.destroy?.()
      await database.drop(payload)
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

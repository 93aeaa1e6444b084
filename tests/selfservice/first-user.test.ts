import { afterAll, beforeAll, expect, it } from 'vitest'

import { login, startTestCms, type TestCms } from '../helpers/cms'
import { call, password } from './fixtures'

/** Accounts default to the least privilege, except the very first one, which must run the rest. */

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'first-user' })
})
afterAll(async () => cms?.close())

it('makes the account from the welcome screen an admin, and later accounts club accounts by default', async () => {
  const first = await call(cms, 'POST', '/api/users/first-register', undefined, {
    email: 'erste@example.org',
    password,
  })
  expect(first.status).toBe(200)
  expect(first.body.user.role).toBe('admin')

  const again = await call(cms, 'POST', '/api/users/first-register', undefined, {
    email: 'zweite@example.org',
    password,
  })
  expect(again.status).toBe(403)

  const adminToken = await login(cms.api!, 'erste@example.org', password)
  const editor = await call(cms, 'POST', '/api/users', adminToken, {
    email: 'redaktion@example.org',
    password,
    role: 'editor',
  })
  expect(editor.body.doc.role).toBe('editor')
  const editorToken = await login(cms.api!, 'redaktion@example.org', password)
  const club = await call(cms, 'POST', '/api/users', editorToken, { email: 'verein@example.org', password })
  expect(club.status).toBe(201)
  expect(club.body.doc.role).toBe('association')
})

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { chooseDatabase } from './database'

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  // Schema push keeps the SQLite file in step with the model whenever a non-production process
  // opens it (seed, tests, dev); `npm start` always runs that step before the server starts.
  // No transactions on SQLite (Payload's default there): a transaction that waits on real I/O
  // (image resizing, mail, a webhook) holds the file's write lock, and every other save in the same
  // process then fails at once with SQLITE_BUSY (tests/cms/content-model.test.ts shows it). Code
  // that must not leave half its writes undoes them itself (e.g. the calendar import, the account
  // approval); MongoDB in production uses its own transactions.
  return sqliteAdapter({ client: { url: choice.url } })
}

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { chooseDatabase } from './database'

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  // Schema push keeps the SQLite file in step with the model whenever a non-production process
  // opens it (seed, tests, dev); `npm start` always runs that step before the server starts.
  return sqliteAdapter({ client: { url: choice.url } })
}

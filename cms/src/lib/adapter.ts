import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { chooseDatabase } from './database'

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  // Schema push keeps the SQLite file in step with the model whenever a non-production process
  // opens it (seed, tests, dev); `npm start` always runs that step before the server starts.
  // Transactions are off by default in Payload's SQLite adapter; without them a save whose later
  // hook fails would leave half its writes behind.
  return sqliteAdapter({ client: { url: choice.url }, transactionOptions: {} })
}

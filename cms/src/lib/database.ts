import path from 'node:path'

import { dataDir } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export type DatabaseChoice = { kind: DatabaseKind; url: string }

/**
 * Picks the database adapter from DATABASE_URI. Kept free of adapter imports so the decision can
 * be tested on its own and the MongoDB driver is only loaded where it is used.
 */
export function chooseDatabase(uri = process.env.DATABASE_URI): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'payload.db')}` }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    return { kind: 'sqlite', url: `file:${path.isAbsolute(file) ? file : path.resolve(dataDir(), '..', file)}` }
  }
  throw new Error(
    `DATABASE_URI wird nicht unterstützt: "${value.split('@').pop()}". ` +
      'Erlaubt sind mongodb://…, mongodb+srv://… oder file:… (eingebettete SQLite-Datenbank).',
  )
}

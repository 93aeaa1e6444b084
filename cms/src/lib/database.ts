import path from 'node:path'

import { setting } from '../config'
import { dataDir } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseChoice = { kind: DatabaseKind; url: string }

/**
 * Picks the database adapter from DATABASE_URI. Kept free of adapter imports so the decision can
 * be tested on its own and each driver is only loaded where it is used.
 */
export function chooseDatabase(uri = setting('DATABASE_URI')): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'payload.db')}` }
  }
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) {
    return { kind: 'postgres', url: value }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    return {
      kind: 'sqlite',
      url: `file:${path.isAbsolute(file) ? file : path.resolve(dataDir(), '..', file)}`,
    }
  }
  throw new Error(
    `DATABASE_URI wird nicht unterstützt: "${redact(value)}". ` +
      'Erlaubt sind postgres://… oder postgresql://… (PostgreSQL), mongodb://… oder mongodb+srv://… (MongoDB) ' +
      'und file:… (eingebettete SQLite-Datenbank).',
  )
}

/** The URI without user and password, for messages and logs. */
export function redact(uri: string): string {
  return uri.split('@').pop() ?? ''
}

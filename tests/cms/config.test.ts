import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../cms/src/lib/adapter'
import { chooseDatabase } from '../../cms/src/lib/database'
import { ConfigurationError, resolveSecret } from '../../cms/src/lib/secret'

describe('database adapter choice', () => {
  it('uses the embedded SQLite file under DATA_DIR by default', () => {
    const choice = chooseDatabase(undefined)
    expect(choice.kind).toBe('sqlite')
    expect(choice.url).toMatch(/^file:.*payload\.db$/)
    expect(databaseAdapter(undefined).name).toBe('sqlite')
  })

  it('picks MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    for (const uri of ['mongodb://db.internal:27017/nb', 'mongodb+srv://user:pw@cluster.example.net/nb']) {
      expect(chooseDatabase(uri)).toEqual({ kind: 'mongodb', url: uri })
      expect(databaseAdapter(uri).name).toBe('mongoose')
    }
  })

  it('picks PostgreSQL for postgres:// and postgresql:// URIs', () => {
    for (const uri of [
      'postgres://nb:geheim@db.internal:5432/nb',
      'postgresql://db.internal/nb?sslmode=require',
    ]) {
      expect(chooseDatabase(uri)).toEqual({ kind: 'postgres', url: uri })
      const adapter = databaseAdapter(uri)
      expect(adapter.name).toBe('postgres')
    }
  })

  it('accepts file: URIs and rejects anything else with a German message that hides the password', () => {
    expect(chooseDatabase('file:/tmp/x/nb.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x/nb.db' })
    expect(() => chooseDatabase('mysql://user:geheim@host/db')).toThrow(
      /DATABASE_URI wird nicht unterstützt: "host\/db"/,
    )
    expect(() => chooseDatabase('mysql://user:geheim@host/db')).not.toThrow(/geheim/)
  })
})

describe('secret', () => {
  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(ConfigurationError)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc' } as NodeJS.ProcessEnv)).toBe('abc')
  })

  it('generates a local secret once in development and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-secret-'))
    const previous = process.env.DATA_DIR
    process.env.DATA_DIR = dir
    try {
      const a = resolveSecret({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)
      const b = resolveSecret({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)
      expect(a).toMatch(/^[0-9a-f]{64}$/)
      expect(b).toBe(a)
      expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o777).toBe(0o600)
    } finally {
      process.env.DATA_DIR = previous
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops `npm start` in production without a secret with a clear message, not a stack trace', () => {
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'nb-prod-')),
    } as NodeJS.ProcessEnv
    const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('PAYLOAD_SECRET fehlt')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { chooseDatabase } from '../../cms/src/lib/database'
import { uploadsDir } from '../../cms/src/lib/paths'

/**
 * A backup is a folder: the database (`payload.db`, a consistent copy made with VACUUM INTO while
 * the CMS runs; or `payload.dump`, pg_dump's custom format) and `media/` with every upload.
 */
export function backup(target: string): { database: string; files: number } {
  if (fs.existsSync(target) && fs.readdirSync(target).length)
    throw new Error(`Das Sicherungsziel ${target} ist nicht leer.`)
  fs.mkdirSync(target, { recursive: true })
  const { kind, url } = chooseDatabase()
  let database: string
  if (kind === 'sqlite') {
    database = path.join(target, 'payload.db')
    const db = new DatabaseSync(url.slice('file:'.length), { readOnly: true })
    try {
      db.prepare('VACUUM INTO ?').run(database)
    } finally {
      db.close()
    }
  } else if (kind === 'postgres') {
    database = path.join(target, 'payload.dump')
    execFileSync('pg_dump', ['--format=custom', '--no-owner', '--file', database, url], { stdio: 'inherit' })
  } else {
    throw new Error('Für MongoDB bitte mongodump verwenden; npm run backup kennt SQLite und PostgreSQL.')
  }
  const media = uploadsDir()
  let files = 0
  if (fs.existsSync(media)) {
    fs.cpSync(media, path.join(target, 'media'), { recursive: true })
    files = fs.readdirSync(media, { recursive: true }).length
  }
  return { database, files }
}

/** Restores a backup folder into the configured database (which must be empty) and DATA_DIR. */
export function restore(source: string): void {
  const { kind, url } = chooseDatabase()
  if (kind === 'sqlite') {
    const file = url.slice('file:'.length)
    if (fs.existsSync(file))
      throw new Error(`Es gibt schon eine Datenbank unter ${file}; bitte zuerst verschieben.`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.copyFileSync(path.join(source, 'payload.db'), file)
  } else if (kind === 'postgres') {
    // --single-transaction: a restore that fails midway leaves the database as empty as before.
    execFileSync(
      'pg_restore',
      [
        '--no-owner',
        '--single-transaction',
        '--exit-on-error',
        '--dbname',
        url,
        path.join(source, 'payload.dump'),
      ],
      { stdio: 'inherit' },
    )
  } else {
    throw new Error('Für MongoDB bitte mongorestore verwenden.')
  }
  const media = path.join(source, 'media')
  if (fs.existsSync(media))
    fs.cpSync(media, uploadsDir(), { recursive: true, errorOnExist: true, force: false })
}

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '../config'
import { dataDir } from './paths'

export { ConfigurationError } from '../config'

/**
 * Production must bring its own secret: a generated one would silently change between hosts and
 * log everybody out. Development gets a random secret stored beside the database so sessions
 * survive restarts without anyone having to configure anything.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET fehlt. Im Produktivbetrieb muss PAYLOAD_SECRET als Umgebungsvariable gesetzt sein ' +
        '(mindestens 32 zufällige Zeichen, z. B. erzeugt mit: openssl rand -hex 32).',
    )
  }
  return localSecret('.payload-secret')
}

/** A random secret generated once and kept beside the database (owner-readable only). */
export function localSecret(name: string): string {
  const file = path.join(dataDir(), name)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

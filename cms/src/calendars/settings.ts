/**
 * Plain-http feeds and loopback addresses exist only for tests and local development, switched on
 * explicitly with CALENDAR_FEEDS_ALLOW_LOCAL=true; production ignores the switch.
 */
export function allowLocalFeeds(env: NodeJS.ProcessEnv = serverEnv()): boolean {
  return env.CALENDAR_FEEDS_ALLOW_LOCAL === 'true' && env.NODE_ENV !== 'production'
}

// Field validation may also run in the admin's browser bundle, where there is no process.
const serverEnv = (): NodeJS.ProcessEnv =>
  typeof process !== 'undefined' && process.env ? process.env : ({} as NodeJS.ProcessEnv)

export const feedLimits = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 3,
  /** How far ahead recurring events are expanded. */
  horizonMonths: 6,
  /** A feed with more upcoming dates than this is rejected rather than flooding the calendar. */
  maxOccurrences: 1500,
  /** Entries (VEVENT) a feed may hold at all, past ones included; counted before parsing. */
  maxEntries: 5000,
  /** Time budget for parsing one feed (in a worker thread, ./parseInWorker.ts). */
  parseTimeoutMs: 10_000,
}

/** Checks a feed address as typed by an editor; returns a German message or true. */
export function validateFeedUrl(value: unknown, env: NodeJS.ProcessEnv = serverEnv()): true | string {
  if (typeof value !== 'string' || !value.trim()) return 'Bitte geben Sie die Adresse des Kalenders an.'
  let url: URL
  try {
    url = new URL(value.trim().replace(/^webcals?:\/\//i, 'https://'))
  } catch {
    return 'Das ist keine gültige Internetadresse. Sie beginnt mit https://'
  }
  if (url.username || url.password) return 'Bitte geben Sie die Adresse ohne Benutzername und Passwort an.'
  if (url.protocol === 'https:') return true
  if (
    url.protocol === 'http:' &&
    allowLocalFeeds(env) &&
    ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  )
    return true
  return 'Aus Sicherheitsgründen sind nur verschlüsselte Adressen erlaubt (https://…).'
}

/** webcal:// is what "subscribe" buttons hand out; it means https. */
export function normaliseFeedUrl(value: string): string {
  return value.trim().replace(/^webcals?:\/\//i, 'https://')
}

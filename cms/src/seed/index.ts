import type { Payload } from 'payload'

import { setting } from '../config'
import { associations as baseAssociations } from './data/associations'
import { accessibilityStatement } from './data/accessibility'
import { settingsTranslations } from './data/translations'
import { seedDirectory } from './directory'
import { seedEasyLanguage } from './easyLanguage'
import { seedOffers } from './offers'
import { context, seedWriter, type SeedProgress, type SeedWriter } from './writer'
import { refreshPlannerStats } from '../lib/plannerStats'

export type SeedCounts = { associations: number; events: number; opportunities: number; news: number }
export const baseCounts: SeedCounts = {
  associations: baseAssociations.length,
  events: 60,
  opportunities: 20,
  news: 12,
}

export type SeedOptions = {
  /** Multiplies the demo counts (benchmarks); extra entries are generated deterministically. */
  scale?: number
  /** Exact counts, overriding scale (e.g. a city-scale benchmark dataset). */
  counts?: Partial<SeedCounts>
  log?: (message: string) => void
  /** After every association, event, offer and news item (scripts/seed.ts draws a progress bar). */
  progress?: SeedProgress
  now?: Date
}

export type SeedResult = { created: Record<string, number>; skipped: number; ms: number }

export const demoAccounts = () => ({
  admin: {
    email: setting('SEED_ADMIN_EMAIL'),
    password: setting('SEED_ADMIN_PASSWORD'),
  },
  editor: { email: 'redaktion@example.org', password: 'Tollensesee-Demo-2026' },
  club: {
    email: 'verein@example.org',
    password: 'Ruderboot-am-See-2026',
    association: 'ruderclub-tollensesee-1921',
  },
})

/**
 * Fills an empty database with fictional Neubrandenburg content. Every document is looked up by
 * its slug first, so running it again changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const scale = Math.max(1, options.scale ?? 1)
  const counts: SeedCounts = {
    associations: Math.round(baseCounts.associations * scale),
    events: Math.round(baseCounts.events * scale),
    opportunities: Math.round(baseCounts.opportunities * scale),
    news: Math.round(baseCounts.news * scale),
    ...options.counts,
  }
  const restoreDurability = await bulkLoadDurability(payload)
  try {
    return await seedAll(payload, options, { counts, log, started })
  } finally {
    await restoreDurability()
  }
}

/**
 * SQLite commits every statement of the seed on its own (no transactions there, adapter.ts), and
 * with `synchronous = FULL` each commit waits for the disk: 75 % of a city-scale seed's time was
 * spent in those waits (CPU profile). The seed is a bulk load that can be run again (it continues
 * where it stopped), so it writes with `synchronous = NORMAL`, which in WAL mode keeps the file
 * consistent and loses at most the last commits to a power cut, and then restores the setting.
 */
async function bulkLoadDurability(payload: Payload): Promise<() => Promise<void>> {
  const db = payload.db as unknown as {
    name?: string
    client?: { execute: (sql: string) => Promise<{ rows: unknown[] }> }
  }
  const client = db.client
  if (db.name !== 'sqlite' || !client) return async () => {}
  const row = (await client.execute('PRAGMA synchronous')).rows[0] as Record<string, unknown> | unknown[]
  const before = Number(Array.isArray(row) ? row[0] : Object.values(row ?? {})[0])
  await client.execute('PRAGMA synchronous = NORMAL')
  return async () => {
    if (Number.isInteger(before)) await client.execute(`PRAGMA synchronous = ${before}`)
  }
}

async function seedAll(
  payload: Payload,
  options: SeedOptions,
  { counts, log, started }: { counts: SeedCounts; log: (message: string) => void; started: number },
): Promise<SeedResult> {
  const writer = seedWriter(payload, log, options.progress)
  const accounts = demoAccounts()
  const now = options.now ?? new Date()
  const directory = await seedDirectory(payload, writer, { accounts, associations: counts.associations, log })
  await seedOffers(writer, directory, { counts, baseEvents: baseCounts.events, now, log })
  await seedEasyLanguage(payload, writer)
  await seedSettings(payload, writer, now)
  // A bulk load: fresh planner statistics, or SQLite plans list reads for empty tables.
  await refreshPlannerStats(payload)
  return { created: writer.created, skipped: writer.skipped(), ms: Date.now() - started }
}

/** The site settings, once; databases seeded before the accessibility statement had fields get it once. */
async function seedSettings(payload: Payload, w: SeedWriter, now: Date) {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
  if (!settings.intro) {
    await payload.updateGlobal({
      slug: 'settings',
      context,
      data: {
        siteName: 'Unser Neubrandenburg',
        intro:
          'Vereine, Ehrenamt und Veranstaltungen in Neubrandenburg – und der Weg zur Bürgerbeteiligung der Stadt.',
        participation: { url: 'https://p26.digital', showTeaser: true, teaserCount: 3 },
        cityWebsiteUrl: 'https://www.neubrandenburg.de',
        contact: {
          name: 'Stadtredaktion Unser Neubrandenburg',
          email: 'redaktion@neubrandenburg.example',
          phone: '0395 555-0000',
          address: 'Friedrich-Engels-Ring 53\n17033 Neubrandenburg',
        },
        footerLinks: [
          { label: 'Impressum', url: '/seiten/impressum' },
          { label: 'Datenschutz', url: '/seiten/datenschutz' },
          { label: 'Barrierefreiheit', url: '/seiten/barrierefreiheit' },
          { label: 'Leichte Sprache', url: '/leichte-sprache/' },
        ],
        accessibility: accessibilityStatement(now),
      },
    })
    await payload.updateGlobal({
      slug: 'settings',
      locale: 'en',
      context,
      data: {
        intro:
          'Clubs, volunteering and events in Neubrandenburg – and the way to the city’s citizen participation.',
      },
    })
    // Ukrainian and Arabic: the intro and the footer's labels (the links' rows keep their ids).
    const saved = await payload.findGlobal({ slug: 'settings', depth: 0 })
    for (const locale of ['uk', 'ar'] as const) {
      const tr = settingsTranslations[locale]
      const footerLinks = (saved.footerLinks ?? []).map((l, n) => ({
        id: l.id,
        url: l.url,
        label: tr.footer[n] ?? l.label,
      }))
      await payload.updateGlobal({
        slug: 'settings',
        locale,
        context,
        data: { intro: tr.intro, footerLinks },
      })
    }
    w.count('settings')
  } else if (!settings.accessibility?.preparedOn) {
    // Databases seeded before the statement became structured fields get the demo statement once.
    await payload.updateGlobal({
      slug: 'settings',
      context,
      data: { accessibility: accessibilityStatement(now) },
    })
    w.count('settings')
  } else {
    w.skip()
  }
}

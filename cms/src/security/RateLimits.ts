import type { CollectionConfig } from 'payload'

/**
 * Counters of the shared rate limits (security/limiter.ts) on SQL databases (SQLite, PostgreSQL):
 * one row per limited key, so limits hold across CMS instances. A Payload collection, so that the
 * table is part of Payload's schema (schema push and migrations create it; push would drop a
 * table it does not know). Keys hold a hash of the client address, never the address itself.
 * Nobody reads or writes it over the API; MongoDB uses rate-limiter-flexible's own collection.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  dbName: 'rate_limits',
  labels: { singular: 'Zähler', plural: 'Zähler (Anfragelimits)' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true },
    // Milliseconds since 1970 (a number, so SQLite and PostgreSQL compare it the same way).
    { name: 'expire', type: 'number', index: true },
  ],
}

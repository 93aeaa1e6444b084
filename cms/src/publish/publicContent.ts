// The collections and globals the public site is built from: the one list the CMS's rebuild
// trigger, the site's snapshot, its URL sections and the Pagefind index all derive from.
// No imports, so astro.config.mjs and the site can load it without Payload.

/**
 * The collections anonymous readers see on the site. Others, such as account requests that
 * anonymous visitors create, must never trigger a rebuild.
 */
export const PUBLIC_COLLECTIONS = [
  'associations',
  'events',
  'opportunities',
  'news',
  'pages',
  'topics',
  'districts',
] as const
export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]

/** The globals the site reads. */
export const PUBLIC_GLOBALS = ['settings'] as const
export type PublicGlobal = (typeof PUBLIC_GLOBALS)[number]

export const isPublicCollection = (slug: string): slug is PublicCollection =>
  (PUBLIC_COLLECTIONS as readonly string[]).includes(slug)

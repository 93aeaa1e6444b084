import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { staffOnly } from './roles'

/** Access for every public content collection: read published, write as city staff. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  delete: staffOnly,
}

/** Drafts, version history and scheduled publishing (the jobs runner publishes on time). */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

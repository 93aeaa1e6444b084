import type { TaskConfig } from 'payload'

import { calendarFeedsSlug, importTaskSlug } from './CalendarFeeds'
import { importFeed } from './importFeed'

/**
 * Imports one feed (queued when an editor saves a feed) or all active feeds (hourly schedule, run
 * by the CMS's jobs autoRun on the default queue). A bad feed is recorded on the feed and does not
 * fail the job: retrying would only repeat the same error every minute.
 */
export const importCalendarFeedsTask: TaskConfig = {
  slug: importTaskSlug,
  label: 'Vereinskalender übernehmen',
  inputSchema: [{ name: 'feed', type: 'text' }],
  outputSchema: [{ name: 'summary', type: 'text' }],
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const requested = (input as { feed?: string | number | null } | undefined)?.feed
    let ids: (string | number)[]
    if (requested != null && requested !== '') {
      ids = [requested]
    } else {
      const feeds = await payload.find({
        collection: calendarFeedsSlug,
        where: { active: { equals: true } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      ids = feeds.docs.map((doc) => doc.id)
    }
    const lines: string[] = []
    for (const id of ids) {
      const result = await importFeed(payload, id)
      lines.push(
        result.ok ? `Kalender ${id}: ${result.total} Termine` : `Kalender ${id}: Fehler – ${result.error}`,
      )
    }
    return { output: { summary: lines.join('\n') || 'Keine aktiven Kalender.' } }
  },
}

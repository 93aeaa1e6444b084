import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

import { CalendarFeeds } from './CalendarFeeds'
import { importedEventFields, unpublishBlocked } from './eventFields'
import { importCalendarFeedsTask } from './task'

/**
 * Imported club calendars: adds the feed collection, the import fields and the blocking hook to
 * the events collection (appended, so Events.ts stays as its authors keep it), and registers the
 * scheduled import task.
 */
export const calendarsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug !== 'events') return collection
      return {
        ...collection,
        fields: [...collection.fields, ...importedEventFields],
        hooks: {
          ...collection.hooks,
          beforeOperation: [
            ...(collection.hooks?.beforeOperation ?? []),
            unpublishBlocked as CollectionBeforeOperationHook,
          ],
        },
      }
    })
    if (!collections.some((c) => c.slug === 'events'))
      throw new Error('calendarsPlugin: die Sammlung „events“ fehlt.')
    return {
      ...config,
      collections: [...collections, CalendarFeeds],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), importCalendarFeedsTask],
      },
    }
  }

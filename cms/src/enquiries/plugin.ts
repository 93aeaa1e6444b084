import type { Config, Field, Plugin } from 'payload'

import { retentionDefaultDays } from './deliver'
import { Enquiries } from './Enquiries'
import { enquiryTasks } from './jobs'

/** The retention period in the settings global (Einstellungen), appended so Settings.ts stays as it is. */
const settingsFields: Field[] = [
  {
    name: 'enquiries',
    type: 'group',
    label: 'Anfragen an Vereine',
    fields: [
      {
        name: 'retentionDays',
        type: 'number',
        label: 'Abgeschlossene Anfragen löschen nach (Tagen)',
        defaultValue: retentionDefaultDays,
        min: 7,
        max: 730,
        admin: {
          description:
            'Datenschutz: „Erledigt“ oder „Abgelehnt“ gesetzte Anfragen werden nach dieser Frist automatisch gelöscht.',
        },
      },
    ],
  },
]

/**
 * Citizens' enquiries to offers and associations: the collection (with the public form endpoint),
 * the reminder, escalation and retention tasks, and the retention setting.
 */
export const enquiriesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Enquiries],
    globals: (config.globals ?? []).map((global) =>
      global.slug === 'settings' ? { ...global, fields: [...global.fields, ...settingsFields] } : global,
    ),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...enquiryTasks] },
  })

import type { GlobalConfig, Payload } from 'payload'

import { staffOnly } from '../access/roles'
import { buildReportEndpoint } from './report'
import { PUBLISH_STATUS_SLUG } from './settings'

const readOnly = { readOnly: true } as const
const dateAdmin = {
  ...readOnly,
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm:ss' },
} as const

/**
 * Where editors see whether their published changes reached the website. Only the pipeline writes
 * it (Local API with overrideAccess); nobody can edit it through the admin or REST.
 */
export const PublishStatus: GlobalConfig = {
  slug: PUBLISH_STATUS_SLUG,
  label: 'Veröffentlichung / Website-Status',
  admin: {
    group: 'Verwaltung',
    description:
      'Zeigt, ob Ihre veröffentlichten Änderungen an die Website übermittelt wurden. Nach dem Veröffentlichen ' +
      'wird die Website automatisch neu erstellt, meist innerhalb weniger Sekunden. Diese Angaben werden automatisch gesetzt.',
  },
  access: { read: staffOnly, update: () => false },
  endpoints: [buildReportEndpoint],
  fields: [
    {
      name: 'state',
      type: 'select',
      label: 'Zustand',
      defaultValue: 'idle',
      options: [
        { label: 'Keine Änderungen offen', value: 'idle' },
        { label: 'Änderungen werden gesammelt und gleich übermittelt', value: 'pending' },
        { label: 'Übermittelt – die Website wird neu erstellt', value: 'success' },
        { label: 'Fehler – neuer Versuch folgt automatisch', value: 'retrying' },
        { label: 'Fehler – bitte technische Betreuung informieren', value: 'failed' },
        {
          label: 'Kein Ziel eingerichtet – die Website wird nicht automatisch aktualisiert',
          value: 'unconfigured',
        },
      ],
      admin: readOnly,
    },
    { name: 'message', type: 'textarea', label: 'Letzte Meldung', admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'lastChangeAt', type: 'date', label: 'Letzte öffentliche Änderung', admin: dateAdmin },
        { name: 'lastAttemptAt', type: 'date', label: 'Letzter Übermittlungsversuch', admin: dateAdmin },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lastSuccessAt', type: 'date', label: 'Zuletzt erfolgreich übermittelt', admin: dateAdmin },
        { name: 'nextAttemptAt', type: 'date', label: 'Nächster Versuch', admin: dateAdmin },
      ],
    },
    { name: 'lastErrorAt', type: 'date', label: 'Letzter Fehler am', admin: dateAdmin },
    { name: 'lastError', type: 'textarea', label: 'Letzter Fehler', admin: readOnly },
    { name: 'lastChanges', type: 'textarea', label: 'Zuletzt übermittelte Änderungen', admin: readOnly },
    {
      type: 'collapsible',
      label: 'Website (Meldung nach dem Neubau)',
      admin: {
        description:
          'Der Build-Server oder Netlify (falls eingerichtet) meldet hier, wann die Website zuletzt neu erstellt wurde. ' +
          'Schlägt ein Neubau fehl, bleibt die bisherige Fassung der Website online.',
      },
      fields: [
        {
          name: 'siteState',
          type: 'select',
          label: 'Website',
          options: [
            { label: 'Aktuell – der letzte Neubau war erfolgreich', value: 'live' },
            { label: 'Aktuell – aber einzelne Dokumente wurden ausgelassen (siehe unten)', value: 'partial' },
            { label: 'Neubau fehlgeschlagen – die bisherige Fassung ist weiter online', value: 'failed' },
          ],
          admin: readOnly,
        },
        {
          type: 'row',
          fields: [
            { name: 'siteUpdatedAt', type: 'date', label: 'Website zuletzt aktualisiert', admin: dateAdmin },
            { name: 'siteErrorAt', type: 'date', label: 'Letzter fehlgeschlagener Neubau', admin: dateAdmin },
          ],
        },
        { name: 'siteBuild', type: 'text', label: 'Build', admin: readOnly },
        { name: 'siteError', type: 'textarea', label: 'Fehlermeldung des Neubaus', admin: readOnly },
        {
          name: 'siteSkippedList',
          type: 'ui',
          admin: { components: { Field: '/publish/SkippedDocuments#SkippedDocuments' } },
        },
        {
          // Written by the build report (./report.ts); shown with links by the field above.
          name: 'siteSkipped',
          type: 'array',
          label: 'Beim letzten Neubau ausgelassen',
          admin: { ...readOnly, hidden: true },
          fields: [
            { name: 'collection', type: 'text' },
            { name: 'docId', type: 'text' },
            { name: 'title', type: 'text' },
            { name: 'reason', type: 'textarea' },
          ],
        },
      ],
    },
  ],
}

export type PublishStatusData = {
  state?: 'idle' | 'pending' | 'success' | 'retrying' | 'failed' | 'unconfigured'
  message?: string | null
  lastChangeAt?: string | null
  lastAttemptAt?: string | null
  lastSuccessAt?: string | null
  nextAttemptAt?: string | null
  lastErrorAt?: string | null
  lastError?: string | null
  lastChanges?: string | null
}

/** Writes the status; a failure here is logged and swallowed: it must never fail a save or a delivery. */
export async function writeStatus(
  payload: Payload,
  data: PublishStatusData,
  req?: Parameters<Payload['updateGlobal']>[0]['req'],
) {
  try {
    await payload.updateGlobal({ slug: PUBLISH_STATUS_SLUG, data, overrideAccess: true, depth: 0, req })
  } catch (error) {
    payload.logger.warn({ err: error }, 'Veröffentlichungsstatus konnte nicht gespeichert werden')
  }
}

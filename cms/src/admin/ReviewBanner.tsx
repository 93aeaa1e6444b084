'use client'
import { useAuth, useFormFields } from '@payloadcms/ui'

import { formatDateTime } from './format'

/**
 * Where an entry stands in the editorial review, in the document header: "In Prüfung seit …"
 * after a club submitted it, the editors' note when they sent it back. Reads the form's own
 * values, so it changes with the server's answer to a save, without a reload.
 */
export function ReviewBanner() {
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.reviewStatus?.value)
  const comment = useFormFields(([fields]) => fields.reviewComment?.value)
  const since = useFormFields(([fields]) => fields.reviewSubmittedAt?.value)
  const staff = user?.role === 'admin' || user?.role === 'editor'

  if (status === 'submitted') {
    const when = formatDateTime(since)
    return (
      <p className="nb-review-banner nb-review-banner--waiting" role="status">
        <strong>{when ? `In Prüfung seit ${when}` : 'In Prüfung'}</strong>
        {staff
          ? ' – bitte prüfen und veröffentlichen oder mit Hinweis zurückgeben.'
          : ' – die bisherige Fassung bleibt bis zur Freigabe online.'}
      </p>
    )
  }
  if (status === 'changesRequested') {
    return (
      <div className="nb-review-banner nb-review-banner--returned" role="status">
        <strong>Von der Redaktion zurückgegeben</strong>
        {typeof comment === 'string' && comment.trim() ? (
          <p>Hinweis der Redaktion: „{comment.trim()}“</p>
        ) : null}
        {staff ? null : <p>Bitte überarbeiten Sie den Eintrag und reichen Sie ihn erneut zur Prüfung ein.</p>}
      </div>
    )
  }
  return null
}

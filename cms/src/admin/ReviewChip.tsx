'use client'
import { useFormFields } from '@payloadcms/ui'

import { formatDateTime } from './format'

/** Short review state beside Payload's status in the document header. */
export function ReviewChip() {
  const status = useFormFields(([fields]) => fields.reviewStatus?.value)
  const since = useFormFields(([fields]) => fields.reviewSubmittedAt?.value)
  if (status === 'submitted') {
    const when = formatDateTime(since)
    return <span className="nb-review-chip">{when ? `In Prüfung seit ${when}` : 'In Prüfung'}</span>
  }
  if (status === 'changesRequested')
    return <span className="nb-review-chip nb-review-chip--returned">Zurückgegeben</span>
  return null
}

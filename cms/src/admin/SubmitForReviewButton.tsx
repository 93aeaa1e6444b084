'use client'
import { FormSubmit, useConfig, useDocumentInfo, useForm, useFormModified, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'

/**
 * "Zur Prüfung einreichen" for club members. It sends the same request as Payload's publish
 * button (status "published"); the server stores it as a draft in review and answers with the
 * message the toast shows. Unlike Payload's button it does not mark the document as published in
 * the header, because nothing went live.
 */
export function SubmitForReviewButton() {
  const { id, collectionSlug, hasPublishPermission, unpublishedVersionCount, hasPublishedDoc, uploadStatus } =
    useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  // Submitting again without a change is allowed while the latest version is an unreviewed draft.
  const canSubmit =
    hasPublishPermission &&
    (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) &&
    uploadStatus !== 'uploading'

  const onClick = useCallback(async () => {
    if (!collectionSlug || uploadStatus === 'uploading') return
    const query = new URLSearchParams({ depth: '0', locale })
    await submit({
      action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}?${query}` }),
      overrides: { _status: 'published' },
    })
  }, [api, collectionSlug, id, locale, submit, uploadStatus])

  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      disabled={!canSubmit}
      onClick={onClick}
      size="medium"
      type="button"
    >
      Zur Prüfung einreichen
    </FormSubmit>
  )
}

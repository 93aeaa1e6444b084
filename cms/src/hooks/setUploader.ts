import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who uploaded a file; set by the server, never by the request. */
export const setUploader: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') return { ...data, uploadedBy: req.user?.id ?? null }
  return { ...data, uploadedBy: originalDoc?.uploadedBy ?? null }
}

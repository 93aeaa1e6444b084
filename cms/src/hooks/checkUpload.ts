import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const maxUploadBytes = 10 * 1024 * 1024
export const allowedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf']

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })

/**
 * Rejects unsuitable files before Payload stores anything, with a message an editor can act on.
 * Payload's own mimeTypes check (by file content) still runs afterwards and catches renamed files.
 */
export const checkUpload: CollectionBeforeOperationHook<'media'> = ({ req, operation }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file) return
  if (!allowedMimeTypes.includes(file.mimetype)) {
    throw new APIError(
      `Die Datei „${file.name}“ hat ein nicht erlaubtes Format (${file.mimetype || 'unbekannt'}). ` +
        'Erlaubt sind Bilder (JPEG, PNG, WebP, GIF, AVIF) und PDF-Dokumente.',
      400,
      undefined,
      true,
    )
  }
  if (file.size > maxUploadBytes) {
    throw new APIError(
      `Die Datei „${file.name}“ ist ${megabytes(file.size)} MB groß. Erlaubt sind höchstens ${megabytes(maxUploadBytes)} MB.`,
      413,
      undefined,
      true,
    )
  }
}

import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

export const maxUploadBytes = 10 * 1024 * 1024
export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'application/pdf',
]
/** Videos in German Sign Language (collections/SignVideos.ts) are the only place MP4 is accepted. */
export const signVideoMimeTypes = ['video/mp4']

const megabytes = (bytes: number) =>
  (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })

/**
 * Rejects unsuitable files before Payload stores anything, with a message an editor can act on.
 * Payload's own mimeTypes check (by file content) still runs afterwards and catches renamed files.
 */
const uploadCheck =
  <S extends CollectionSlug>(allowed: string[], allowedText: string): CollectionBeforeOperationHook<S> =>
  ({ req, operation }) => {
    if (operation !== 'create' && operation !== 'update') return
    const file = req.file
    if (!file) return
    if (!allowed.includes(file.mimetype)) {
      throw new APIError(
        `Die Datei „${file.name}“ hat ein nicht erlaubtes Format (${file.mimetype || 'unbekannt'}). ${allowedText}`,
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

export const checkUpload = uploadCheck<'media'>(
  allowedMimeTypes,
  'Erlaubt sind Bilder (JPEG, PNG, WebP, GIF, AVIF) und PDF-Dokumente. Videos in Gebärdensprache laden Sie bitte unter „Gebärdensprach-Videos“ hoch.',
)

export const checkSignVideoUpload = uploadCheck<'sign-videos'>(
  signVideoMimeTypes,
  'Erlaubt sind hier nur Videos im Format MP4.',
)

import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

export const maxUploadBytes = 10 * 1024 * 1024
/**
 * A sign-language video of two or three minutes in a size a phone plays smoothly (720p, H.264)
 * has 30 to 80 MB; the limit for images and documents would refuse nearly every one.
 */
export const maxSignVideoBytes = 100 * 1024 * 1024
/** The largest file any collection takes (Payload's own upload parser stops there). */
export const largestUploadBytes = Math.max(maxUploadBytes, maxSignVideoBytes)
/** The upload limit of a collection, by the REST path it is posted to. */
export const uploadLimitFor = (pathname: string) =>
  /\/api\/sign-videos(\/|$)/.test(pathname) ? maxSignVideoBytes : maxUploadBytes
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
  <S extends CollectionSlug>(
    allowed: string[],
    allowedText: string,
    maxBytes: number,
  ): CollectionBeforeOperationHook<S> =>
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
    if (file.size > maxBytes) {
      throw new APIError(
        `Die Datei „${file.name}“ ist ${megabytes(file.size)} MB groß. Erlaubt sind höchstens ${megabytes(maxBytes)} MB.`,
        413,
        undefined,
        true,
      )
    }
  }

export const checkUpload = uploadCheck<'media'>(
  allowedMimeTypes,
  'Erlaubt sind Bilder (JPEG, PNG, WebP, GIF, AVIF) und PDF-Dokumente. Videos in Gebärdensprache laden Sie bitte unter „Gebärdensprach-Videos“ hoch.',
  maxUploadBytes,
)

export const checkSignVideoUpload = uploadCheck<'sign-videos'>(
  signVideoMimeTypes,
  'Erlaubt sind hier nur Videos im Format MP4.',
  maxSignVideoBytes,
)

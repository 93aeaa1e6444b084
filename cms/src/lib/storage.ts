import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { setting } from '../config'

/**
 * Where uploads live: on the local disk under DATA_DIR (the default; with several CMS instances
 * a shared persistent disk), or, when S3_BUCKET is set, in an S3-compatible object store (AWS S3,
 * MinIO, Ceph, Hetzner or IONOS object storage) through Payload's own storage adapter. Files are
 * still served through the CMS (`/api/media/file/…`) with the media collection's access rules.
 * The plugin always adds its fields, so the schema and the migrations are the same either way.
 */
export function uploadStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const bucket = setting('S3_BUCKET', env)
  const accessKeyId = setting('S3_ACCESS_KEY_ID', env)
  const secretAccessKey = setting('S3_SECRET_ACCESS_KEY', env)
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { media: true },
    config: {
      endpoint: setting('S3_ENDPOINT', env),
      region: setting('S3_REGION', env),
      forcePathStyle: setting('S3_FORCE_PATH_STYLE', env) !== 'false',
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // Checksums only where S3 demands them: many S3-compatible stores do not accept the AWS
      // SDK's newer default (chunked uploads with a CRC trailer).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}

/* Created by Payload; the handler is wrapped in our request limits (security/guard.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guarded } from '../../../../security/nextRoute'

export const POST = guarded(GRAPHQL_POST(config))

export const OPTIONS = guarded(REST_OPTIONS(config))

import type { PayloadRequest } from 'payload'

import { clientAddress } from '../security/clientAddress'
import { hit, limitKey } from '../security/limiter'

/**
 * The account form's limit (ACCOUNT_REQUEST_LIMIT per ACCOUNT_REQUEST_WINDOW_MINUTES and client,
 * default 5 per hour), on the shared limiter: counted in the database, so it holds across CMS
 * instances. Every post counts, rejected ones too (a bot must not probe for free), but only in its
 * own client's bucket. Returns the seconds to wait, or 0.
 */
export const limitAccountRequest = (req: PayloadRequest) =>
  hit(req.payload, 'accountRequest', limitKey(clientAddress(req.headers)))

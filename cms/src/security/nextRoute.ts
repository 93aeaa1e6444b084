import config from '@payload-config'
import { getPayload } from 'payload'

import { guardApiRequest } from './guard'

type RouteHandler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** Wraps a Next route handler of Payload's API in guardApiRequest. */
export function guarded<Args extends unknown[]>(handler: RouteHandler<Args>): RouteHandler<Args> {
  return async (request, ...args) => {
    const payload = await getPayload({ config })
    return guardApiRequest(payload, request, (limited) => handler(limited, ...args))
  }
}

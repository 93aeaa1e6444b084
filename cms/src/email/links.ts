import type { PayloadRequest } from 'payload'

/** Absolute admin URL for links in emails: the configured server URL, else the request's origin. */
export function adminUrl(req: PayloadRequest, path: string): string {
  const { config } = req.payload
  let origin = config.serverURL
  if (!origin) {
    try {
      origin = req.url ? new URL(req.url).origin : ''
    } catch {
      origin = ''
    }
  }
  return `${origin || 'http://localhost:3000'}${config.routes.admin}${path}`
}

/** Absolute URL of a REST endpoint (e.g. the withdrawal link in a citizen's confirmation mail). */
export function apiUrl(req: PayloadRequest, path: string): string {
  const admin = adminUrl(req, '')
  const { routes } = req.payload.config
  return `${admin.slice(0, admin.length - routes.admin.length)}${routes.api}${path}`
}

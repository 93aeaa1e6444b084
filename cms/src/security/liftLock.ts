import type { Endpoint, PayloadRequest } from 'payload'

import { liftLoginLimits, liftToken, sameToken } from './login'

/**
 * GET/POST /api/users/lift-lock?id=…&token=…: the link in the "Anmeldung gesperrt" mail. GET
 * shows a button (mail scanners that open links lift nothing), POST lifts this lock. The token
 * is bound to the account and to this lock's end, so it is worthless once the lock is over.
 */
const page = (title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Unser Neubrandenburg</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )

async function lockFor(req: PayloadRequest) {
  const url = new URL(req.url ?? '', 'http://localhost')
  const id = url.searchParams.get('id') ?? ''
  const token = url.searchParams.get('token') ?? ''
  if (!id || !token) return null
  const user = await req.payload.db.findOne<{
    id: number | string
    email: string
    lockUntil?: string | null
  }>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })
  if (!user?.lockUntil || new Date(user.lockUntil).getTime() <= Date.now()) return null
  const lockUntil = new Date(user.lockUntil).toISOString()
  return sameToken(token, liftToken(req.payload.secret, user.id, lockUntil)) ? user : null
}

const expired = () =>
  page(
    'Link nicht mehr gültig',
    '<p>Die Sperre ist bereits aufgehoben oder abgelaufen. Sie können sich wieder anmelden.</p><p><a href="/admin/login">Zur Anmeldung</a></p>',
    410,
  )

export const liftLockEndpoints: Endpoint[] = [
  {
    path: '/lift-lock',
    method: 'get',
    handler: async (req) => {
      if (!(await lockFor(req))) return expired()
      const action = `${req.payload.config.routes.api}/users/lift-lock${new URL(req.url ?? '', 'http://localhost').search}`
      return page(
        'Sperre aufheben',
        `<p>Mit dieser Schaltfläche heben Sie die vorübergehende Sperre Ihres Kontos auf.</p><form method="post" action="${action.replace(/"/g, '&quot;')}"><button type="submit">Sperre jetzt aufheben</button></form>`,
      )
    },
  },
  {
    path: '/lift-lock',
    method: 'post',
    handler: async (req) => {
      const user = await lockFor(req)
      if (!user) return expired()
      await req.payload.db.updateOne({
        collection: 'users',
        id: user.id,
        data: { lockUntil: null, loginAttempts: 0 },
        req,
        returning: false,
      })
      await liftLoginLimits(req, user.email)
      return page(
        'Sperre aufgehoben',
        '<p>Ihr Konto ist wieder freigegeben. Sie können sich jetzt anmelden.</p><p><a href="/admin/login">Zur Anmeldung</a></p>',
      )
    },
  },
]

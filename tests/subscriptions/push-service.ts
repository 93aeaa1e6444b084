import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

// http_ece (the Encrypted Content-Encoding that web-push uses, RFC 8188) decrypts what a browser receives.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: { version: string; privateKey: crypto.ECDH; authSecret: string }) => Buffer
}

/** A browser's side of a push subscription: its key pair and auth secret (RFC 8291). */
export type BrowserKeys = { ecdh: crypto.ECDH; p256dh: string; auth: string }
export function browserKeys(): BrowserKeys {
  const ecdh = crypto.createECDH('prime256v1')
  ecdh.generateKeys()
  return {
    ecdh,
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: crypto.randomBytes(16).toString('base64url'),
  }
}

export type Received = {
  path: string
  /** The VAPID JWT checked: ES256 under the key in `k`, aud = this service's origin, exp ahead. */
  vapid: { ok: boolean; reason?: string; sub?: string; publicKey?: string }
  encoding: string | undefined
  ttl: string | undefined
  message: unknown
}

const b64 = (value: string) => Buffer.from(value, 'base64url')

function checkVapid(header: string | undefined, origin: string): Received['vapid'] {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '')
  if (!match) return { ok: false, reason: `kein VAPID-Header: ${header}` }
  const [, token, key] = match as unknown as [string, string, string]
  const [head, body, signature] = token.split('.') as [string, string, string]
  const raw = b64(key)
  const publicKey = crypto.createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  })
  const alg = (JSON.parse(b64(head).toString()) as { alg: string }).alg
  const signed = crypto.verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    b64(signature),
  )
  const claims = JSON.parse(b64(body).toString()) as { aud: string; exp: number; sub: string }
  const reason =
    alg !== 'ES256'
      ? `alg ${alg}`
      : !signed
        ? 'Signatur falsch'
        : claims.aud !== origin
          ? `aud ${claims.aud}`
          : claims.exp * 1000 <= Date.now()
            ? 'abgelaufen'
            : !/^(mailto:|https:)/.test(claims.sub)
              ? `sub ${claims.sub}`
              : undefined
  return { ok: !reason, reason, sub: claims.sub, publicKey: key }
}

/**
 * A local stand-in for a browser vendor's push service (RFC 8030) over https with a self-signed
 * certificate for 127.0.0.1, which this process then trusts. It checks every message's VAPID
 * signature and decrypts the body with the subscribed browser's keys; `gone` endpoints answer 410.
 */
export async function startPushService(subscribers: Map<string, BrowserKeys>, gone = new Set<string>()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-push-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  const cert = fs.readFileSync(path.join(dir, 'cert.pem'))
  const received: Received[] = []
  let origin = ''
  const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const name = (req.url ?? '').replace(/^\/push\//, '')
      const keys = subscribers.get(name)
      let message: unknown = null
      try {
        if (keys)
          message = JSON.parse(
            ece
              .decrypt(Buffer.concat(chunks), {
                version: 'aes128gcm',
                privateKey: keys.ecdh,
                authSecret: keys.auth,
              })
              .toString(),
          )
      } catch (error) {
        message = { error: (error as Error).message }
      }
      received.push({
        path: req.url ?? '',
        vapid: checkVapid(req.headers.authorization, origin),
        encoding: req.headers['content-encoding'],
        ttl: req.headers.ttl as string | undefined,
        message,
      })
      res.writeHead(gone.has(name) ? 410 : keys ? 201 : 404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  // web-push posts with Node's default https agent: trust the stand-in's certificate there.
  https.globalAgent.options.ca = [cert]
  return {
    origin,
    received,
    endpoint: (name: string) => `${origin}/push/${name}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

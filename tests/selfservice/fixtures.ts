import type { CollectionSlug, Payload } from 'payload'

import { login, type TestCms } from '../helpers/cms'

export const password = 'Lange-Sichere-Passphrase-2026'

/** A stored document as the REST API returns it: the id, and fields the test reads as it needs. */
export type RestDoc = { id: number; [field: string]: unknown }
/** A REST answer as the tests read it: Payload's shapes (doc, docs, errors) or an endpoint's own. */
export type RestBody = {
  doc: RestDoc
  docs: RestDoc[]
  /** Payload's validation errors carry the failing fields in data.errors. */
  errors: { message: string; data: { errors: { path: string; message: string }[] } }[]
  message: string
  user: { id: number; email: string; role: string }
  [field: string]: unknown
}
export type Call<Body = RestBody> = { status: number; body: Body }

/** One REST call against the test CMS, optionally logged in. */
export async function call<Body = RestBody>(
  cms: TestCms,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Call<Body>> {
  const res = await fetch(`${cms.api!.url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  // What the server said, as sent: a test that expects another shape fails on its assertion.
  return { status: res.status, body: parsed as Body }
}

export type People = {
  associationA: number
  associationB: number
  ids: { admin: number; editor: number; memberA: number; memberB: number }
  tokens: { admin: string; editor: string; memberA: string; memberB: string }
}

/** Two published associations A and B, an admin, an editor and one club account for each. */
export async function createPeople(cms: TestCms, options: { trustedA?: boolean } = {}): Promise<People> {
  const { payload } = cms
  const association = (name: string, trusted = false) =>
    payload.create({
      collection: 'associations',
      data: {
        name,
        shortDescription: `${name} in Neubrandenburg`,
        kind: 'club',
        trusted,
        _status: 'published',
      },
    })
  const a = await association('Sportverein Lindenberg', options.trustedA)
  const b = await association('Chor am Tollensesee')
  const user = (email: string, role: 'admin' | 'editor' | 'association', associations: number[] = []) =>
    payload.create({
      collection: 'users',
      data: { email, password, role, associations, name: email.split('@')[0] },
    })
  const admin = await user('admin@example.org', 'admin')
  const editor = await user('redaktion@example.org', 'editor')
  const memberA = await user('verein-a@example.org', 'association', [a.id])
  const memberB = await user('verein-b@example.org', 'association', [b.id])
  const tokens = {
    admin: await login(cms.api!, admin.email, password),
    editor: await login(cms.api!, editor.email, password),
    memberA: await login(cms.api!, memberA.email, password),
    memberB: await login(cms.api!, memberB.email, password),
  }
  return {
    associationA: a.id,
    associationB: b.id,
    ids: { admin: admin.id, editor: editor.id, memberA: memberA.id, memberB: memberB.id },
    tokens,
  }
}

export type Owned = 'events' | 'opportunities' | 'news'

/** Minimal valid data for an entry of one association. */
export function entryData(
  collection: Owned | 'pages',
  owner: number | null,
  title: string,
): Record<string, unknown> {
  switch (collection) {
    case 'events':
      return {
        title,
        start: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        attendance: 'onsite',
        venue: { name: 'Haus der Kultur und Bildung' },
        organizers: owner ? [owner] : [],
      }
    case 'opportunities':
      return { title, association: owner, commitment: 'regular' }
    case 'news':
      return { title, association: owner }
    case 'pages':
      return { title }
  }
}

/** Creates an entry directly (as the system) either published or as a draft only. */
export async function makeEntry(
  payload: Payload,
  collection: Owned | 'pages',
  owner: number | null,
  title: string,
  status: 'published' | 'draft',
) {
  return payload.create({
    collection: collection as CollectionSlug,
    data: { ...entryData(collection, owner, title), _status: status } as never,
    draft: status === 'draft',
  }) as Promise<{ id: number }>
}

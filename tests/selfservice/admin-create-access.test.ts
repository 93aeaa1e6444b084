import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { ownedContentAccess, type OwnedCollection } from '../../cms/src/access/ownership'

// The admin's create view asks "may this user create?" with an empty or default-filled form
// (`data: {}`), not without data. Club members were refused there ("Nicht autorisiert") while
// REST creates worked, so no club could add an event, an offer or a news item in the admin.
const member = { id: 7, collection: 'users', role: 'association', associations: [1] }
const request = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })

describe.each(['events', 'opportunities', 'news'] as OwnedCollection[])('%s create access', (slug) => {
  const create = ownedContentAccess(slug).create!
  const field = slug === 'events' ? 'organizers' : 'association'
  const owned = (id: number) => ({ [field]: slug === 'events' ? [id] : id })

  it('lets a club member open the create view (empty or default-filled form)', async () => {
    expect(await create({ ...request(member), data: {} })).toBe(true)
    expect(
      await create({ ...request(member), data: { attendance: 'onsite', price: { isFree: true } } }),
    ).toBe(true)
    expect(await create({ ...request(member), data: undefined })).toBe(true)
  })

  it('still refuses an entry for another club and accounts without a club', async () => {
    expect(await create({ ...request(member), data: owned(2) })).toBe(false)
    expect(await create({ ...request(member), data: owned(1) })).toBe(true)
    expect(await create({ ...request({ ...member, associations: [] }), data: {} })).toBe(false)
    expect(await create({ ...request(null), data: {} })).toBe(false)
  })
})

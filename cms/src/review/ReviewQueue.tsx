import type { Payload } from 'payload'

import { ImportedChip } from '../admin/ImportedChip'
import type { User } from '../payload-types'
import { reviewQueue } from './queue'

/**
 * Dashboard panel: editors see what waits for review, club members what was sent back to them.
 * A server component: counts come straight from the database, no client JavaScript.
 */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  const groups = await reviewQueue(payload, user)
  if (!groups.length) return null
  const staff = user.role === 'admin' || user.role === 'editor'
  const waiting = groups.filter((group) => group.total > 0)
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="review-queue-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="review-queue-heading">
        {staff ? 'Zur Prüfung eingereicht' : 'Von der Redaktion zurückgegeben'}
      </h2>
      {waiting.length === 0 ? (
        <p>{staff ? 'Zurzeit wartet nichts auf Ihre Prüfung.' : 'Zurzeit ist nichts zurückgegeben.'}</p>
      ) : (
        <ul>
          {waiting.map((group) => (
            <li key={group.collection}>
              <a href={group.listUrl}>
                {group.label}: {group.total}
              </a>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <a href={`${admin}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>
                    <ImportedChip source={entry.source} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

import type { Payload } from 'payload'

import { isStaff } from '../access/roles'
import type { User } from '../payload-types'
import { type CountByName, subscriptionStats } from './stats'

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }

function Counts({ caption, rows }: { caption: string; rows: CountByName[] }) {
  if (!rows.length) return null
  return (
    <table style={{ marginBottom: '1rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 'bold', padding: '0.25rem 0' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Name
          </th>
          <th scope="col" style={cell}>
            Abonnements
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
              {row.name}
            </th>
            <td style={cell}>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Dashboard panel for the editorial team: how many citizens follow which topic, district,
 * association and kind. Counts only; the addresses stay unreadable in the admin and the API.
 * Club accounts see nothing of it.
 */
export async function SubscriptionCounts({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!isStaff(user)) return null
  const stats = await subscriptionStats(payload)
  return (
    <section aria-labelledby="subscription-counts-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="subscription-counts-heading">Abonnements</h2>
      <p>
        {stats.confirmed === 1 ? '1 bestätigtes Abonnement' : `${stats.confirmed} bestätigte Abonnements`},{' '}
        {stats.pending} noch nicht bestätigt. Die E-Mail-Adressen sind hier nicht einsehbar.
      </p>
      <Counts caption="Nach Thema" rows={stats.byTopic} />
      <Counts caption="Nach Stadtteil" rows={stats.byDistrict} />
      <Counts caption="Nach Verein" rows={stats.byAssociation} />
      <Counts caption="Nach Art der Beiträge" rows={stats.byKind} />
    </section>
  )
}

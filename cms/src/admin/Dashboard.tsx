import type { Payload } from 'payload'

import { isStaff, memberAssociationIds } from '../access/roles'
import type { User } from '../payload-types'
import { ReviewQueue } from '../review/ReviewQueue'
import { clubOverview } from './overview'
import { formatDateTime } from './format'

/**
 * Top of the dashboard. Editors see the review queue first. A club member is greeted with their
 * association(s), the three things they come to do, and where each of their entries stands.
 */
export async function Dashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  if (isStaff(user)) return <ReviewQueue payload={payload} user={user} />
  const ids = memberAssociationIds(user)
  const admin = payload.config.routes.admin
  if (!ids.length) {
    return (
      <section className="nb-dashboard" aria-labelledby="nb-welcome">
        <h2 id="nb-welcome">Willkommen{user.name ? `, ${user.name}` : ''}</h2>
        <p>Ihr Konto ist noch keinem Verein zugeordnet. Bitte wenden Sie sich an die Redaktion.</p>
      </section>
    )
  }
  const overview = await clubOverview(payload, ids)
  const first = overview.associations[0]
  return (
    <section className="nb-dashboard" aria-labelledby="nb-welcome">
      <h2 id="nb-welcome">Willkommen{user.name ? `, ${user.name}` : ''}</h2>
      <p>
        Sie pflegen hier die Einträge von{' '}
        {overview.associations.map((association, index) => (
          <span key={association.id}>
            {index > 0 ? (index === overview.associations.length - 1 ? ' und ' : ', ') : ''}
            <strong>{association.name}</strong>
          </span>
        ))}
        . Neue Einträge und Änderungen prüft die Redaktion, bevor sie auf der Website erscheinen.
      </p>
      <ul className="nb-actions">
        <li>
          <a className="btn btn--style-primary btn--size-medium" href={`${admin}/collections/events/create`}>
            Termin eintragen
          </a>
        </li>
        <li>
          <a
            className="btn btn--style-primary btn--size-medium"
            href={`${admin}/collections/opportunities/create`}
          >
            Ehrenamtsangebot eintragen
          </a>
        </li>
        {first ? (
          <li>
            <a
              className="btn btn--style-secondary btn--size-medium"
              href={`${admin}/collections/associations/${first.id}`}
            >
              Profil bearbeiten
            </a>
          </li>
        ) : null}
      </ul>
      {overview.returned.length ? (
        <>
          <h3>Von der Redaktion zurückgegeben</h3>
          <ul className="nb-entries">
            {overview.returned.map((entry) => (
              <li key={`${entry.collection}-${entry.id}`}>
                <a href={`${admin}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> (
                {entry.kind}){entry.comment ? <p>Hinweis der Redaktion: „{entry.comment}“</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Ihre Entwürfe und Einreichungen</h3>
      {overview.pending.length ? (
        <ul className="nb-entries">
          {overview.pending.map((entry) => (
            <li key={`${entry.collection}-${entry.id}`}>
              <a href={`${admin}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({entry.kind}
              ):{' '}
              {entry.status === 'submitted'
                ? `in Prüfung seit ${formatDateTime(entry.submittedAt) || formatDateTime(entry.updatedAt)}`
                : `Entwurf, zuletzt geändert am ${formatDateTime(entry.updatedAt)}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>Zurzeit haben Sie keine Entwürfe und nichts wartet auf die Prüfung.</p>
      )}
    </section>
  )
}

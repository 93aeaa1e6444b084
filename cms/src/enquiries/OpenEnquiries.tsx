import type { Payload } from 'payload'
import { Fragment } from 'react'

import type { Enquiry, User } from '../payload-types'
import { enquiryStatuses } from './Enquiries'
import { enquiryStats } from './stats'

const dayMs = 24 * 60 * 60 * 1000
const statusLabel = (value: string) => enquiryStatuses.find((s) => s.value === value)?.label ?? value
const age = (createdAt: string) => {
  const days = Math.floor((Date.now() - Date.parse(createdAt)) / dayMs)
  return days === 0 ? 'heute' : days === 1 ? 'seit 1 Tag' : `seit ${days} Tagen`
}

/**
 * Dashboard panel: open enquiries (new or answered, not yet closed), oldest first, read with the
 * user's own access (a club sees its associations' enquiries only). Editors also get the small
 * report: enquiries and answers within 7 days per association and offer.
 */
export async function OpenEnquiries({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  const staff = user.role === 'admin' || user.role === 'editor'
  const open = await payload.find({
    collection: 'enquiries',
    where: { status: { in: ['new', 'answered'] } },
    sort: 'createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: false,
    user,
  })
  if (!staff && open.totalDocs === 0 && !(user.associations ?? []).length) return null
  const admin = payload.config.routes.admin
  const stats = staff ? await enquiryStats(payload) : null
  const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }
  return (
    <section aria-labelledby="open-enquiries-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="open-enquiries-heading">Offene Anfragen ({open.totalDocs})</h2>
      {open.totalDocs === 0 ? (
        <p>Zurzeit wartet keine Anfrage auf Sie.</p>
      ) : (
        <ol>
          {(open.docs as Enquiry[]).map((e) => (
            <li key={e.id}>
              <a href={`${admin}/collections/enquiries/${e.id}`}>{e.title}</a> – {statusLabel(e.status)},{' '}
              {age(e.createdAt)}
              {e.delivery?.status === 'failed' ? (
                <strong> – E-Mail an den Verein fehlgeschlagen</strong>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {open.totalDocs > open.docs.length ? (
        <p>
          <a href={`${admin}/collections/enquiries?sort=createdAt`}>Alle {open.totalDocs} offenen Anfragen</a>
        </p>
      ) : null}
      {stats ? (
        <>
          <h3>Anfragen je Verein und Angebot</h3>
          {stats.associations.length === 0 ? (
            <p>Noch keine Anfragen.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col" style={cell}>
                    Verein / Angebot
                  </th>
                  <th scope="col" style={cell}>
                    Anfragen
                  </th>
                  <th scope="col" style={cell}>
                    davon in 7 Tagen beantwortet
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.associations.map((a) => (
                  <Fragment key={`a${a.id}`}>
                    <tr>
                      <th scope="row" style={cell}>
                        {a.name}
                      </th>
                      <td style={cell}>{a.enquiries}</td>
                      <td style={cell}>{a.answeredWithin7Days}</td>
                    </tr>
                    {stats.opportunities
                      .filter((o) => String(o.associationId) === String(a.id))
                      .map((o) => (
                        <tr key={`o${o.id}`}>
                          <th scope="row" style={{ ...cell, fontWeight: 'normal', paddingLeft: '1.5rem' }}>
                            {o.name}
                          </th>
                          <td style={cell}>{o.enquiries}</td>
                          <td style={cell}>{o.answeredWithin7Days}</td>
                        </tr>
                      ))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  )
}

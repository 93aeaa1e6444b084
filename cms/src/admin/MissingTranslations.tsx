import type { BeforeListServerProps, CollectionSlug, Where } from 'payload'
import { parse, stringify } from 'qs-esm'

import { translatableLocales } from '../fields/translations'

const missingIn = (code: string): Where => ({ or: [{ and: [{ translationMissing: { equals: code } }] }] })

/**
 * Above the lists of associations, events, offers and news: one filter link per language,
 * "Übersetzung fehlt: English (12)", so editors find what still needs translating in one click.
 * The same filter is in Payload's own filter menu under the field "Übersetzung fehlt".
 */
export async function MissingTranslations({
  collectionSlug,
  payload,
  user,
  searchParams,
}: BeforeListServerProps) {
  if (!user || !translatableLocales.length) return null
  const base = `${payload.config.routes.admin}/collections/${collectionSlug}`
  // The query as Next hands it over (flat "where[or][0]…" keys, or already nested, possibly a
  // promise): qs turns either into the nested form the links are built from.
  const params = ((await Promise.resolve(searchParams)) ?? {}) as Record<string, unknown>
  // (depth 10: qs stops nesting at 5 by default, and this filter is 6 deep)
  const active = JSON.stringify(parse(stringify(params), { depth: 10 }).where ?? null)
  const links = await Promise.all(
    translatableLocales.map(async (l) => {
      const where = missingIn(l.code)
      // Counted with the viewer's own rights: a club member counts only what they may see.
      const { totalDocs } = await payload.count({
        collection: collectionSlug as CollectionSlug,
        where,
        user,
        overrideAccess: false,
      })
      const current = active === JSON.stringify(where)
      return {
        code: l.code,
        label: l.label,
        href: `${base}${stringify({ where }, { addQueryPrefix: true })}`,
        totalDocs,
        current,
      }
    }),
  )
  return (
    <nav className="nb-missing-translations" aria-label="Übersetzung fehlt">
      <span>Übersetzung fehlt:</span>
      <ul>
        {links.map((l) => (
          <li key={l.code}>
            <a href={l.href} aria-current={l.current ? 'page' : undefined} lang={l.code}>
              {l.label}
            </a>{' '}
            <span>({l.totalDocs.toLocaleString('de-DE')})</span>
          </li>
        ))}
        {active !== 'null' && links.some((l) => l.current) && (
          <li>
            <a href={base}>Alle Einträge zeigen</a>
          </li>
        )}
      </ul>
    </nav>
  )
}

import {
  APIError,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'

/**
 * Query parameters that name fields. Payload refuses an unknown `where` path with an English
 * QueryError, but silently ignores an unknown `sort` field: `sort=startDate` on events fell back
 * to the default order and made one request take 14.5 s instead of 1.4 s (issue 15). Both now
 * answer 400 in German, naming the field and the fields there are. The sort check runs twice on
 * purpose: in the request guard for REST (before the login is read, so a bad query costs
 * nothing) and as a beforeOperation hook of every collection for GraphQL.
 */

const alwaysSortable = ['id', 'createdAt', 'updatedAt']

/** Field types a list can be ordered by (arrays, blocks, rich text and has-many values cannot). */
const scalarTypes = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'date',
  'checkbox',
  'select',
  'radio',
  'code',
])

/** Whether a dotted path (`venue.name`, `organizers.name`) starts with fields of the collection. */
function knownPath(fields: FlattenedField[], path: string[]): boolean {
  const [head, ...rest] = path
  const field = fields.find((f) => 'name' in f && f.name === head)
  if (!field) return false
  if (rest.length === 0) return true
  // Relationship and upload paths sort by the related document's fields: Payload checks those.
  if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') return true
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
    return knownPath(field.flattenedFields, rest)
  return false
}

/** The fields the messages offer: the collection's plain top-level fields, groups as `name.…`. */
export function sortableFields(config: SanitizedCollectionConfig): string[] {
  const names = config.flattenedFields.flatMap((f) => {
    // Fields the public cannot read are not advertised (they stay sortable for those who can).
    if (('hidden' in f && f.hidden) || f.access?.read) return []
    if (f.type === 'group' || f.type === 'tab') return 'name' in f ? [`${f.name}.…`] : []
    if (scalarTypes.has(f.type) && !('hasMany' in f && f.hasMany)) return [f.name]
    return []
  })
  return [...new Set([...names, ...alwaysSortable])]
}

/** The first unknown field of a `sort` value, or null. `versions`: a versions list (`version.title`). */
export function unknownSortField(
  config: SanitizedCollectionConfig,
  sort: string | string[],
  versions = false,
): string | null {
  const terms = (Array.isArray(sort) ? sort : sort.split(',')).map((t) => t.trim().replace(/^-/, ''))
  for (const name of terms) {
    if (!name) continue
    const path = versions && name.startsWith('version.') ? name.slice('version.'.length) : name
    if (alwaysSortable.includes(path) || (versions && alwaysSortable.includes(name))) continue
    if (knownPath(config.flattenedFields, path.split('.'))) continue
    return name
  }
  return null
}

export function unknownSortMessage(config: SanitizedCollectionConfig, name: string): string {
  const label = config.labels?.plural
  const what = typeof label === 'string' ? label : config.slug
  return `Unbekanntes Sortierfeld „${name.slice(0, 60)}“ für ${what}. Erlaubt sind: ${sortableFields(config).join(', ')}. Absteigend mit „-“ davor, z. B. sort=-createdAt.`
}

/** REST: 400 message for an unknown sort field of a collection's list (or versions list), else null. */
export function sortProblem(payload: Payload, url: URL): string | null {
  const sort = url.searchParams.get('sort')
  if (!sort) return null
  const match = /^\/api\/([^/]+)(\/versions)?\/?$/.exec(url.pathname)
  const collection = match && payload.collections[match[1] as keyof typeof payload.collections]
  if (!collection) return null
  const name = unknownSortField(collection.config, sort, Boolean(match[2]))
  return name === null ? null : unknownSortMessage(collection.config, name)
}

/** GraphQL reads: the same refusal, as Payload's APIError (400). */
export const refuseUnknownSort: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const sort = (args as { sort?: string | string[] }).sort
  // GraphQL only: REST is checked in the guard, and the admin's list view reads through the Local
  // API with the sort its saved list preferences hold, which may name a field renamed since.
  if (operation !== 'read' || !sort || req.payloadAPI !== 'GraphQL') return args
  // Payload runs this hook as 'read' for version lists too, so `version.…` paths pass here.
  const name = unknownSortField(collection, sort, true)
  if (name !== null) throw new APIError(unknownSortMessage(collection, name), 400, undefined, true)
  return args
}

type QueryErrorShape = { status?: number; data?: unknown; message?: string }

/** Payload's QueryError ("The following path cannot be queried: x") in German, naming the fields. */
export const explainQueryError: AfterErrorHook = ({ collection, error, result }) => {
  const e = error as QueryErrorShape
  // Matched by shape: Next's production build minifies the class name.
  if (e.status !== 400 || !e.message?.startsWith('The following path')) return
  const paths = Array.isArray(e.data) ? e.data.map((d: { path?: string }) => d.path).filter(Boolean) : []
  const list = paths.map((p) => `„${String(p).slice(0, 60)}“`).join(', ')
  const allowed = collection ? ` Erlaubt sind: ${sortableFields(collection).join(', ')}.` : ''
  const message =
    paths.length === 1
      ? `Unbekanntes Filterfeld ${list}: Es gibt es nicht, oder es ist für Ihr Konto nicht freigegeben.${allowed} Prüfen Sie den Parameter „where“.`
      : `Unbekannte Filterfelder ${list}: Es gibt sie nicht, oder sie sind für Ihr Konto nicht freigegeben.${allowed} Prüfen Sie den Parameter „where“.`
  return { response: { ...result, errors: [{ ...(result?.errors?.[0] ?? {}), message }] }, status: 400 }
}

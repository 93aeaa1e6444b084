import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { type OwnedCollection, includesId, ownerFields, ownersOf } from '../access/ownership'
import { isAssociationMember, isStaff, memberAssociationIds } from '../access/roles'
import { notifyReview } from './notify'
import type { ReviewStatus } from './status'
import { exists } from '../lib/exists'

const intentKey = (slug: string) => `review:${slug}`

/** The parts of create/update operation arguments these hooks read and change. */
type WriteArgs = {
  data?: Record<string, unknown>
  draft?: boolean
  id?: number | string
  overrideAccess?: boolean
}
type BeforeWrite = (hook: { args: WriteArgs; operation: string; req: PayloadRequest }) => Promise<WriteArgs>

async function anyTrusted(req: PayloadRequest, ids: (number | string)[]) {
  return (
    ids.length > 0 &&
    exists(req, 'associations', { and: [{ id: { in: ids } }, { trusted: { equals: true } }] })
  )
}

/**
 * Runs before access control, for club members' own writes only (system writes pass
 * overrideAccess and are left alone):
 * - fills in the association when the member has exactly one, and refuses foreign ones with a
 *   clear message;
 * - unless one of the member's associations on the entry is trusted, every save becomes a draft:
 *   "Veröffentlichen" submits for review and the published version stays online unchanged.
 */
export const guardMemberWrite =
  (slug: OwnedCollection): BeforeWrite =>
  async ({ args, operation, req }) => {
    if (args.overrideAccess || !isAssociationMember(req.user) || isStaff(req.user)) return args
    if (operation === 'restoreVersion') {
      // Payload reads the draft flag before this hook, so a restore cannot be turned into a
      // submission here: club members restore as a draft and submit that.
      if (args.draft) return args
      throw new APIError(
        'Bitte stellen Sie die frühere Version als Entwurf wieder her und reichen Sie ihn dann zur Prüfung ein.',
        403,
        undefined,
        true,
      )
    }
    if (operation !== 'create' && operation !== 'update') return args

    const mine = memberAssociationIds(req.user)
    const field = ownerFields[slug]
    const data: Record<string, unknown> = args.data ?? (args.data = {})

    const stored =
      operation === 'update' && args.id != null
        ? ((await req.payload.findByID({
            collection: slug,
            id: args.id,
            depth: 0,
            draft: true,
            overrideAccess: true,
            disableErrors: true,
            req,
          })) as Record<string, unknown> | null)
        : null
    const storedOwners = ownersOf(slug, stored)

    if (field !== 'id') {
      const hasMany = slug === 'events'
      if (operation === 'create' && ownersOf(slug, data).length === 0) {
        if (mine.length !== 1) {
          throw new ValidationError(
            {
              collection: slug,
              errors: [
                {
                  path: field,
                  message: 'Bitte wählen Sie aus, für welchen Verein Sie diesen Eintrag anlegen.',
                },
              ],
            },
            req.t,
          )
        }
        data[field] = hasMany ? [mine[0]] : mine[0]
      }
      if (field in data) {
        const incoming = ownersOf(slug, data)
        // Co-organizers an editor added may stay; a club cannot put other clubs' names on an entry.
        const foreign = incoming.filter((id) => !includesId(mine, id) && !includesId(storedOwners, id))
        if (!incoming.some((id) => includesId(mine, id)) || foreign.length) {
          throw new APIError(
            'Sie können Einträge nur für einen Verein anlegen oder bearbeiten, dem Ihr Konto zugeordnet ist.',
            403,
            undefined,
            true,
          )
        }
      }
    }

    const owners = field === 'id' && args.id != null ? [args.id] : [...ownersOf(slug, data), ...storedOwners]
    const trusted = await anyTrusted(
      req,
      owners.filter((id) => includesId(mine, id)),
    )

    const wantsPublish = data._status === 'published'
    let intent: ReviewStatus
    if (trusted) {
      // A plain save of a published entry (no draft flag, no status) also goes live directly.
      const staysLive =
        operation === 'update' && !args.draft && data._status === undefined && stored?._status === 'published'
      intent = wantsPublish || staysLive ? 'approved' : 'draft'
    } else {
      intent = wantsPublish ? 'submitted' : 'draft'
      // Draft mode keeps the published version (if any) online until an editor approves.
      args.draft = true
      data._status = 'draft'
    }
    req.context[intentKey(slug)] = intent
    if (intent === 'submitted') req.context[announceKey] = true
    return args
  }

/** What a club member reads after "Zur Prüfung einreichen", in the admin's toast and in REST. */
export const submittedMessage =
  'Zur Prüfung eingereicht. Die Redaktion prüft Ihre Änderung und schaltet sie frei; bis dahin bleibt die bisherige Fassung online. ' +
  'Wenn etwas fehlt, bekommen Sie den Hinweis der Redaktion per E-Mail und hier am Eintrag.'

const announceKey = 'review:announceSubmission'
const writeOperations = new Set(['create', 'update', 'updateByID'])

/**
 * Payload's REST handlers build their success message from fixed translation keys ("Erfolgreich
 * aktualisiert."), which told a club member their change was live when it went to review. After a
 * submission this request's translator answers those keys with what really happened. It runs
 * after the operation, because every Local API call made with this request during the operation
 * sets req.t afresh.
 */
const announceSubmission: CollectionAfterOperationHook = ({ operation, req, result }) => {
  // Reads made during the operation (with this request) run this hook too; only the write counts.
  if (!writeOperations.has(operation) || !req.context[announceKey]) return result
  delete req.context[announceKey]
  const translate = req.t
  const successKeys = new Set([
    'general:updatedSuccessfully',
    'general:successfullyCreated',
    'version:draftSavedSuccessfully',
  ])
  req.t = ((key: string, options?: Record<string, unknown>) =>
    successKeys.has(key)
      ? submittedMessage
      : translate(key as Parameters<typeof translate>[0], options)) as typeof req.t
  return result
}

/**
 * Records who saved and where the entry stands in the review. Club members' intent comes from
 * guardMemberWrite; editors publishing an entry approve it.
 */
export const recordReview =
  (slug: OwnedCollection): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    if (req.user?.collection === 'users') data.updatedBy = req.user.id
    const intent = req.context[intentKey(slug)] as ReviewStatus | undefined
    if (intent) {
      data.reviewStatus = intent
      // The date the admin shows as "In Prüfung seit …"; a resubmission starts the wait anew.
      if (intent === 'submitted') data.reviewSubmittedAt = new Date().toISOString()
      delete req.context[intentKey(slug)]
    } else if (isStaff(req.user) && data._status === 'published') {
      data.reviewStatus = 'approved'
    } else if (
      !req.user &&
      data._status === 'published' &&
      (!data.reviewStatus || data.reviewStatus === 'draft')
    ) {
      // System writes (seed, scripts) that publish without saying otherwise publish approved content;
      // "Entwurf" beside a published entry would contradict what the public sees.
      data.reviewStatus = 'approved'
    }
    return data
  }

export function reviewHooks<S extends OwnedCollection>(slug: S): NonNullable<CollectionConfig<S>['hooks']> {
  return {
    beforeOperation: [guardMemberWrite(slug) as unknown as CollectionBeforeOperationHook<S>],
    beforeChange: [recordReview(slug)],
    afterChange: [notifyReview(slug)],
    afterOperation: [announceSubmission as unknown as CollectionAfterOperationHook<S>],
  }
}

/** Records the author of every save (staff-only collections such as pages). */
export const recordAuthor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user?.collection === 'users') data.updatedBy = req.user.id
  return data
}

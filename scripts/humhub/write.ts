import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { HUMHUB_IMPORT_CONTEXT } from '../../cms/src/humhub/context'
import { enqueueChange } from '../../cms/src/publish/enqueue'
import { SKIP_PUBLISH_CONTEXT } from '../../cms/src/publish/settings'
import type { Planned } from './map'
import type { Action } from './plan'

type Id = number | string
export type WriteOptions = {
  publish: boolean
  now: Date
  images: Map<string, { data: Buffer; mimetype: string }>
  progress?: (done: number, total: number, what: string) => void
}

/**
 * Carries out the plan: associations first (events and news point at them), then events and news.
 * The writes run in one transaction where the database has them; on SQLite (Payload's adapter runs
 * without) every write of the run is taken back by hand when a later one fails, so a failed run
 * leaves the database as it found it.
 */
export async function writePlan(payload: Payload, actions: Action[], options: WriteOptions): Promise<void> {
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  const undo: (() => Promise<unknown>)[] = []
  const write = {
    overrideAccess: true,
    depth: 0,
    req,
    context: { [HUMHUB_IMPORT_CONTEXT]: true, [SKIP_PUBLISH_CONTEXT]: true },
  } as const
  const state = options.publish
    ? { _status: 'published', reviewStatus: 'approved' }
    : // Drafts in the editors' review queue: "Zur Prüfung eingereicht".
      { _status: 'draft', reviewStatus: 'submitted' }
  const associationOfSpace = new Map<number, Id>()
  const spaceOf = (sourceId: string) => Number(sourceId.replace(/^space:/, ''))
  let current = ''
  // Logo and banner become media with an alternative text from the name (HumHub has none).
  const addImages = async (planned: Planned, slug: string, want: { logo: boolean; images: boolean }) => {
    const links: Record<string, unknown> = {}
    for (const [suffix, alt, field] of [
      ['', `Logo von ${planned.data.name}`, 'logo'],
      ['#banner', `Titelbild von ${planned.data.name}`, 'images'],
    ] as const) {
      const image = options.images.get(`${planned.sourceId}${suffix}`)
      if (!image || !want[field]) continue
      const media = await payload.create({
        collection: 'media',
        data: { alt } as never,
        file: {
          data: image.data,
          mimetype: image.mimetype,
          name: `${slug}${suffix ? '-titelbild' : ''}.${image.mimetype.split('/')[1]}`,
          size: image.data.length,
        },
        ...write,
      })
      undo.push(() => payload.delete({ collection: 'media', id: media.id, ...write }))
      links[field] = field === 'images' ? [media.id] : media.id
    }
    return links
  }
  // Only the documents that are written count (the long part of a first run: minutes at city scale).
  const writes = actions.filter((a) => a.kind === 'create' || a.kind === 'update').length
  let written = 0
  try {
    for (const action of actions) {
      if (action.kind === 'vanished' || action.kind === 'skip') continue
      const { planned } = action
      current = planned.label
      if (action.kind !== 'unchanged') options.progress?.(written++, writes, planned.label)
      const source = {
        system: 'humhub',
        externalId: planned.sourceId,
        url: planned.url,
        importedAt: options.now.toISOString(),
        hash: planned.hash,
      }
      const links: Record<string, unknown> = {}
      if (planned.collection === 'events')
        links.organizers = [associationOfSpace.get(planned.spaceId ?? -1)].filter((v) => v !== undefined)
      if (planned.collection === 'news')
        links.association =
          planned.spaceId !== undefined ? (associationOfSpace.get(planned.spaceId) ?? null) : null

      if (action.kind === 'unchanged') {
        if (planned.collection === 'associations')
          associationOfSpace.set(spaceOf(planned.sourceId), action.existing.id)
        continue
      }
      if (action.kind === 'update') {
        const before = await payload.findByID({
          collection: planned.collection,
          id: action.existing.id,
          draft: true,
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          req,
        })
        // Images fill in what the association lacks; one an editor chose is never replaced.
        if (planned.collection === 'associations') {
          const doc = before as { slug?: string; logo?: unknown; images?: unknown[] | null }
          Object.assign(
            links,
            await addImages(planned, doc.slug ?? String(action.existing.id), {
              logo: !doc.logo,
              images: !doc.images?.length,
            }),
          )
        }
        await payload.update({
          collection: planned.collection,
          id: action.existing.id,
          data: { ...planned.data, ...links, source, ...state } as never,
          draft: !options.publish,
          ...write,
        })
        undo.push(() =>
          restore(payload, planned.collection, before as unknown as Record<string, unknown>, write),
        )
        if (planned.collection === 'associations')
          associationOfSpace.set(spaceOf(planned.sourceId), action.existing.id)
        continue
      }
      if (planned.collection === 'associations')
        Object.assign(links, await addImages(planned, action.slug, { logo: true, images: true }))
      const doc = await payload.create({
        collection: planned.collection,
        data: { ...planned.data, ...links, slug: action.slug, source, ...state } as never,
        draft: !options.publish,
        ...write,
      })
      undo.push(() => payload.delete({ collection: planned.collection, id: doc.id, ...write }))
      if (planned.collection === 'associations') associationOfSpace.set(spaceOf(planned.sourceId), doc.id)
    }
    if (writes) options.progress?.(writes, writes, '')
    if (options.publish) {
      for (const slug of ['associations', 'events', 'news'] as const)
        await enqueueChange(req, { slug, action: 'updated' })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else
      for (const step of undo.reverse())
        await step().catch((e: Error) =>
          payload.logger.error({ err: e, msg: 'HumHub-Import: Rücknahme fehlgeschlagen' }),
        )
    // Payload's validation error lists the fields' own (German) messages; they say what to fix.
    const fields =
      (error as { data?: { errors?: { message?: string }[] } }).data?.errors
        ?.map((e) => e.message)
        .filter(Boolean) ?? []
    const reason = (fields.length ? fields.join(' ') : (error as Error).message)
      .trim()
      .replace(/([^.!?])$/, '$1.')
    throw new Error(
      `${current || 'Ein Eintrag'} konnte nicht gespeichert werden: ${reason} Der Import wurde zurückgenommen; die Datenbank ist unverändert.`,
      { cause: error },
    )
  }
}

/** Puts an updated document back as it was before this run (its latest version, draft or published). */
function restore(
  payload: Payload,
  collection: 'associations' | 'events' | 'news',
  before: Record<string, unknown>,
  write: { overrideAccess: true; req: PayloadRequest; context: Record<string, unknown> },
) {
  const { id, createdAt: _c, updatedAt: _u, ...data } = before
  return payload.update({
    collection,
    id: id as Id,
    data: data as never,
    draft: before._status !== 'published',
    ...write,
  })
}

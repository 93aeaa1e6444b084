import crypto from 'node:crypto'

import { HumHubClient, HumHubError } from '../../cms/src/humhub/client'
import { hashOf, mapCalendarEntry, mapPost, mapSpace, type Planned, rehash } from './map'
import {
  calendarEntrySchema,
  postSchema,
  PUBLIC_CONTENT,
  PUBLIC_SPACE,
  PUBLISHED_CONTENT,
  spaceSchema,
  type Space,
} from '../../cms/src/humhub/schemas'

export type ReadResult = {
  planned: Planned[]
  /** Images of the spaces, fetched before anything is written (a failing image stops the run). */
  images: Map<string, { data: Buffer; mimetype: string }>
  spaces: Space[]
  /** Counted, never named: private spaces and content stay out of the import and its report. */
  privateSpaces: number
  privateContent: number
  newsRead: boolean
}

const digest = (image: { data: Buffer } | undefined) =>
  image ? crypto.createHash('sha256').update(image.data).digest('hex') : null

type Content = { content: { metadata: { visibility: number; state?: number; hidden?: boolean } } }
const isPublic = (item: Content) =>
  item.content.metadata.visibility === PUBLIC_CONTENT &&
  (item.content.metadata.state ?? PUBLISHED_CONTENT) === PUBLISHED_CONTENT &&
  !item.content.metadata.hidden

/**
 * Reads everything the import needs, checks every answer, and maps it, before a single write:
 * public spaces, their public calendar entries, public posts of the news space. Membership lists
 * and private spaces are never requested beyond the space list itself.
 */
export async function readHumHub(
  client: HumHubClient,
  options: {
    newsSpace?: number
    now: Date
    images?: boolean
    progress?: (done: number, total: number, what: string) => void
  },
): Promise<ReadResult> {
  const all = await client.all('space', spaceSchema, 'der Liste der Spaces')
  const spaces = all.filter((s) => s.visibility === PUBLIC_SPACE && (s.status ?? 1) === 1)
  const result: ReadResult = {
    planned: [],
    images: new Map(),
    spaces,
    privateSpaces: all.length - spaces.length,
    privateContent: 0,
    newsRead: false,
  }
  let done = 0
  for (const space of spaces) {
    options.progress?.(done++, spaces.length, space.name)
    const association = mapSpace(space)
    result.planned.push(association)
    const entries = await client.all(
      `calendar/container/${space.contentcontainer_id}`,
      calendarEntrySchema,
      `der Termine des Space „${space.name}“`,
      { allowMissing: true },
    )
    for (const entry of entries) {
      if (!isPublic(entry)) {
        result.privateContent++
        continue
      }
      result.planned.push(...mapCalendarEntry(entry, space, options.now))
    }
    if (options.images !== false) {
      // HumHub keeps a space's profile image under its guid; a space without one answers 404.
      const image = await client.image(`uploads/profile_image/${space.guid}.jpg`, `Space „${space.name}“`)
      if (image) result.images.set(association.sourceId, image)
      // The banner (title image) lives next to it, under banner/.
      const banner = await client.image(
        `uploads/profile_image/banner/${space.guid}.jpg`,
        `Space „${space.name}“ (Titelbild)`,
      )
      if (banner) result.images.set(`${association.sourceId}#banner`, banner)
      // An image that appears or changes in HumHub makes the association "changed" (./write.ts
      // then fills in a logo or picture the association lacks).
      if (image || banner) {
        association.imageDigest = hashOf([digest(image), digest(banner)])
        rehash(association)
      }
    }
  }
  options.progress?.(spaces.length, spaces.length, '')
  if (options.newsSpace !== undefined) {
    const space = all.find((s) => s.id === options.newsSpace)
    if (!space)
      throw new HumHubError(`Den Space #${options.newsSpace} für die Meldungen gibt es in HumHub nicht.`)
    if (!spaces.includes(space))
      throw new HumHubError(
        `Der Space #${options.newsSpace} ist nicht öffentlich; aus ihm werden keine Meldungen übernommen.`,
      )
    const posts = await client.all(
      `post/container/${space.contentcontainer_id}`,
      postSchema,
      `der Beiträge des Space „${space.name}“`,
    )
    for (const post of posts) {
      if (!isPublic(post)) result.privateContent++
      else result.planned.push(mapPost(post, space))
    }
    result.newsRead = true
  }
  return result
}

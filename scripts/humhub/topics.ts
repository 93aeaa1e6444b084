import fs from 'node:fs'

import type { Payload } from 'payload'
import { z } from 'zod'

import { HumHubError } from '../../cms/src/humhub/client'
import { type Planned, rehash } from './map'

/**
 * The mapping file of `--topics <file>`: a JSON object from a HumHub space tag to the slug of one
 * of our topics, a list of slugs, or `null` for a tag that deliberately maps to nothing
 * (e.g. "Neubrandenburg"). Tags compare without case; see scripts/humhub/topics.example.json.
 */
const mappingSchema = z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)), z.null()]))
/** Lower-cased tag -> the tag as the file writes it (for messages) and its topic slugs. */
export type TopicMapping = Map<string, { tag: string; slugs: string[] }>

const key = (tag: string) => tag.trim().toLocaleLowerCase('de')

export function loadTopicMapping(file: string): TopicMapping {
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new HumHubError(
      `Die Zuordnungsdatei der Schlagwörter „${file}“ ist nicht lesbar oder kein JSON: ${(error as Error).message}.`,
    )
  }
  const parsed = mappingSchema.safeParse(raw)
  if (!parsed.success)
    throw new HumHubError(
      `Die Zuordnungsdatei der Schlagwörter „${file}“ hat nicht das erwartete Format ({ "Schlagwort": "themen-slug" | ["slug", …] | null }).`,
    )
  return new Map(
    Object.entries(parsed.data).map(([tag, slugs]) => [
      key(tag),
      { tag: tag.trim(), slugs: slugs === null ? [] : [slugs].flat() },
    ]),
  )
}

/** Unknown tags, each with the spaces that carry it (for the dry run's report). */
export type UnknownTags = Map<string, string[]>

/** A mapping whose slugs are all checked against our topics: tag -> topic ids. */
export type CheckedMapping = Map<string, { tag: string; ids: (number | string)[] }>

/**
 * Looks the mapping's slugs up among our topics, before HumHub is read: a slug that is no topic
 * of ours stops the run at once with the list of those that exist.
 */
export async function checkTopicMapping(payload: Payload, mapping: TopicMapping): Promise<CheckedMapping> {
  const topics = await payload.find({
    collection: 'topics',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  const idOf = new Map(topics.docs.map((t) => [String(t.slug), t.id]))
  const checked: CheckedMapping = new Map()
  for (const [k, { tag, slugs }] of mapping) {
    for (const slug of slugs)
      if (!idOf.has(slug))
        throw new HumHubError(
          `Die Zuordnungsdatei ordnet das Schlagwort „${tag}“ dem Thema „${slug}“ zu, das es nicht gibt. Vorhandene Themen: ${[...idOf.keys()].sort().join(', ') || 'keine'}.`,
        )
    checked.set(k, { tag, ids: slugs.map((slug) => idOf.get(slug) as number | string) })
  }
  return checked
}

/**
 * Gives every planned association the topics its HumHub tags map to. A tag the mapping does not
 * know is reported (and ignored), so the editors can extend the file and run again. Without a
 * mapping the topics are left as they are (an editor's choice survives a second run) and every tag
 * is reported, so a dry run shows what the file needs.
 */
export function applyTopics(planned: Planned[], mapping: CheckedMapping | undefined): UnknownTags {
  const unknown: UnknownTags = new Map()
  for (const p of planned.filter((item) => item.collection === 'associations')) {
    const ids = new Set<number | string>()
    for (const tag of p.tags ?? []) {
      const found = mapping?.get(key(tag))
      if (!found) {
        const label = tag.trim()
        unknown.set(label, [...(unknown.get(label) ?? []), String(p.data.name)])
        continue
      }
      for (const id of found.ids) ids.add(id)
    }
    if (!mapping) continue
    p.data.topics = [...ids].sort((a, b) => String(a).localeCompare(String(b)))
    rehash(p)
  }
  return unknown
}

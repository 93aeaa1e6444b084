import { z } from 'zod'

// Shapes of HumHub's REST API (module "rest", base /api/v1/) as its OpenAPI files describe them
// (docs/swagger/{common,space,calendar,post,content}.yaml in humhub/rest). Only what the import
// reads is required; everything else may come and go between HumHub versions.

/** Every list answers `{ total, page, pages, results }` (plus `links`). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int().nonnegative(),
    page: z.number().int().nonnegative(),
    pages: z.number().int().nonnegative(),
    results: z.array(item),
  })

const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?/, 'Datum im Format JJJJ-MM-TT hh:mm:ss erwartet')

/** Content metadata: visibility 0 = private, 1 = public; state 1 = published. */
export const contentSchema = z.object({
  id: z.number().int(),
  metadata: z.object({
    id: z.number().int(),
    guid: z.string().optional(),
    visibility: z.number().int(),
    state: z.number().int().optional(),
    archived: z.boolean().optional(),
    hidden: z.boolean().optional(),
    created_at: timestamp,
    updated_at: timestamp.nullable().optional(),
    url: z.string().url(),
    contentcontainer_id: z.number().int(),
  }),
  topics: z.array(z.object({ id: z.number().int(), name: z.string() })).optional(),
})

/** Space visibility: 0 = members only (private), 1 = registered users, 2 = everyone. Status 1 = enabled. */
export const spaceSchema = z.object({
  id: z.number().int(),
  guid: z.string().min(1),
  name: z.string(),
  description: z.string().nullable().optional(),
  url: z.string().url(),
  contentcontainer_id: z.number().int(),
  visibility: z.number().int(),
  status: z.number().int().optional(),
  tags: z.array(z.string()).optional(),
})

export const calendarEntrySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string().nullable().optional(),
  start_datetime: timestamp,
  end_datetime: timestamp,
  all_day: z.number().int(),
  time_zone: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  closed: z.number().int().optional(),
  // The calendar module stores series as an RFC 5545 rule (+ excluded dates); exposed by newer
  // versions, absent for single entries.
  rrule: z.string().nullable().optional(),
  exdate: z.string().nullable().optional(),
  content: contentSchema,
})

export const postSchema = z.object({
  id: z.number().int(),
  message: z.string(),
  content: contentSchema,
})

export type Space = z.infer<typeof spaceSchema>
export type CalendarEntry = z.infer<typeof calendarEntrySchema>
export type Post = z.infer<typeof postSchema>

export const PUBLIC_SPACE = 2
export const PUBLIC_CONTENT = 1
export const PUBLISHED_CONTENT = 1

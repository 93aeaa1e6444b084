import { z } from 'zod'

// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/), as Klarschiff.MV and other
// municipal reporting services speak it. Only the fields we read are declared.

export const serviceObject = z.object({
  service_code: z.union([z.string(), z.number()]).transform(String),
  service_name: z.string(),
  group: z.string().nullish(),
})

const coordinate = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()

export const requestObject = z.object({
  service_request_id: z.union([z.string(), z.number()]).transform(String),
  status: z.enum(['open', 'closed']),
  service_code: z.union([z.string(), z.number()]).transform(String).nullish(),
  service_name: z.string().nullish(),
  requested_datetime: z.iso.datetime({ offset: true }),
  updated_datetime: z.iso.datetime({ offset: true }).nullish(),
  lat: coordinate,
  long: coordinate,
})

/** A GeoReport error answer: a list of { code, description }. */
export const errorList = z.array(
  z.object({ code: z.union([z.number(), z.string()]), description: z.string() }),
)

// What the site shows and the snapshot keeps. No description, address, photo or notes: citizens
// write names, phone numbers and number plates into them.
export const serviceReport = z.object({
  id: z.string(),
  category: z.string(),
  status: z.enum(['open', 'closed']),
  requestedAt: z.string(),
  updatedAt: z.string().optional(),
  lat: z.number().optional(),
  long: z.number().optional(),
})
export type ServiceReport = z.infer<typeof serviceReport>

export const reportsSnapshot = z.object({
  endpoint: z.string(),
  fetchedAt: z.string(),
  reports: z.array(serviceReport),
})
export type ReportsSnapshot = z.infer<typeof reportsSnapshot>

import { z } from 'zod'

// Shapes of OParl 1.1 (https://oparl.org/spezifikation/), the read-only JSON API of German council
// information systems (ALLRIS, SessionNet, Somacos, …). Only the fields we read are declared; zod
// ignores the rest. Objects that are `deleted: true` keep only id, type and deleted, so every other
// field is optional here and checked where it is used.

const url = z.url()
const text = z.string().nullish()
const time = z.iso.datetime({ offset: true }).nullish()

export const fileObject = z.object({
  id: url,
  name: text,
  fileName: text,
  mimeType: text,
  accessUrl: url.nullish(),
  downloadUrl: url.nullish(),
})

export const agendaItemObject = z.object({
  id: url,
  number: text,
  order: z.number().int().nullish(),
  name: text,
  // OParl 1.1: "Kennzeichnet, ob der Tagesordnungspunkt zur Behandlung in öffentlicher Sitzung
  // vorgesehen ist." Missing counts as not public: we never show what we cannot be sure of.
  public: z.boolean().nullish(),
  consultation: url.nullish(),
  auxiliaryFile: z.array(fileObject).nullish(),
})

export const locationObject = z.object({
  id: url.nullish(),
  description: text,
  streetAddress: text,
  room: text,
  postalCode: text,
  locality: text,
})

export const meetingObject = z.object({
  id: url,
  deleted: z.boolean().nullish(),
  name: text,
  meetingState: text,
  cancelled: z.boolean().nullish(),
  start: time,
  end: time,
  // 1.1 embeds the Location object; some systems give only its URL.
  location: z.union([locationObject, url]).nullish(),
  organization: z.array(url).nullish(),
  invitation: fileObject.nullish(),
  resultsProtocol: fileObject.nullish(),
  auxiliaryFile: z.array(fileObject).nullish(),
  agendaItem: z.array(agendaItemObject).nullish(),
  web: url.nullish(),
  modified: time,
})

export const organizationObject = z.object({
  id: url,
  deleted: z.boolean().nullish(),
  name: text,
  shortName: text,
  organizationType: text,
  classification: text,
  endDate: text,
  web: url.nullish(),
})

export const bodyObject = z.object({
  id: url,
  name: z.string(),
  shortName: text,
  website: url.nullish(),
  organization: url,
  meeting: url,
  paper: url.nullish(),
})

export const systemObject = z.object({
  id: url,
  oparlVersion: z.string(),
  name: text,
  body: url,
  website: url.nullish(),
})

/** One page of an OParl list: `data` plus `links.next` to the following page. */
export const listPage = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), links: z.object({ next: url.nullish() }).nullish() })

export type MeetingObject = z.infer<typeof meetingObject>
export type OrganizationObject = z.infer<typeof organizationObject>

// What the site shows and the snapshot keeps: public parts only, nothing copied but names and links.

export const councilFile = z.object({ name: z.string(), url })
export const councilMeeting = z.object({
  id: url,
  name: z.string(),
  start: z.string(),
  end: z.string().optional(),
  cancelled: z.boolean(),
  location: z.string().optional(),
  organizations: z.array(z.object({ id: url, name: z.string() })),
  web: url.optional(),
  files: z.array(councilFile),
  agenda: z.array(z.object({ number: z.string().optional(), name: z.string(), files: z.array(councilFile) })),
})
export type CouncilMeeting = z.infer<typeof councilMeeting>

export const councilSnapshot = z.object({
  systemUrl: z.string(),
  bodyName: z.string(),
  bodyWebsite: z.string().optional(),
  fetchedAt: z.string(),
  meetings: z.array(councilMeeting),
})
export type CouncilSnapshot = z.infer<typeof councilSnapshot>

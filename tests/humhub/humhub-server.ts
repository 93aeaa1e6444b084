import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'

// A stand-in for HumHub's REST API (module "rest", /api/v1/), answering in the shapes of its
// OpenAPI files: paged lists `{ total, page, pages, links, results }`, spaces, calendar entries and
// posts with their `content.metadata`. Like HumHub it caps `limit` (here low, so few spaces span
// several pages) and wants a bearer token. Tests change `data` and `faults` between runs.

export const TOKEN = 'test-token-humhub'

type Json = Record<string, unknown>
export type StandInData = {
  spaces: Json[]
  calendar: Record<number, Json[]>
  posts: Record<number, Json[]>
  /** Space id -> its memberships (HumHub's SpaceMembership); only a hand-over reads them. */
  memberships?: Record<number, Json[]>
  /** User id -> HumHub's User (with `account.email`). */
  users?: Record<number, Json>
  /** Space guid (profile image) or `banner/<guid>` (title image) -> image answer. */
  images: Record<string, { status: number; type?: string; body?: Buffer; length?: number }>
}
export type Faults = {
  /** Path (without /api/v1, with query) -> status code to answer instead. */
  status?: Record<string, number>
  /** Path prefix whose answer never comes (a timeout for the client). */
  stall?: string
  /** Path prefix -> body to answer instead (wrong shapes). */
  body?: Record<string, unknown>
}

export type StandIn = {
  url: string
  data: StandInData
  faults: Faults
  requests: string[]
  close: () => Promise<void>
}

const stamp = (day: string, time = '10:00:00') => `${day} ${time}`

export function content(
  id: number,
  container: number,
  url: string,
  options: { visibility?: number; created?: string } = {},
): Json {
  return {
    id,
    metadata: {
      id,
      guid: `c0ffee00-0000-4000-8000-${String(id).padStart(12, '0')}`,
      object_model: 'humhub\\modules\\post\\models\\Post',
      object_id: id,
      visibility: options.visibility ?? 1,
      state: 1,
      archived: false,
      hidden: false,
      pinned: false,
      locked_comments: false,
      created_by: { id: 1, guid: 'u-1', display_name: 'Redaktion' },
      created_at: options.created ?? stamp('2026-09-01'),
      updated_by: null,
      updated_at: options.created ?? stamp('2026-09-01'),
      scheduled_at: null,
      url,
      contentcontainer_id: container,
      stream_channel: 'default',
    },
    comments: { total: 0, latest: [] },
    likes: { total: 0 },
    topics: [],
    files: [],
  }
}

export function space(
  id: number,
  name: string,
  slug: string,
  base: string,
  options: { visibility?: number; description?: string | null; tags?: string[] } = {},
): Json {
  return {
    id,
    guid: `5ace0000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    name,
    description: options.description === undefined ? `${name} in Neubrandenburg.` : options.description,
    url: `${base}/s/${slug}/`,
    contentcontainer_id: 100 + id,
    visibility: options.visibility ?? 2,
    join_policy: 1,
    status: 1,
    tags: options.tags ?? ['Neubrandenburg'],
    owner: { id: 1, guid: 'u-1', display_name: 'Redaktion' },
    hideMembers: 0,
    hideAbout: 0,
    hideActivities: 0,
    hideFollowers: 0,
    indexUrl: `/s/${slug}/space/space/home`,
    indexGuestUrl: `/s/${slug}/space/space/home`,
  }
}

export function entry(
  id: number,
  spaceSlug: string,
  container: number,
  base: string,
  fields: Json,
  options: { visibility?: number } = {},
): Json {
  return {
    id,
    title: 'Termin',
    description: '',
    start_datetime: stamp('2026-10-14', '18:00:00'),
    end_datetime: stamp('2026-10-14', '20:00:00'),
    all_day: 0,
    participation_mode: 2,
    color: '#6fdbe8',
    allow_decline: 1,
    allow_maybe: 1,
    time_zone: 'Europe/Berlin',
    participant_info: '',
    closed: 0,
    max_participants: 0,
    location: null,
    content: content(1000 + id, container, `${base}/s/${spaceSlug}/calendar/entry/view?id=${id}`, options),
    participants: { attending: [], maybe: [], declined: [] },
    ...fields,
  }
}

export function post(
  id: number,
  container: number,
  base: string,
  message: string,
  options: { visibility?: number; created?: string } = {},
): Json {
  return {
    id,
    message,
    content: content(2000 + id, container, `${base}/content/perma?id=${2000 + id}`, options),
  }
}

/** A HumHub user (user.yaml's User) and a membership of a space (space.yaml's SpaceMembership). */
export function user(id: number, name: string, email: string): Json {
  const [firstname, ...rest] = name.split(' ')
  return {
    id,
    guid: `05e40000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    display_name: name,
    url: `/u/${firstname.toLowerCase()}/`,
    account: { id, guid: `05e4-${id}`, username: firstname.toLowerCase(), email, visibility: 1, status: 1 },
    profile: { firstname, lastname: rest.join(' ') },
  }
}
export function membership(member: Json, role: 'admin' | 'moderator' | 'member', status = 3): Json {
  return {
    role,
    status,
    can_cancel_membership: true,
    send_notifications: false,
    show_at_dashboard: true,
    member_since: '2021-03-01 10:00:00',
    user: { id: member.id, guid: member.guid, display_name: member.display_name, url: member.url },
  }
}

export async function pngOf(color: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 3, background: color } })
    .png()
    .toBuffer()
}

export async function startHumHubStandIn(
  build: (base: string) => Promise<StandInData> | StandInData,
  options: { maxLimit?: number; port?: number } = {},
): Promise<StandIn> {
  const maxLimit = options.maxLimit ?? 3
  const requests: string[] = []
  const stalled = new Set<http.ServerResponse>()
  const state = { data: undefined as unknown as StandInData, faults: {} as Faults }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    requests.push(`${url.pathname}${url.search}`)
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body))
    // HumHub keeps a space's profile image at uploads/profile_image/<guid>.jpg, its banner (title
    // image) at uploads/profile_image/banner/<guid>.jpg.
    const image = /^\/uploads\/profile_image\/((?:banner\/)?[^/]+)\.jpg$/.exec(url.pathname)
    if (image) {
      const answer = state.data.images[image[1]] ?? { status: 404 }
      const headers: Record<string, string | number> = { 'content-type': answer.type ?? 'image/png' }
      if (answer.length) headers['content-length'] = answer.length
      res.writeHead(answer.status, headers)
      if (answer.length && answer.length > (answer.body?.length ?? 0)) {
        // Announces more than it sends: the client must refuse it by the header alone.
        res.write(answer.body ?? Buffer.alloc(0))
        stalled.add(res)
        return
      }
      res.end(answer.body ?? '')
      return
    }
    if (!url.pathname.startsWith('/api/v1/')) return json(404, { code: 404, message: 'Seite nicht gefunden' })
    if (req.headers.authorization !== `Bearer ${TOKEN}`)
      return json(401, { code: 401, message: 'Login required for this API endpoint.' })
    const rest = url.pathname.slice('/api/v1'.length)
    const faults = state.faults
    const key = `${rest}${url.search}`
    if (faults.stall && key.startsWith(faults.stall)) {
      stalled.add(res)
      return
    }
    const forced = Object.entries(faults.status ?? {}).find(([prefix]) => key.startsWith(prefix))
    if (forced) return json(forced[1], { code: forced[1], message: 'Internal server error' })
    const shaped = Object.entries(faults.body ?? {}).find(([prefix]) => key.startsWith(prefix))
    if (shaped) return json(200, shaped[1])

    let list: Json[] | undefined
    if (rest === '/space') list = state.data.spaces
    const calendar = /^\/calendar\/container\/(\d+)$/.exec(rest)
    if (calendar) {
      const items = state.data.calendar[Number(calendar[1])]
      // Like HumHub for a space without the calendar module.
      if (!items) return json(404, { code: 404, message: 'Content container not found!' })
      list = items
    }
    const user = /^\/user\/(\d+)$/.exec(rest)
    if (user) {
      const found = state.data.users?.[Number(user[1])]
      return found ? json(200, found) : json(404, { code: 404, message: 'User not found' })
    }
    const memberships = /^\/space\/(\d+)\/membership$/.exec(rest)
    if (memberships) list = state.data.memberships?.[Number(memberships[1])] ?? []
    const posts = /^\/post\/container\/(\d+)$/.exec(rest)
    if (posts) list = state.data.posts[Number(posts[1])] ?? []
    if (!list) return json(404, { code: 404, message: 'Not found' })
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20), 1), maxLimit)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
    const pages = Math.ceil(list.length / limit)
    const link = (p: number) => `${rest}?page=${p}&per-page=${limit}`
    json(200, {
      total: list.length,
      page,
      pages,
      links: {
        self: link(page),
        ...(page < pages ? { next: link(page + 1) } : {}),
        last: link(Math.max(pages, 1)),
      },
      results: list.slice((page - 1) * limit, page * limit),
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.data = await build(url)
  return {
    url,
    get data() {
      return state.data
    },
    set data(value: StandInData) {
      state.data = value
    },
    get faults() {
      return state.faults
    },
    set faults(value: Faults) {
      state.faults = value
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of stalled) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for a council information system's OParl 1.1 API (as ALLRIS and SessionNet
// publish it): System -> Body list -> paged lists of organizations and meetings with embedded
// agenda items, locations and files, `links.next` paging, `modified_since`, deleted objects.
// Dates are relative to the moment the stand-in starts, so "upcoming" stays upcoming.

export type OparlMode = 'ok' | 'http500' | 'html' | 'shape' | 'slow' | 'endless' | 'loop' | 'down'

const day = 24 * 60 * 60 * 1000
const ns = 'https://schema.oparl.org/1.1/'

export type OparlStandIn = {
  url: string
  systemUrl: string
  mode: OparlMode
  requests: string[]
  /** Changes a meeting now (its `modified` moves to now). */
  change: (n: number, patch: Record<string, unknown>) => void
  /** Deletes a meeting now, as OParl does: only id, type, deleted and modified stay. */
  remove: (n: number) => void
  close: () => Promise<void>
}

export async function startOparlStandIn(
  /** extraMeetings: a city's year of meetings on top (the benchmark), a year around today. */
  options: { pageSize?: number; port?: number; extraMeetings?: number } = {},
): Promise<OparlStandIn> {
  const pageSize = options.pageSize ?? 3
  const started = Date.now()
  const at = (days: number, hour: number) => {
    const d = new Date(started + days * day)
    d.setUTCHours(hour, 0, 0, 0)
    return d.toISOString().replace('.000Z', '+00:00')
  }
  let base = ''
  const org = (n: number) => `${base}/oparl/v1/organization/${n}`
  const file = (n: number, name: string) => ({
    id: `${base}/oparl/v1/file/${n}`,
    type: `${ns}File`,
    name,
    fileName: `${name.replace(/\W+/g, '_')}.pdf`,
    mimeType: 'application/pdf',
    accessUrl: `${base}/oparl/v1/file/${n}/download`,
  })
  const organizations = [
    {
      n: 1,
      name: 'Stadtvertretung Neubrandenburg',
      shortName: 'SV',
      organizationType: 'Gremium',
      classification: 'Stadtvertretung',
    },
    {
      n: 2,
      name: 'Hauptausschuss',
      shortName: 'HA',
      organizationType: 'Gremium',
      classification: 'Ausschuss',
    },
    {
      n: 3,
      name: 'Ausschuss für Stadtentwicklung, Umwelt und Bau',
      shortName: 'SUB',
      organizationType: 'Gremium',
      classification: 'Ausschuss',
    },
  ].map((o) => ({ ...o, id: '', type: `${ns}Organization` }))
  const meeting = (
    n: number,
    days: number,
    orgN: number,
    name: string,
    agenda: [string, string, boolean, boolean?][],
    extra: Record<string, unknown> = {},
  ) => ({
    n,
    days,
    build: () => ({
      id: `${base}/oparl/v1/meeting/${n}`,
      type: `${ns}Meeting`,
      name,
      meetingState: days < 0 ? 'durchgeführt' : 'eingeladen',
      cancelled: false,
      start: at(days, 16),
      end: at(days, 19),
      location: {
        id: `${base}/oparl/v1/location/1`,
        type: `${ns}Location`,
        description: 'Rathaus, Großer Sitzungssaal',
        streetAddress: 'Friedrich-Engels-Ring 53',
        postalCode: '17033',
        locality: 'Neubrandenburg',
      },
      organization: [org(orgN)],
      invitation: file(n * 10, `Einladung ${name}`),
      agendaItem: agenda.map(([number, title, isPublic, withFile], i) => ({
        id: `${base}/oparl/v1/agendaitem/${n * 100 + i}`,
        type: `${ns}AgendaItem`,
        meeting: `${base}/oparl/v1/meeting/${n}`,
        number,
        order: i,
        name: title,
        public: isPublic,
        ...(withFile ? { auxiliaryFile: [file(n * 100 + i, `Vorlage zu TOP ${number}`)] } : {}),
      })),
      web: `${base}/si0057.asp?__ksinr=${n}`,
      created: at(-200, 8),
      modified: at(-30, 8),
      ...extra,
    }),
  })
  const plan = [
    meeting(1, -240, 1, 'Sitzung der Stadtvertretung (alt)', [['1', 'Eröffnung', true]]),
    meeting(2, -60, 2, 'Sitzung des Hauptausschusses', [
      ['1', 'Eröffnung und Feststellung der Tagesordnung', true],
      ['2', 'Bericht des Oberbürgermeisters', true],
    ]),
    meeting(3, 9, 1, 'Sitzung der Stadtvertretung', [
      ['1', 'Eröffnung und Feststellung der Beschlussfähigkeit', true],
      ['2', 'Einwohnerfragestunde', true],
      ['3', 'Haushaltssatzung 2027 der Stadt Neubrandenburg', true, true],
      ['4', 'Grundstücksangelegenheit Ihlenfelder Vorstadt (nicht öffentlich)', false],
      ['5', 'Personalangelegenheit Vertragsverlängerung', false],
    ]),
    meeting(4, 16, 2, 'Sitzung des Hauptausschusses', [
      ['1', 'Eröffnung', true],
      ['2', 'Vergabe Sanierung Kita Lindenhof', false],
    ]),
    meeting(5, 23, 3, 'Sitzung des Ausschusses für Stadtentwicklung, Umwelt und Bau', [
      ['1', 'Radverkehrskonzept Innenstadt', true, true],
    ]),
    meeting(6, 30, 3, 'Sondersitzung Bauausschuss', [['1', 'Bebauungsplan Nr. 142', true]], {
      deleted: true,
    }),
    meeting(7, 37, 1, 'Sitzung der Stadtvertretung', [['1', 'Eröffnung', true]]),
    ...Array.from({ length: options.extraMeetings ?? 0 }, (_, i) =>
      meeting(
        100 + i,
        Math.round(-180 + (i * 360) / (options.extraMeetings ?? 1)),
        1 + (i % 3),
        `Sitzung Nr. ${i + 1}`,
        Array.from({ length: 12 }, (_, n): [string, string, boolean, boolean] => [
          String(n + 1),
          n % 3 === 2 ? `Nichtöffentliche Angelegenheit ${n + 1}` : `Beschlussvorlage ${i + 1}/${n + 1}`,
          n % 3 !== 2,
          n % 3 === 0,
        ]),
      ),
    ),
  ]
  const state = new Map(plan.map((p) => [p.n, p]))
  const overrides = new Map<number, Record<string, unknown>>()
  const stand: OparlStandIn = {
    url: '',
    systemUrl: '',
    mode: 'ok',
    requests: [],
    change: (n, patch) =>
      overrides.set(n, { ...overrides.get(n), ...patch, modified: new Date().toISOString() }),
    remove: (n) => overrides.set(n, { deleted: true, modified: new Date().toISOString() }),
    close: () =>
      new Promise((resolve) => {
        // A 'slow' answer still pending must not hold the test's end.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const meetingObject = (n: number) => {
    const built = state.get(n)!.build() as Record<string, unknown>
    const patch = overrides.get(n)
    if (built.deleted || patch?.deleted)
      return {
        id: built.id,
        type: built.type,
        deleted: true,
        modified: (patch?.modified as string) ?? built.modified,
      }
    return { ...built, ...patch }
  }
  const list = (items: unknown[], page: number, path: string, query: URLSearchParams) => {
    const slice = items.slice((page - 1) * pageSize, page * pageSize)
    const next = new URLSearchParams(query)
    next.set('page', String(page + 1))
    return {
      data: slice,
      pagination: {
        totalElements: items.length,
        elementsPerPage: pageSize,
        currentPage: page,
        totalPages: Math.ceil(items.length / pageSize),
      },
      links: page * pageSize < items.length ? { next: `${base}${path}?${next}` } : {},
    }
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base)
    stand.requests.push(`${url.pathname}${url.search}`)
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (stand.mode === 'down') return req.socket.destroy()
    // Slow: the answer comes after every time budget (the reader must give up on its own).
    if (stand.mode === 'slow') return void setTimeout(() => send(200, {}), 60_000).unref()
    if (stand.mode === 'http500') return send(500, '<h1>Internal Server Error</h1>', 'text/html')
    if (stand.mode === 'html')
      return send(
        200,
        '<!doctype html><title>Wartungsarbeiten</title><p>Das Ratsinformationssystem ist vorübergehend nicht erreichbar.</p>',
        'text/html',
      )
    const page = Number(url.searchParams.get('page') ?? 1)
    if (url.pathname === '/oparl/v1/system') {
      return send(
        200,
        stand.mode === 'shape'
          ? { id: stand.systemUrl, type: `${ns}System`, oparlVersion: ns, body: 42 }
          : {
              id: stand.systemUrl,
              type: `${ns}System`,
              oparlVersion: ns,
              name: 'ALLRIS net OParl',
              body: `${base}/oparl/v1/bodies`,
              website: `${base}/`,
            },
      )
    }
    if (url.pathname === '/oparl/v1/bodies') {
      return send(
        200,
        list(
          [
            {
              id: `${base}/oparl/v1/body/1`,
              type: `${ns}Body`,
              name: 'Stadt Neubrandenburg',
              shortName: 'Neubrandenburg',
              website: 'https://www.neubrandenburg.de/',
              organization: `${base}/oparl/v1/body/1/organizations`,
              meeting: `${base}/oparl/v1/body/1/meetings`,
              paper: `${base}/oparl/v1/body/1/papers`,
            },
          ],
          1,
          url.pathname,
          url.searchParams,
        ),
      )
    }
    if (url.pathname === '/oparl/v1/body/1/organizations') {
      return send(
        200,
        list(
          organizations.map((o) => ({ ...o, id: org(o.n), n: undefined })),
          page,
          url.pathname,
          url.searchParams,
        ),
      )
    }
    if (url.pathname === '/oparl/v1/body/1/meetings') {
      if (stand.mode === 'endless')
        return send(200, { data: [], links: { next: `${base}${url.pathname}?page=${page + 1}` } })
      if (stand.mode === 'loop')
        return send(200, { data: [], links: { next: `${base}${url.pathname}?page=1` } })
      const since = url.searchParams.get('modified_since')
      const all = plan
        .map((p) => meetingObject(p.n))
        .filter((m) => !since || Date.parse(String(m.modified)) >= Date.parse(since))
      return send(200, list(all, page, url.pathname, url.searchParams))
    }
    send(404, { error: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  stand.url = base
  stand.systemUrl = `${base}/oparl/v1/system`
  return stand
}

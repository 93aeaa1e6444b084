import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderDemoImage } from '../../cms/src/seed/images'
import { login, startTestCms, type TestCms } from '../helpers/cms'

let cms: TestCms
let token: string

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'model' })
  await cms.payload.create({
    collection: 'users',
    data: { email: 'red@example.org', password: 'Test-Passwort-123', role: 'editor' },
  })
  token = await login(cms.api!, 'red@example.org', 'Test-Passwort-123')
})
afterAll(async () => cms?.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cms.api!.url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `JWT ${token}`,
      'content-type': 'application/json',
      'accept-language': 'de',
      ...headers,
    },
    body: JSON.stringify(body),
  })

const errorsOf = async (res: Response) => {
  const body = (await res.json()) as {
    errors?: { message: string; data?: { errors?: { message: string; path: string }[] } }[]
  }
  return body.errors ?? []
}

describe('validation comes back in German and saves nothing', () => {
  it('rejects an event that ends before it starts', async () => {
    const res = await post('/api/events', {
      title: 'Rückwärts laufende Veranstaltung',
      start: '2026-12-05T17:00:00.000Z',
      end: '2026-12-05T16:00:00.000Z',
      venue: { name: 'Rathaus' },
      _status: 'published',
    })
    expect(res.status).toBe(400)
    const [error] = await errorsOf(res)
    const fieldErrors = error.data?.errors ?? []
    expect(fieldErrors).toContainEqual(
      expect.objectContaining({
        path: 'end',
        message: expect.stringContaining('Das Ende darf nicht vor dem Beginn'),
      }),
    )
    // The start time in the message is Berlin time: 17:00 UTC is 18:00 in December.
    expect(fieldErrors.find((e) => e.path === 'end')?.message).toContain('18:00')
    const found = await cms.payload.find({
      collection: 'events',
      where: { title: { equals: 'Rückwärts laufende Veranstaltung' } },
      draft: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('asks for a venue for on-site events and a link for online events', async () => {
    const onsite = await post('/api/events', {
      title: 'Ohne Ort',
      start: '2026-12-05T17:00:00.000Z',
      attendance: 'onsite',
      _status: 'published',
    })
    expect(JSON.stringify(await errorsOf(onsite))).toContain('Bitte geben Sie den Veranstaltungsort an.')
    const online = await post('/api/events', {
      title: 'Ohne Link',
      start: '2026-12-05T17:00:00.000Z',
      attendance: 'online',
      _status: 'published',
    })
    expect(JSON.stringify(await errorsOf(online))).toContain(
      'Bitte geben Sie den Link zur Online-Teilnahme an.',
    )
  })

  it('keeps the saved version when an update is invalid', async () => {
    const event = await cms.payload.create({
      collection: 'events',
      data: {
        title: 'Stadtteilfest',
        start: '2026-12-10T10:00:00.000Z',
        start_tz: 'Europe/Berlin',
        end: '2026-12-10T14:00:00.000Z',
        attendance: 'onsite',
        venue: { name: 'Markt' },
        _status: 'published',
      },
    })
    const res = await fetch(`${cms.api!.url}/api/events/${event.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ end: '2026-12-09T10:00:00.000Z' }),
    })
    expect(res.status).toBe(400)
    const again = await cms.payload.findByID({ collection: 'events', id: event.id })
    expect(again.end).toBe('2026-12-10T14:00:00.000Z')
  })

  it('requires an alternative text for images', async () => {
    const png = await renderDemoImage(0, 120, 80)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'bild.png')
    form.append('_payload', JSON.stringify({ alt: '' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'accept-language': 'de' },
      body: form,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await errorsOf(res))).toMatch(/Alternativtext/)
    expect((await cms.payload.find({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('refuses files that are neither images nor PDF, with the reason', async () => {
    const form = new FormData()
    form.append('file', new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), 'seite.html')
    form.append('_payload', JSON.stringify({ alt: 'Test' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(400)
    const [error] = await errorsOf(res)
    expect(error.message).toContain('nicht erlaubtes Format')
    expect(error.message).toContain('Erlaubt sind Bilder (JPEG, PNG, WebP, GIF, AVIF) und PDF-Dokumente.')
    expect((await cms.payload.find({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('refuses a file that claims to be an image but is not one', async () => {
    const form = new FormData()
    form.append('file', new Blob(['das ist kein Bild'], { type: 'image/png' }), 'falsch.png')
    form.append('_payload', JSON.stringify({ alt: 'Test' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'accept-language': 'de' },
      body: form,
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect((await cms.payload.find({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('accepts a real image with alt text and makes the resized versions', async () => {
    const png = await renderDemoImage(1, 1800, 1200)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'see.png')
    form.append('_payload', JSON.stringify({ alt: 'Blick auf den Tollensesee' }))
    const res = await fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as {
      doc: { mimeType: string; width: number; sizes: Record<string, { width: number; url: string }> }
    }
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.width).toBe(1800)
    expect(doc.sizes.card.width).toBe(800)
    const file = await fetch(`${cms.api!.url}${doc.sizes.thumbnail.url}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/webp')
  })
})

describe('slugs', () => {
  it('derives German slugs from titles and keeps them unique per collection', async () => {
    const a = await cms.payload.create({
      collection: 'news',
      data: { title: 'Größere Säle für Vereine & Initiativen', _status: 'published' },
    })
    const b = await cms.payload.create({
      collection: 'news',
      data: { title: 'Größere Säle für Vereine & Initiativen', _status: 'published' },
    })
    expect(a.slug).toBe('groessere-saele-fuer-vereine-und-initiativen')
    expect(b.slug).toBe('groessere-saele-fuer-vereine-und-initiativen-2')
    // Same title in another collection: no clash.
    const page = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Größere Säle für Vereine & Initiativen', _status: 'published' },
    })
    expect(page.slug).toBe('groessere-saele-fuer-vereine-und-initiativen')
  })

  it('keeps the slug when the title changes, and lets editors set one', async () => {
    const doc = await cms.payload.create({
      collection: 'news',
      data: { title: 'Straßenfest in der Oststadt', _status: 'published' },
    })
    const renamed = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      data: { title: 'Großes Straßenfest' },
    })
    expect(renamed.slug).toBe('strassenfest-in-der-oststadt')
    const edited = await cms.payload.update({
      collection: 'news',
      id: doc.id,
      data: { slug: 'Straßenfest 2026' },
    })
    expect(edited.slug).toBe('strassenfest-2026')
  })

  it('reports a hand-written slug that is already taken instead of renaming it', async () => {
    await cms.payload.create({ collection: 'pages', data: { title: 'Kontakt', _status: 'published' } })
    const other = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Anfahrt', _status: 'published' },
    })
    const error = await cms.payload
      .update({ collection: 'pages', id: other.id, data: { slug: 'kontakt' } })
      .catch((e) => e)
    expect(error.data.errors).toEqual([
      expect.objectContaining({
        path: 'slug',
        message: 'Die Adresse „kontakt“ ist schon vergeben. Bitte wählen Sie eine andere.',
      }),
    ])
    expect((await cms.payload.findByID({ collection: 'pages', id: other.id })).slug).toBe('anfahrt')
  })
})

describe('localization', () => {
  it('falls back to German where no English text exists, and serves English where it does', async () => {
    const doc = await cms.payload.create({
      collection: 'opportunities',
      locale: 'de',
      data: {
        title: 'Vorlesen im Seniorenheim',
        summary: 'Lesen Sie einmal pro Woche vor.',
        commitment: 'regular',
        association: (
          await cms.payload.create({
            collection: 'associations',
            data: {
              name: 'Lesekreis Süd',
              shortDescription: 'Wir lesen.',
              kind: 'club',
              _status: 'published',
            },
          })
        ).id,
        _status: 'published',
      },
    })
    await cms.payload.update({
      collection: 'opportunities',
      id: doc.id,
      locale: 'en',
      data: { title: 'Reading aloud in a care home' },
    })
    const en = (await (await fetch(`${cms.api!.url}/api/opportunities/${doc.id}?locale=en`)).json()) as {
      title: string
      summary: string
    }
    expect(en.title).toBe('Reading aloud in a care home')
    expect(en.summary).toBe('Lesen Sie einmal pro Woche vor.')
    const de = (await (await fetch(`${cms.api!.url}/api/opportunities/${doc.id}`)).json()) as {
      title: string
    }
    expect(de.title).toBe('Vorlesen im Seniorenheim')
  })
})

describe('concurrent editors', () => {
  it('saves 20 simultaneous publishes over REST without losing one (SQLite with transactions)', async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `Gleichzeitige Meldung ${i + 1}`)
    const responses = await Promise.all(
      titles.map((title) => post('/api/news', { title, _status: 'published' })),
    )
    expect(responses.map((r) => r.status)).toEqual(titles.map(() => 201))
    const saved = await cms.payload.find({
      collection: 'news',
      where: { title: { like: 'Gleichzeitige Meldung' } },
      limit: 50,
    })
    expect(saved.totalDocs).toBe(20)
    expect(new Set(saved.docs.map((d) => d.slug)).size).toBe(20)
  })
})

describe('saves during slow work', () => {
  it('saves an editor’s change while another request is still processing a large image', async () => {
    const big = await renderDemoImage(3, 4000, 3000)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(big)], { type: 'image/png' }), 'gross.png')
    form.append('_payload', JSON.stringify({ alt: 'Großes Bild vom Tollensesee' }))
    const uploading = fetch(`${cms.api!.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    await new Promise((r) => setTimeout(r, 50))
    const saves = await Promise.all(
      ['Erste', 'Zweite', 'Dritte'].map((n) =>
        post('/api/news', { title: `${n} Meldung während des Hochladens`, _status: 'published' }),
      ),
    )
    expect(saves.map((r) => r.status)).toEqual([201, 201, 201])
    expect((await uploading).status).toBe(201)
  })
})

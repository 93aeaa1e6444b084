import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentLocales, defaultLocale } from '../../cms/src/locales'
import { renderDemoImage } from '../../cms/src/seed/images'
import { login, startTestCms, type TestCms } from '../helpers/cms'
import { tinyMp4 } from '../helpers/mp4'

// Issue 16: which entries lack a translation (the "Übersetzung fehlt" field and filter), and the
// German Sign Language videos: MP4 only there, never as an ordinary upload.
let cms: TestCms
const tokens: Record<string, string> = {}
const others = contentLocales.filter((l) => l.code !== defaultLocale).map((l) => l.code as string)

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'easy-language' })
  const club = await cms.payload.create({
    collection: 'associations',
    data: { name: 'Kanuverein Süd', shortDescription: 'Paddeln.', kind: 'club', _status: 'published' },
  })
  for (const [key, role] of [
    ['editor', 'editor'],
    ['club', 'association'],
  ] as const) {
    const email = `${key}@easy.example`
    await cms.payload.create({
      collection: 'users',
      data: {
        email,
        password: 'Gebaerden-Video-2026!',
        role,
        associations: role === 'association' ? [club.id] : [],
      },
    })
    tokens[key] = await login(cms.api!, email, 'Gebaerden-Video-2026!')
  }
})
afterAll(async () => cms?.close())

const errorsOf = async (res: Response) =>
  ((await res.json()) as { errors: { message: string; data?: unknown }[] }).errors
const get = async (path: string) =>
  (await (
    await fetch(`${cms.api!.url}${path}`, { headers: { Authorization: `JWT ${tokens.editor}` } })
  ).json()) as { docs: { id: number; translationMissing?: string[] }[] }

describe('Übersetzung fehlt', () => {
  it('lists every other language of cms/src/locales.ts until the title is translated, and stays right on German-only saves', async () => {
    const doc = await cms.payload.create({
      collection: 'associations',
      data: { name: 'Schachclub Ost', shortDescription: 'Schach.', kind: 'club', _status: 'published' },
    })
    expect(doc.translationMissing).toEqual(others)
    const [first] = others
    const translated = await cms.payload.update({
      collection: 'associations',
      id: doc.id,
      locale: first as never,
      data: { name: 'Chess Club East', shortDescription: 'Chess.' },
    })
    expect(translated.translationMissing).toEqual(others.slice(1))
    // Reading the other languages during the save must not change the language being saved.
    expect(
      (
        await cms.payload.findByID({
          collection: 'associations',
          id: doc.id,
          locale: first as never,
          fallbackLocale: false as never,
        })
      ).name,
    ).toBe('Chess Club East')
    expect((await cms.payload.findByID({ collection: 'associations', id: doc.id, locale: 'de' })).name).toBe(
      'Schachclub Ost',
    )
    // A later save in German only does not forget the translation it does not carry.
    const german = await cms.payload.update({
      collection: 'associations',
      id: doc.id,
      locale: 'de',
      data: { shortDescription: 'Schach für alle.' },
    })
    expect(german.translationMissing).toEqual(others.slice(1))
    // A forged value is ignored: the field is computed on every save.
    const forged = await cms.payload.update({
      collection: 'associations',
      id: doc.id,
      data: { translationMissing: others as never },
    })
    expect(forged.translationMissing).toEqual(others.slice(1))
  })

  it('filters lists by a missing language over REST, for events, offers and news alike', async () => {
    const [first] = others
    const event = await cms.payload.create({
      collection: 'events',
      data: {
        title: 'Turnier am See',
        start: '2027-05-01T10:00:00.000Z',
        attendance: 'onsite',
        venue: { name: 'Bootshaus' },
        _status: 'published',
      } as never,
    })
    const news = await cms.payload.create({
      collection: 'news',
      data: { title: 'Neuer Vorstand', _status: 'published' },
    })
    await cms.payload.update({
      collection: 'news',
      id: news.id,
      locale: first as never,
      data: { title: 'New board' },
    })
    const missingEvents = await get(`/api/events?where[translationMissing][equals]=${first}&depth=0`)
    expect(missingEvents.docs.map((d) => d.id)).toContain(event.id)
    const missingNews = await get(`/api/news?where[translationMissing][equals]=${first}&depth=0`)
    expect(missingNews.docs.map((d) => d.id)).not.toContain(news.id)
    const associations = await get(`/api/associations?where[translationMissing][equals]=${first}&depth=0`)
    expect(associations.docs.length).toBeGreaterThan(0)
    expect(associations.docs.every((d) => d.translationMissing?.includes(first))).toBe(true)
  })
})

function form(file: Blob, name: string, data: Record<string, unknown>) {
  const body = new FormData()
  body.append('file', file, name)
  body.append('_payload', JSON.stringify(data))
  return body
}
const post = (collection: string, token: string, body: FormData) =>
  fetch(`${cms.api!.url}/api/${collection}`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'accept-language': 'de' },
    body,
  })
const mp4 = () => new Blob([new Uint8Array(tinyMp4())], { type: 'video/mp4' })
/** A multipart upload that announces its length and waits for the answer before sending the body. */
function announce(path: string, token: string, length: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(path, cms.api!.url)
    const req = http.request(url, {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(length),
      },
    })
    req.on('response', (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => (resolve({ status: res.statusCode ?? 0, body }), req.destroy()))
    })
    req.on('error', reject)
    req.flushHeaders()
  })
}

describe('videos in German Sign Language', () => {
  it('refuses an MP4 as an ordinary upload, with a German message that says where videos go', async () => {
    const res = await post('media', tokens.editor, form(mp4(), 'gebaerden.mp4', { alt: 'Video' }))
    expect(res.status).toBe(400)
    const [error] = await errorsOf(res)
    expect(error.message).toContain('Die Datei „gebaerden.mp4“ hat ein nicht erlaubtes Format (video/mp4).')
    expect(error.message).toContain('Gebärdensprach-Videos')
    expect((await cms.payload.find({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('accepts an MP4 with its transcript on the sign-video collection and refuses it without one', async () => {
    const missing = await post(
      'sign-videos',
      tokens.editor,
      form(mp4(), 'ohne-text.mp4', { title: 'Ohne Text' }),
    )
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await errorsOf(missing))).toContain('Transkript')
    const res = await post(
      'sign-videos',
      tokens.editor,
      form(mp4(), 'willkommen.mp4', { title: 'Willkommen', transcript: 'Willkommen auf der Website.' }),
    )
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; mimeType: string; url: string } }
    expect(doc.mimeType).toBe('video/mp4')
    expect((await fetch(new URL(doc.url, cms.api!.url))).status).toBe(200)
    expect((await cms.payload.find({ collection: 'sign-videos' })).docs.map((d) => d.title)).toEqual([
      'Willkommen',
    ])
  })

  it('takes only MP4 there, and only from editors', async () => {
    const png = new Blob([new Uint8Array(await renderDemoImage(1, 60, 40))], { type: 'image/png' })
    const image = await post(
      'sign-videos',
      tokens.editor,
      form(png, 'bild.png', { title: 'Bild', transcript: 'Text' }),
    )
    expect(image.status).toBe(400)
    expect((await errorsOf(image))[0].message).toContain('Erlaubt sind hier nur Videos im Format MP4.')
    const byClub = await post(
      'sign-videos',
      tokens.club,
      form(mp4(), 'verein.mp4', { title: 'Verein', transcript: 'Text' }),
    )
    expect(byClub.status).toBe(403)
    // A page and the start page setting point at the video.
    const video = (await cms.payload.find({ collection: 'sign-videos', limit: 1 })).docs[0]
    const page = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Gebärden', signVideo: video.id, easyLanguage: true, _status: 'published' },
    })
    expect(
      (await cms.payload.findByID({ collection: 'pages', id: page.id, depth: 1 })).signVideo,
    ).toMatchObject({ transcript: 'Willkommen auf der Website.' })
    const settings = await cms.payload.updateGlobal({ slug: 'settings', data: { signVideo: video.id } })
    expect(settings.signVideo).toBeTruthy()
  })

  it('takes a sign-language video of realistic size (12 MB), which the limit for images would refuse', async () => {
    // A real DGS video of two minutes has tens of megabytes; the padding keeps the MP4 well-formed.
    const big = new Blob([new Uint8Array(tinyMp4()), new Uint8Array(12 * 1024 * 1024)], { type: 'video/mp4' })
    const res = await post(
      'sign-videos',
      tokens.editor,
      form(big, 'stadtfest-dgs.mp4', { title: 'Stadtfest', transcript: 'Das Stadtfest ist im Juni.' }),
    )
    expect(res.status).toBe(201)
    expect(((await res.json()) as { doc: { filesize: number } }).doc.filesize).toBeGreaterThan(12_000_000)
    // The same size as an ordinary upload is refused by its announced length, before it is read.
    const refused = await announce('/api/media', tokens.editor, big.size + 1_000)
    expect(refused.status).toBe(413)
    expect(refused.body).toMatch(/Die Anfrage ist zu groß \(höchstens 11 MB\)/)
  })
})

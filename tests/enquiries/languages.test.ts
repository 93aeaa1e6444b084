import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { budgets } from '../helpers/timeouts'
import { createPeople, makeEntry, type People } from '../selfservice/fixtures'
import { type MailTrap, startMailTrap, useMailTrap } from '../selfservice/smtp'

/**
 * The public forms answer in the reader's language, Ukrainian and Arabic included: the field
 * errors, the page a browser without JavaScript gets (lang and dir), the confirmation mail and
 * the withdrawal page; the account request too. Through the real endpoints and a real SMTP server.
 */

let cms: TestCms
let trap: MailTrap
let people: People
let offer: number

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1, ::1'
  trap = await startMailTrap()
  useMailTrap(trap)
  cms = await startTestCms({ api: true, name: 'form-languages' })
  people = await createPeople(cms)
  await cms.payload.update({
    collection: 'associations',
    id: people.associationA,
    data: { contact: { email: 'vorstand@sv-lindenberg.example' } } as never,
  })
  offer = (
    await makeEntry(cms.payload, 'opportunities', people.associationA, 'Hausaufgabenhilfe', 'published')
  ).id
}, budgets.slowTest)
afterAll(async () => {
  await cms?.close()
  await trap?.close()
})

let client = 0
let serial = 0
const citizen = () => `leser-${++serial}@example.org`

async function post(path: string, fields: Record<string, string>, json = true) {
  const res = await fetch(`${cms.api!.url}/api/${path}`, {
    method: 'POST',
    headers: {
      accept: json ? 'application/json' : 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `203.0.113.${++client}`,
    },
    body: new URLSearchParams({ startedAt: String(Date.now() - 10_000), website: '', ...fields }).toString(),
    redirect: 'manual',
  })
  const text = await res.text()
  return {
    status: res.status,
    location: res.headers.get('location'),
    body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  }
}

const enquiry = (lang: string, fields: Record<string, string> = {}, json = true) =>
  post(
    'enquiries/send',
    {
      opportunity: String(offer),
      lang,
      name: 'Olena Koval',
      message: 'Я маю час у вівторок.',
      consent: 'on',
      ...fields,
    },
    json,
  )
const errorOf = (body: { errors: { field: string; message: string }[] }, field: string) =>
  body.errors.find((e) => e.field === field)?.message

describe('an enquiry in Ukrainian', () => {
  it('gets Ukrainian field errors and stores nothing', async () => {
    const email = citizen()
    const res = await enquiry('uk', { email, consent: '', message: 'a'.repeat(4_001) })
    expect(res.status).toBe(400)
    expect(errorOf(res.body, 'consent')).toMatch(/^Будь ласка, підтвердьте/)
    // Ukrainian groups digits with a (narrow) no-break space.
    expect(errorOf(res.body, 'message')).toMatch(
      /^Символів у Вашому повідомленні: 4\s001; дозволено щонайбільше: 4\s000\. Будь ласка, скоротіть його\.$/,
    )
    const bad = await enquiry('uk', { email: 'olena(at)example' })
    expect(errorOf(bad.body, 'email')).toMatch(/^«olena\(at\)example» не є дійсною адресою/)
    expect(
      await cms.payload.count({
        collection: 'enquiries',
        where: { email: { equals: email } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('is confirmed in Ukrainian by the answer, the mail and the withdrawal page; without JavaScript it lands on /uk/', async () => {
    const email = citizen()
    const res = await enquiry('uk', { email })
    expect(res.status).toBe(201)
    expect(res.body.message).toMatch(
      /^Дякуємо! Ваше повідомлення надійшло до організації «Sportverein Lindenberg»/,
    )
    const mail = await trap.waitFor(email)
    expect(mail.subject).toMatch(/^Ваш запит до організації «/)
    expect(String(mail.html)).toContain('<html lang="uk" dir="ltr">')
    expect(mail.text).toContain('З повагою')
    const stored = await cms.payload.find({
      collection: 'enquiries',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(stored.docs[0]?.lang).toBe('uk')
    const link = String(mail.text).match(/https?:\/\/\S+\/api\/enquiries\/withdraw\/\S+/)![0]
    const ask = await (await fetch(link)).text()
    expect(ask).toContain('<html lang="uk" dir="ltr">')
    expect(ask).toContain('Видалити мій запит зараз')

    const plain = await enquiry('uk', { email: citizen() }, false)
    expect(plain.status).toBe(303)
    expect(plain.location).toBe('/uk/anfrage-gesendet/')
  })
})

describe('an enquiry in Arabic', () => {
  it('without JavaScript gets a right-to-left page listing the errors in Arabic, with Latin digits', async () => {
    const res = await enquiry('ar', { email: 'falsch', message: 'a'.repeat(4_001) }, false)
    expect(res.status).toBe(400)
    expect(res.body).toContain('<html lang="ar" dir="rtl">')
    expect(res.body).toContain('«falsch» ليس عنوان بريد إلكتروني صالحًا')
    expect(res.body).toContain('عدد أحرف رسالتكم 4,001، والحد الأقصى المسموح به 4,000')
    expect(res.body).toContain('العودة إلى النموذج')
    expect(res.body).toMatch(/href="[^"]+\/ar\/">إلى الصفحة الرئيسية/)
  })

  it('is confirmed by a right-to-left mail in Arabic', async () => {
    const email = citizen()
    expect((await enquiry('ar', { email })).status).toBe(201)
    const mail = await trap.waitFor(email)
    expect(String(mail.html)).toContain('<html lang="ar" dir="rtl">')
    expect(mail.subject).toMatch(/^طلبكم إلى /)
    expect(mail.text).toContain('مع أطيب التحيات')
  })
})

describe('an account request', () => {
  const request = (lang: string, fields: Record<string, string>, json = true) =>
    post(
      'account-requests/apply',
      { lang, name: 'Mariia', associationName: 'Ukrainischer Verein', consent: 'on', ...fields },
      json,
    )

  it('answers in Ukrainian and Arabic: errors, the thanks, and the page without JavaScript', async () => {
    const uk = await request('uk', { email: '', associationName: '' })
    expect(uk.status).toBe(400)
    expect(errorOf(uk.body, 'email')).toMatch(/^Будь ласка, вкажіть Вашу адресу електронної пошти/)
    expect(errorOf(uk.body, 'associationName')).toBe(
      'Будь ласка, вкажіть назву Вашого об’єднання чи ініціативи.',
    )
    const ok = await request('uk', { email: 'mariia@example.org' })
    expect(ok.status).toBe(201)
    expect(ok.body.message).toMatch(/^Дякуємо! Вашу заявку отримала редакція/)

    const ar = await request('ar', { email: 'x', consent: '' }, false)
    expect(ar.body).toContain('<html lang="ar" dir="rtl">')
    expect(ar.body).toContain('يُرجى تأكيد أنكم قرأتم ملاحظات حماية البيانات')
    expect(ar.body).toMatch(/href="[^"]+\/ar\/konto-beantragen\/">العودة إلى النموذج/)
  })

  it('German stays the default for a form without a language', async () => {
    const res = await request('', { email: '' })
    expect(errorOf(res.body, 'email')).toMatch(/^Bitte geben Sie Ihre E-Mail-Adresse an/)
  })
})

import type { PayloadRequest } from 'payload'

import {
  accepted,
  emailPattern,
  type FieldError,
  formFieldNames,
  lineText,
  spamError,
} from '../endpoints/publicForm'
import { contentLocales } from '../locales'
import { subscriptionKinds, type SubscriptionKind } from './model'

/** Field names of the Benachrichtigungen form and the manage page; the site's form uses the same. */
export const subscriptionFields = {
  email: 'email',
  lang: 'lang',
  frequency: 'frequency',
  topics: 'topics',
  districts: 'districts',
  associations: 'associations',
  kinds: 'kinds',
  consent: 'consent',
  ...formFieldNames,
} as const

export const maxSubscriptionBodyBytes = 16_000
const maxChoices = 50

export type SubscriptionChoice = {
  topics: number[]
  districts: number[]
  associations: number[]
  kinds: SubscriptionKind[]
  frequency: 'daily' | 'weekly'
}
/** Digests and their pages are German or English (issue 18); other readers get English. */
export type SubscriptionLang = 'de' | 'en'
export type SubscriptionInput = SubscriptionChoice & { email: string; lang: SubscriptionLang }

type RawForm = Record<string, string[]>

/** The body as lists of values (checkbox groups repeat a name), or null above the size limit. */
export async function readChoiceBody(req: PayloadRequest): Promise<RawForm | null> {
  if (Number(req.headers.get('content-length') ?? 0) > maxSubscriptionBodyBytes) return null
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  const out: RawForm = {}
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      (out[key] ??= []).push(String(value))
  }
  if (type.startsWith('multipart/form-data')) {
    for (const [key, value] of (await req.formData!()).entries()) add(key, value)
    return out
  }
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > maxSubscriptionBodyBytes) return null
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text || '{}')
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        for (const [key, value] of Object.entries(parsed))
          for (const v of Array.isArray(value) ? value : [value]) add(key, v)
    } catch {
      /* an unreadable body is an empty form: the field checks say what is missing */
    }
    return out
  }
  for (const [key, value] of new URLSearchParams(text)) add(key, value)
  return out
}

export const first = (raw: RawForm, name: string) => raw[name]?.[0] ?? ''
export const formLang = (raw: RawForm): SubscriptionLang =>
  subscriptionLang(first(raw, subscriptionFields.lang))
/** German for German pages (and forms without a language), English for every other language. */
export const subscriptionLang = (lang: string): SubscriptionLang =>
  lang === '' || lang === 'de' || !contentLocales.some((l) => l.code === lang) ? 'de' : 'en'

const messages = {
  de: {
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin schicken wir die Benachrichtigungen.',
    emailInvalid: (value: string) =>
      `„${value}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise, z. B. name@beispiel.de.`,
    nothing:
      'Bitte wählen Sie mindestens ein Thema, einen Stadtteil, einen Verein oder eine Art von Beiträgen aus.',
    tooMany: `Bitte wählen Sie höchstens ${maxChoices} Einträge je Liste aus.`,
    unknown: 'Eine Auswahl ist nicht mehr vorhanden. Bitte laden Sie die Seite neu.',
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihnen nichts schicken.',
  },
  en: {
    emailMissing: 'Please enter your e-mail address. We will send the notifications there.',
    emailInvalid: (value: string) =>
      `“${value}” is not a valid e-mail address. Please check the spelling, e.g. name@example.org.`,
    nothing: 'Please choose at least one topic, district, club or kind of post.',
    tooMany: `Please choose at most ${maxChoices} entries per list.`,
    unknown: 'One of your choices no longer exists. Please reload the page.',
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not send you anything.',
  },
}

const ids = (values: string[] | undefined) => (values ?? []).map((v) => v.trim()).filter(Boolean)

/** The choice part (also the manage page's form): ids as numbers, known kinds only. */
export function checkChoice(
  raw: RawForm,
  lang: SubscriptionLang,
): { ok: true; choice: SubscriptionChoice } | { ok: false; errors: FieldError[] } {
  const m = messages[lang]
  const errors: FieldError[] = []
  const lists = {} as Record<'topics' | 'districts' | 'associations', number[]>
  for (const name of ['topics', 'districts', 'associations'] as const) {
    const values = ids(raw[subscriptionFields[name]])
    if (values.length > maxChoices) errors.push({ field: name, message: m.tooMany })
    if (values.some((v) => !/^\d{1,12}$/.test(v))) errors.push({ field: name, message: m.unknown })
    lists[name] = [...new Set(values.filter((v) => /^\d{1,12}$/.test(v)).map(Number))]
  }
  const known = subscriptionKinds.map((k) => k.value) as string[]
  const kindValues = ids(raw[subscriptionFields.kinds])
  if (kindValues.some((v) => !known.includes(v))) errors.push({ field: 'kinds', message: m.unknown })
  const kinds = [...new Set(kindValues.filter((v) => known.includes(v)))] as SubscriptionKind[]
  if (
    !errors.length &&
    !lists.topics.length &&
    !lists.districts.length &&
    !lists.associations.length &&
    !kinds.length
  )
    errors.push({ field: 'topics', message: m.nothing })
  const frequency = first(raw, subscriptionFields.frequency) === 'daily' ? 'daily' : 'weekly'
  return errors.length ? { ok: false, errors } : { ok: true, choice: { ...lists, kinds, frequency } }
}

/** Spam checks first (neutral message), then address, choice and consent, each with its own message. */
export function checkSubscription(
  raw: RawForm,
  now = Date.now(),
): { ok: true; data: SubscriptionInput } | { ok: false; spam: boolean; errors: FieldError[] } {
  const lang = formLang(raw)
  const m = messages[lang]
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v[0]]))
  const spam = spamError(flat, now, lang)
  if (spam) return { ok: false, spam: true, errors: [spam] }
  const errors: FieldError[] = []
  const rawEmail = first(raw, subscriptionFields.email).trim()
  const email = rawEmail.toLowerCase()
  if (!email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > 254 || /[\s\p{Cc}]/u.test(email) || !emailPattern.test(email))
    errors.push({ field: 'email', message: m.emailInvalid(lineText(rawEmail).slice(0, 60)) })
  const choice = checkChoice(raw, lang)
  if (!choice.ok) errors.push(...choice.errors)
  if (!accepted(first(raw, subscriptionFields.consent))) errors.push({ field: 'consent', message: m.consent })
  return errors.length || !choice.ok
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { ...choice.choice, email, lang } }
}

export const tooLargeMessage = {
  de: 'Das Formular ist zu groß angekommen. Bitte wählen Sie weniger Einträge aus.',
  en: 'The form is too large. Please choose fewer entries.',
}

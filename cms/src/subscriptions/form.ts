import type { PayloadRequest } from 'payload'

import {
  accepted,
  emailPattern,
  type FieldError,
  formFieldNames,
  lineText,
  spamError,
} from '../endpoints/publicForm'
import { formLanguage, formNumber, formTexts } from '../i18n/forms'
import type { ContentLocale } from '../locales'
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
/** Digests, push messages and the pages behind their links are in the reader's language. */
export type SubscriptionLang = ContentLocale
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
/** The language of the page the form was sent from; German for anything unknown. */
export const subscriptionLang = (lang: string): SubscriptionLang => formLanguage(lang)

const ids = (values: string[] | undefined) => (values ?? []).map((v) => v.trim()).filter(Boolean)

/** The choice part (also the manage page's form): ids as numbers, known kinds only. */
export function checkChoice(
  raw: RawForm,
  lang: SubscriptionLang,
): { ok: true; choice: SubscriptionChoice } | { ok: false; errors: FieldError[] } {
  const m = formTexts(lang).subscribe
  const errors: FieldError[] = []
  const lists = {} as Record<'topics' | 'districts' | 'associations', number[]>
  for (const name of ['topics', 'districts', 'associations'] as const) {
    const values = ids(raw[subscriptionFields[name]])
    if (values.length > maxChoices)
      errors.push({ field: name, message: m.tooManyChoices(formNumber(lang, maxChoices)) })
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
  const t = formTexts(lang)
  const m = t.subscribe
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v[0]]))
  const spam = spamError(flat, now, lang)
  if (spam) return { ok: false, spam: true, errors: [spam] }
  const errors: FieldError[] = []
  const rawEmail = first(raw, subscriptionFields.email).trim()
  const email = rawEmail.toLowerCase()
  if (!email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > 254 || /[\s\p{Cc}]/u.test(email) || !emailPattern.test(email))
    errors.push({ field: 'email', message: t.emailInvalid(lineText(rawEmail).slice(0, 60)) })
  const choice = checkChoice(raw, lang)
  if (!choice.ok) errors.push(...choice.errors)
  if (!accepted(first(raw, subscriptionFields.consent))) errors.push({ field: 'consent', message: m.consent })
  return errors.length || !choice.ok
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { ...choice.choice, email, lang } }
}

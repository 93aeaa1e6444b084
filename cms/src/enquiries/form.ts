import {
  accepted,
  emailPattern,
  type FieldError,
  type FormLang,
  formFieldNames,
  lineText,
  spamError,
} from '../endpoints/publicForm'
import { formLanguage, formNumber, formTexts } from '../i18n/forms'

/** Fields of the "Ich möchte helfen" / "Kontakt aufnehmen" form; the site's EnquiryForm uses the same names. */
export const enquiryFields = {
  opportunity: 'opportunity',
  association: 'association',
  name: 'name',
  email: 'email',
  phone: 'phone',
  message: 'message',
  availability: 'availability',
  consent: 'consent',
  lang: 'lang',
  ...formFieldNames,
} as const

export const enquiryLimits = { name: 100, phone: 40, message: 4_000, availability: 300 } as const

export type EnquiryInput = {
  target: { kind: 'opportunity' | 'association'; id: number | string }
  name: string
  email: string
  phone: string
  message: string
  availability: string
}

/** Line breaks, tabs and other control characters: never in a name (it goes into mail headers). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Keeps paragraphs of a message, trims each line, drops control characters other than line breaks. */
const messageText = (value: unknown) =>
  typeof value === 'string'
    ? value
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : ''

export const formLang = (raw: Record<string, unknown>): FormLang => formLanguage(raw[enquiryFields.lang])

function targetOf(raw: Record<string, unknown>): EnquiryInput['target'] | null {
  for (const kind of ['opportunity', 'association'] as const) {
    const value = lineText(raw[enquiryFields[kind]])
    if (/^[0-9a-f]{1,24}$/i.test(value)) return { kind, id: /^\d+$/.test(value) ? Number(value) : value }
  }
  return null
}

/** Spam checks first (neutral message on the form), then each field with a specific message in the form's language. */
export function checkEnquiry(
  raw: Record<string, unknown>,
  now = Date.now(),
): { ok: true; data: EnquiryInput } | { ok: false; spam: boolean; errors: FieldError[] } {
  const lang = formLang(raw)
  const m = formTexts(lang).enquiry
  const n = (value: number) => formNumber(lang, value)
  const spam = spamError(raw, now, lang)
  if (spam) return { ok: false, spam: true, errors: [spam] }

  const errors: FieldError[] = []
  const target = targetOf(raw)
  if (!target) errors.push({ field: 'form', message: m.target })

  const rawName =
    typeof raw[enquiryFields.name] === 'string' ? (raw[enquiryFields.name] as string).trim() : ''
  const name = lineText(rawName)
  if (controlCharacters.test(rawName)) errors.push({ field: 'name', message: m.nameBreak })
  else if (name.length < 2) errors.push({ field: 'name', message: m.nameMissing })
  else if (name.length > enquiryLimits.name)
    errors.push({ field: 'name', message: m.nameLong(n(enquiryLimits.name)) })

  const rawEmail =
    typeof raw[enquiryFields.email] === 'string' ? (raw[enquiryFields.email] as string).trim() : ''
  const email = rawEmail.toLowerCase()
  if (!email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > 254 || controlCharacters.test(email) || !emailPattern.test(email)) {
    errors.push({ field: 'email', message: formTexts(lang).emailInvalid(lineText(rawEmail).slice(0, 60)) })
  }

  const rawPhone = typeof raw[enquiryFields.phone] === 'string' ? (raw[enquiryFields.phone] as string) : ''
  const phone = lineText(rawPhone)
  if (
    phone &&
    (controlCharacters.test(rawPhone.trim()) ||
      phone.length > enquiryLimits.phone ||
      !/^[+\d][\d ()/-]*$/.test(phone))
  ) {
    errors.push({ field: 'phone', message: m.phoneInvalid })
  }

  const message = messageText(raw[enquiryFields.message])
  if (message.length < 2) errors.push({ field: 'message', message: m.messageMissing })
  else if (message.length > enquiryLimits.message)
    errors.push({ field: 'message', message: m.messageLong(n(message.length), n(enquiryLimits.message)) })

  const availability = lineText(raw[enquiryFields.availability])
  if (availability.length > enquiryLimits.availability)
    errors.push({ field: 'availability', message: m.availabilityLong(n(enquiryLimits.availability)) })

  if (!accepted(raw[enquiryFields.consent])) errors.push({ field: 'consent', message: m.consent })

  return errors.length || !target
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { target, name, email, phone, message, availability } }
}

/** The 413 answer: bodies above this are refused unread; a message at the limit fits with room to spare. */
export const maxEnquiryBodyBytes = 64_000

/** The 413 answer's text in the form's language. */
export const tooLargeMessage = (lang: FormLang) =>
  formTexts(lang).enquiry.tooLarge(formNumber(lang, enquiryLimits.message))

import {
  accepted,
  emailPattern,
  type FieldError,
  formFieldNames,
  lineText as text,
  spamError,
} from './publicForm'
import { formLanguage, formNumber, formTexts } from '../i18n/forms'

/** Fields of the public "Konto beantragen" form; the site's form uses the same names. */
export const formFields = {
  name: 'name',
  associationName: 'associationName',
  email: 'email',
  consent: 'consent',
  lang: 'lang',
  ...formFieldNames,
} as const

export { minimumFillMs } from './publicForm'
export type { FieldError } from './publicForm'
export type AccountRequestInput = { name: string; associationName: string; email: string }

/** Spam checks first (with a neutral message), then the fields, each with a specific message in the form's language. */
export function checkAccountRequest(
  raw: Record<string, unknown>,
  now = Date.now(),
): { ok: true; data: AccountRequestInput } | { ok: false; spam: boolean; errors: FieldError[] } {
  const lang = formLanguage(raw[formFields.lang])
  const spam = spamError(raw, now, lang)
  if (spam) return { ok: false, spam: true, errors: [spam] }

  const texts = formTexts(lang)
  const m = texts.account
  const n = (value: number) => formNumber(lang, value)
  const errors: FieldError[] = []
  const name = text(raw[formFields.name])
  const associationName = text(raw[formFields.associationName])
  const email = text(raw[formFields.email]).toLowerCase()

  if (name.length < 2) errors.push({ field: 'name', message: m.nameMissing })
  else if (name.length > 100) errors.push({ field: 'name', message: m.nameLong(n(100)) })

  if (associationName.length < 2) errors.push({ field: 'associationName', message: m.associationMissing })
  else if (associationName.length > 150)
    errors.push({ field: 'associationName', message: m.associationLong(n(150)) })

  if (!email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > 254 || !emailPattern.test(email))
    errors.push({ field: 'email', message: texts.emailInvalid(email.slice(0, 60)) })

  if (!accepted(raw[formFields.consent])) errors.push({ field: 'consent', message: m.consent })

  return errors.length
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { name, associationName, email } }
}

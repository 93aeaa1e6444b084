import {
  accepted,
  emailPattern,
  type FieldError,
  formFieldNames,
  lineText as text,
  spamError,
} from './publicForm'

/** Fields of the public "Konto beantragen" form; the site's form uses the same names. */
export const formFields = {
  name: 'name',
  associationName: 'associationName',
  email: 'email',
  consent: 'consent',
  ...formFieldNames,
} as const

export { minimumFillMs } from './publicForm'
export type { FieldError } from './publicForm'
export type AccountRequestInput = { name: string; associationName: string; email: string }

/** Spam checks first (with a neutral message), then the fields, each with a specific German message. */
export function checkAccountRequest(
  raw: Record<string, unknown>,
  now = Date.now(),
): { ok: true; data: AccountRequestInput } | { ok: false; spam: boolean; errors: FieldError[] } {
  const spam = spamError(raw, now)
  if (spam) return { ok: false, spam: true, errors: [spam] }

  const errors: FieldError[] = []
  const name = text(raw[formFields.name])
  const associationName = text(raw[formFields.associationName])
  const email = text(raw[formFields.email]).toLowerCase()

  if (name.length < 2) errors.push({ field: 'name', message: 'Bitte geben Sie Ihren Namen an.' })
  else if (name.length > 100)
    errors.push({ field: 'name', message: 'Der Name darf höchstens 100 Zeichen lang sein.' })

  if (associationName.length < 2)
    errors.push({
      field: 'associationName',
      message: 'Bitte geben Sie den Namen Ihres Vereins oder Ihrer Initiative an.',
    })
  else if (associationName.length > 150)
    errors.push({
      field: 'associationName',
      message: 'Der Name des Vereins darf höchstens 150 Zeichen lang sein.',
    })

  if (!email)
    errors.push({
      field: 'email',
      message:
        'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin schicken wir den Link zum Festlegen Ihres Passworts.',
    })
  else if (email.length > 254 || !emailPattern.test(email))
    errors.push({
      field: 'email',
      message: `„${email.slice(0, 60)}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise, z. B. name@beispiel.de.`,
    })

  if (!accepted(raw[formFields.consent])) {
    errors.push({
      field: 'consent',
      message:
        'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihre Angaben nicht verarbeiten.',
    })
  }

  return errors.length
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { name, associationName, email } }
}

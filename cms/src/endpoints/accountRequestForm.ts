/** Fields of the public "Konto beantragen" form; the site's form uses the same names. */
export const formFields = {
  name: 'name',
  associationName: 'associationName',
  email: 'email',
  consent: 'consent',
  honeypot: 'website',
  startedAt: 'startedAt',
} as const

/** A person needs a few seconds to read and fill in the form; scripts post instantly. */
export const minimumFillMs = 3_000

export type FieldError = { field: string; message: string }
export type AccountRequestInput = { name: string; associationName: string; email: string }

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')
const accepted = (value: unknown) => value === true || ['on', 'true', '1', 'yes', 'ja'].includes(String(value ?? '').toLowerCase())

/** Spam checks first (with a neutral message), then the fields, each with a specific German message. */
export function checkAccountRequest(raw: Record<string, unknown>, now = Date.now()): { ok: true; data: AccountRequestInput } | { ok: false; spam: boolean; errors: FieldError[] } {
  if (text(raw[formFields.honeypot])) {
    return { ok: false, spam: true, errors: [{ field: 'form', message: 'Ihre Anfrage konnte nicht verarbeitet werden. Bitte schreiben Sie uns eine E-Mail.' }] }
  }
  const startedAt = Number(raw[formFields.startedAt])
  if (!Number.isFinite(startedAt) || startedAt <= 0 || startedAt > now + 60_000) {
    return { ok: false, spam: true, errors: [{ field: 'form', message: 'Das Formular ist unvollständig angekommen. Bitte laden Sie die Seite neu und senden Sie es noch einmal.' }] }
  }
  if (now - startedAt < minimumFillMs) {
    return { ok: false, spam: true, errors: [{ field: 'form', message: 'Das Formular wurde sehr schnell abgeschickt. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.' }] }
  }

  const errors: FieldError[] = []
  const name = text(raw[formFields.name])
  const associationName = text(raw[formFields.associationName])
  const email = text(raw[formFields.email]).toLowerCase()

  if (name.length < 2) errors.push({ field: 'name', message: 'Bitte geben Sie Ihren Namen an.' })
  else if (name.length > 100) errors.push({ field: 'name', message: 'Der Name darf höchstens 100 Zeichen lang sein.' })

  if (associationName.length < 2) errors.push({ field: 'associationName', message: 'Bitte geben Sie den Namen Ihres Vereins oder Ihrer Initiative an.' })
  else if (associationName.length > 150) errors.push({ field: 'associationName', message: 'Der Name des Vereins darf höchstens 150 Zeichen lang sein.' })

  if (!email) errors.push({ field: 'email', message: 'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin schicken wir den Link zum Festlegen Ihres Passworts.' })
  else if (email.length > 254 || !emailPattern.test(email)) errors.push({ field: 'email', message: `„${email.slice(0, 60)}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise, z. B. name@beispiel.de.` })

  if (!accepted(raw[formFields.consent])) {
    errors.push({ field: 'consent', message: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihre Angaben nicht verarbeiten.' })
  }

  return errors.length ? { ok: false, spam: false, errors } : { ok: true, data: { name, associationName, email } }
}

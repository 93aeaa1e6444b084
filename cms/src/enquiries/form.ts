import {
  accepted,
  emailPattern,
  type FieldError,
  type FormLang,
  formFieldNames,
  lineText,
  spamError,
} from '../endpoints/publicForm'

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

const messages = {
  de: {
    target:
      'Das Formular gehört zu keinem Angebot. Bitte öffnen Sie die Seite des Angebots oder Vereins neu.',
    nameMissing: 'Bitte geben Sie Ihren Namen an.',
    nameLong: `Der Name darf höchstens ${enquiryLimits.name} Zeichen lang sein.`,
    nameBreak:
      'Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten. Bitte schreiben Sie ihn in eine Zeile.',
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin antwortet Ihnen der Verein.',
    emailInvalid: (value: string) =>
      `„${value}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise, z. B. name@beispiel.de.`,
    phoneInvalid:
      'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten, höchstens 40 Zeichen.',
    messageMissing: 'Bitte schreiben Sie eine kurze Nachricht: Was interessiert Sie, was möchten Sie wissen?',
    messageLong: (length: number) =>
      `Ihre Nachricht ist ${length.toLocaleString('de-DE')} Zeichen lang, erlaubt sind höchstens ${enquiryLimits.message.toLocaleString('de-DE')}. Bitte kürzen Sie sie.`,
    availabilityLong: `Die Angabe „Wann passt es Ihnen?“ darf höchstens ${enquiryLimits.availability} Zeichen lang sein.`,
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihre Nachricht nicht weitergeben.',
  },
  en: {
    target: 'This form belongs to no offer. Please open the page of the offer or club again.',
    nameMissing: 'Please enter your name.',
    nameLong: `Your name may be at most ${enquiryLimits.name} characters long.`,
    nameBreak: 'Your name must not contain line breaks or control characters. Please write it on one line.',
    emailMissing: 'Please enter your e-mail address. The club will answer you there.',
    emailInvalid: (value: string) =>
      `“${value}” is not a valid e-mail address. Please check the spelling, e.g. name@example.org.`,
    phoneInvalid: 'The phone number may contain only digits, spaces and + ( ) / -, at most 40 characters.',
    messageMissing: 'Please write a short message: what interests you, what would you like to know?',
    messageLong: (length: number) =>
      `Your message is ${length.toLocaleString('en-GB')} characters long; at most ${enquiryLimits.message.toLocaleString('en-GB')} are allowed. Please shorten it.`,
    availabilityLong: `“When suits you?” may be at most ${enquiryLimits.availability} characters long.`,
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not pass on your message.',
  },
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

export const formLang = (raw: Record<string, unknown>): FormLang =>
  raw[enquiryFields.lang] === 'en' ? 'en' : 'de'

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
  const m = messages[lang]
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
  else if (name.length > enquiryLimits.name) errors.push({ field: 'name', message: m.nameLong })

  const rawEmail =
    typeof raw[enquiryFields.email] === 'string' ? (raw[enquiryFields.email] as string).trim() : ''
  const email = rawEmail.toLowerCase()
  if (!email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > 254 || controlCharacters.test(email) || !emailPattern.test(email)) {
    errors.push({ field: 'email', message: m.emailInvalid(lineText(rawEmail).slice(0, 60)) })
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
    errors.push({ field: 'message', message: m.messageLong(message.length) })

  const availability = lineText(raw[enquiryFields.availability])
  if (availability.length > enquiryLimits.availability)
    errors.push({ field: 'availability', message: m.availabilityLong })

  if (!accepted(raw[enquiryFields.consent])) errors.push({ field: 'consent', message: m.consent })

  return errors.length || !target
    ? { ok: false, spam: false, errors }
    : { ok: true, data: { target, name, email, phone, message, availability } }
}

/** The 413 answer: bodies above this are refused unread; a message at the limit fits with room to spare. */
export const maxEnquiryBodyBytes = 64_000

export const tooLargeMessage = {
  de: `Ihre Nachricht ist zu lang. Erlaubt sind höchstens ${enquiryLimits.message.toLocaleString('de-DE')} Zeichen. Bitte kürzen Sie sie.`,
  en: `Your message is too long. At most ${enquiryLimits.message.toLocaleString('en-GB')} characters are allowed. Please shorten it.`,
}

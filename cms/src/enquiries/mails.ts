import { type Mail, render } from '../email/templates'
import { formNumber, formTexts } from '../i18n/forms'
import type { ContentLocale } from '../locales'

/** What an enquiry mail needs to say about itself: to whom it went and what the citizen wrote. */
export type EnquiryFacts = {
  /** The offer's title, or the association's name for a "Kontakt aufnehmen" enquiry. */
  target: string
  kind: 'opportunity' | 'association'
  associationName: string
  name: string
  email: string
  phone?: string | null
  message: string
  availability?: string | null
}

const quoteDe = (f: EnquiryFacts) => [
  `Nachricht:\n${f.message}`,
  ...(f.availability ? [`Wann es passt: ${f.availability}`] : []),
  `Name: ${f.name}\nE-Mail: ${f.email}${f.phone ? `\nTelefon: ${f.phone}` : ''}`,
]

const aboutDe = (f: EnquiryFacts) =>
  f.kind === 'opportunity'
    ? `zum Ehrenamtsangebot „${f.target}“ von ${f.associationName}`
    : `an ${f.associationName}`

/** To the club's contact address (Reply-To: the citizen), or to the editors when the club has none. */
export function enquiryMail(f: EnquiryFacts & { url: string; toEditors: boolean }): Mail {
  return {
    subject:
      f.kind === 'opportunity' ? `Ich möchte helfen: ${f.target}` : `Kontaktanfrage an ${f.associationName}`,
    ...render(
      [
        'Guten Tag,',
        `${f.name} hat über Unser Neubrandenburg eine Anfrage ${aboutDe(f)} geschickt.`,
        ...(f.toEditors
          ? [
              `Für ${f.associationName} ist keine E-Mail-Adresse hinterlegt. Bitte leiten Sie die Anfrage weiter oder antworten Sie selbst.`,
            ]
          : []),
        ...quoteDe(f),
        'Wenn Sie in Ihrem E-Mail-Programm auf „Antworten“ klicken, geht Ihre Antwort direkt an die Person. Bitte antworten Sie innerhalb einer Woche und setzen Sie die Anfrage danach im Verwaltungsbereich auf „Beantwortet“.',
      ],
      { url: f.url, label: 'Anfrage im Verwaltungsbereich öffnen' },
    ),
  }
}

/** To the citizen, in the form's language: what was sent, what happens next, who answers, and how to withdraw. */
export function confirmationMail(
  f: EnquiryFacts & { withdrawUrl: string; lang: ContentLocale; retentionDays: number },
): Mail {
  const c = formTexts(f.lang).confirmation
  return {
    subject: c.subject(f.associationName),
    ...render(
      [
        c.hello(f.name),
        f.kind === 'opportunity'
          ? c.thanksOffer(f.target, f.associationName)
          : c.thanksAssociation(f.associationName),
        c.next(f.associationName, f.email),
        c.message(f.message),
        ...(f.availability ? [c.availability(f.availability)] : []),
        ...(f.phone ? [c.phone(f.phone)] : []),
        c.retention(formNumber(f.lang, f.retentionDays)),
      ],
      { url: f.withdrawUrl, label: c.withdrawLink },
      f.lang,
    ),
  }
}

/** After 7 days without an answer, to the same address that got the enquiry. */
export function reminderMail(f: {
  target: string
  associationName: string
  name: string
  days: number
  url: string
}): Mail {
  return {
    subject: `Erinnerung: Anfrage von ${f.name} wartet seit ${f.days} Tagen`,
    ...render(
      [
        'Guten Tag,',
        `die Anfrage von ${f.name} zu „${f.target}“ (${f.associationName}) ist seit ${f.days} Tagen unbeantwortet. Bitte antworten Sie der Person und setzen Sie die Anfrage danach auf „Beantwortet“.`,
        'Wenn Sie nicht helfen können, sagen Sie bitte kurz ab und setzen Sie die Anfrage auf „Abgelehnt“. Nach 14 Tagen ohne Antwort informieren wir die Redaktion der Stadt.',
      ],
      { url: f.url, label: 'Anfrage öffnen' },
    ),
  }
}

/** After 14 days without an answer, to the city's editors. */
export function escalationMail(f: {
  target: string
  associationName: string
  days: number
  url: string
}): Mail {
  return {
    subject: `Unbeantwortet seit ${f.days} Tagen: Anfrage an ${f.associationName}`,
    ...render(
      [
        'Guten Tag,',
        `eine Anfrage zu „${f.target}“ an ${f.associationName} ist seit ${f.days} Tagen unbeantwortet, obwohl der Verein nach 7 Tagen erinnert wurde. Bitte fragen Sie beim Verein nach oder antworten Sie der Person selbst.`,
      ],
      { url: f.url, label: 'Anfrage öffnen' },
    ),
  }
}

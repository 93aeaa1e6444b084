import { type Mail, render } from '../email/templates'

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

/** To the citizen: what was sent, what happens next, who answers, and how to withdraw. */
export function confirmationMail(
  f: EnquiryFacts & { withdrawUrl: string; lang: 'de' | 'en'; retentionDays: number },
): Mail {
  if (f.lang === 'en') {
    return {
      subject: `Your enquiry to ${f.associationName}`,
      ...render(
        [
          `Hello ${f.name},`,
          f.kind === 'opportunity'
            ? `thank you for your interest in the volunteering offer “${f.target}”. We have passed your message on to ${f.associationName}.`
            : `thank you for your message. We have passed it on to ${f.associationName}.`,
          `What happens next: someone from ${f.associationName} will answer you by e-mail at ${f.email}, usually within a week. The club decides itself; the city only passes on your message.`,
          `What you sent:\n${f.message}`,
          ...(f.availability ? [`When suits you: ${f.availability}`] : []),
          ...(f.phone ? [`Phone: ${f.phone}`] : []),
          `Your details are deleted automatically at the latest ${f.retentionDays} days after the enquiry is closed. If you change your mind, the following link deletes your enquiry at once.`,
        ],
        { url: f.withdrawUrl, label: 'Withdraw and delete my enquiry' },
        'en',
      ),
    }
  }
  return {
    subject: `Ihre Anfrage an ${f.associationName}`,
    ...render(
      [
        `Guten Tag ${f.name},`,
        f.kind === 'opportunity'
          ? `vielen Dank für Ihr Interesse am Ehrenamtsangebot „${f.target}“. Wir haben Ihre Nachricht an ${f.associationName} weitergegeben.`
          : `vielen Dank für Ihre Nachricht. Wir haben sie an ${f.associationName} weitergegeben.`,
        `So geht es weiter: Jemand von ${f.associationName} antwortet Ihnen per E-Mail an ${f.email}, meist innerhalb einer Woche. Der Verein entscheidet selbst; die Stadt gibt Ihre Nachricht nur weiter.`,
        `Das haben Sie geschrieben:\n${f.message}`,
        ...(f.availability ? [`Wann es Ihnen passt: ${f.availability}`] : []),
        ...(f.phone ? [`Telefon: ${f.phone}`] : []),
        `Ihre Angaben werden spätestens ${f.retentionDays} Tage nach Abschluss der Anfrage automatisch gelöscht. Wenn Sie es sich anders überlegen, löscht der folgende Link Ihre Anfrage sofort.`,
      ],
      { url: f.withdrawUrl, label: 'Anfrage zurückziehen und löschen' },
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

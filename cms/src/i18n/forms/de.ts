// What the CMS answers citizens on the public forms (account request, enquiry) and the mails it
// sends them, in German: the reference. Every other language's file has the same keys
// (FormTexts = typeof de), so a missing text fails the type check. Numbers come formatted.
import { forms } from '../plural'

export const de = {
  page: {
    backHint:
      'Gehen Sie mit der Zurück-Taste Ihres Browsers zum Formular zurück: Ihre Eingaben sind dort noch da.',
    backToForm: 'Zum Formular',
    home: 'Zur Startseite',
  },
  minutes: forms({ one: '# Minute', other: '# Minuten' }),
  check: 'Bitte prüfen Sie Ihre Angaben.',
  emailInvalid: (value: string) =>
    `„${value}“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die Schreibweise, z. B. name@beispiel.de.`,
  spam: {
    trap: 'Ihre Anfrage konnte nicht verarbeitet werden. Bitte schreiben Sie uns eine E-Mail.',
    incomplete:
      'Das Formular ist unvollständig angekommen. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
    fast: 'Das Formular wurde sehr schnell abgeschickt. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.',
  },
  enquiry: {
    target:
      'Das Formular gehört zu keinem Angebot. Bitte öffnen Sie die Seite des Angebots oder Vereins neu.',
    nameMissing: 'Bitte geben Sie Ihren Namen an.',
    nameLong: (max: string) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
    nameBreak:
      'Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten. Bitte schreiben Sie ihn in eine Zeile.',
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin antwortet Ihnen der Verein.',
    phoneInvalid:
      'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten, höchstens 40 Zeichen.',
    messageMissing: 'Bitte schreiben Sie eine kurze Nachricht: Was interessiert Sie, was möchten Sie wissen?',
    messageLong: (length: string, max: string) =>
      `Ihre Nachricht ist ${length} Zeichen lang, erlaubt sind höchstens ${max}. Bitte kürzen Sie sie.`,
    availabilityLong: (max: string) =>
      `Die Angabe „Wann passt es Ihnen?“ darf höchstens ${max} Zeichen lang sein.`,
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihre Nachricht nicht weitergeben.',
    tooLarge: (max: string) =>
      `Ihre Nachricht ist zu lang. Erlaubt sind höchstens ${max} Zeichen. Bitte kürzen Sie sie.`,
    tooMany: (wait: string) =>
      `Von Ihrem Anschluss kamen in kurzer Zeit zu viele Nachrichten. Bitte versuchen Sie es in ${wait} noch einmal.`,
    tooManyAddress:
      'Von dieser E-Mail-Adresse kamen heute schon mehrere Anfragen. Bitte versuchen Sie es morgen noch einmal oder schreiben Sie dem Verein direkt.',
    gone: 'Dieses Angebot ist nicht mehr online. Bitte laden Sie die Seite neu.',
    sent: (name: string) =>
      `Vielen Dank! Ihre Nachricht ist bei ${name} angekommen. Sie bekommen gleich eine Bestätigung per E-Mail; der Verein antwortet Ihnen meist innerhalb einer Woche.`,
    titles: {
      tooMany: 'Zu viele Nachrichten',
      tooLarge: 'Nachricht zu lang',
      failed: 'Nachricht nicht gesendet',
    },
  },
  withdraw: {
    notFoundTitle: 'Anfrage nicht gefunden',
    notFound:
      'Diese Anfrage gibt es nicht mehr: Sie wurde bereits gelöscht, oder der Link ist unvollständig. Es ist nichts weiter zu tun.',
    deletedTitle: 'Anfrage gelöscht',
    deleted:
      'Ihre Anfrage und alle Ihre Angaben sind gelöscht. Der Verein hat die E-Mail mit Ihrer Nachricht eventuell noch; Sie können ihn bitten, sie ebenfalls zu löschen.',
    askTitle: 'Anfrage zurückziehen?',
    ask: 'Mit der Schaltfläche löschen Sie Ihre Anfrage und alle Ihre Angaben sofort. Das lässt sich nicht rückgängig machen.',
    button: 'Anfrage jetzt löschen',
  },
  confirmation: {
    subject: (association: string) => `Ihre Anfrage an ${association}`,
    hello: (name: string) => `Guten Tag ${name},`,
    thanksOffer: (offer: string, association: string) =>
      `vielen Dank für Ihr Interesse am Ehrenamtsangebot „${offer}“. Wir haben Ihre Nachricht an ${association} weitergegeben.`,
    thanksAssociation: (association: string) =>
      `vielen Dank für Ihre Nachricht. Wir haben sie an ${association} weitergegeben.`,
    next: (association: string, email: string) =>
      `So geht es weiter: Jemand von ${association} antwortet Ihnen per E-Mail an ${email}, meist innerhalb einer Woche. Der Verein entscheidet selbst; die Stadt gibt Ihre Nachricht nur weiter.`,
    message: (message: string) => `Das haben Sie geschrieben:\n${message}`,
    availability: (value: string) => `Wann es Ihnen passt: ${value}`,
    phone: (value: string) => `Telefon: ${value}`,
    retention: (days: string) =>
      `Ihre Angaben werden spätestens ${days} Tage nach Abschluss der Anfrage automatisch gelöscht. Wenn Sie es sich anders überlegen, löscht der folgende Link Ihre Anfrage sofort.`,
    withdrawLink: 'Anfrage zurückziehen und löschen',
  },
  mail: { greeting: 'Freundliche Grüße', team: 'Ihre Redaktion von Unser Neubrandenburg' },
  account: {
    tooManyTitle: 'Zu viele Anträge',
    tooMany: (wait: string) =>
      `Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anträge. Bitte versuchen Sie es in ${wait} noch einmal.`,
    tooLargeTitle: 'Antrag zu groß',
    tooLarge: 'Ihr Antrag ist zu lang. Bitte kürzen Sie Ihre Angaben.',
    failedTitle: 'Antrag nicht gesendet',
    sentTitle: 'Antrag gesendet',
    thanks: (email: string) =>
      `Vielen Dank! Ihr Antrag ist bei der Redaktion angekommen. Wir prüfen ihn in der Regel innerhalb weniger Werktage und schicken Ihnen dann eine E-Mail an ${email}.`,
    nameMissing: 'Bitte geben Sie Ihren Namen an.',
    nameLong: (max: string) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
    associationMissing: 'Bitte geben Sie den Namen Ihres Vereins oder Ihrer Initiative an.',
    associationLong: (max: string) => `Der Name des Vereins darf höchstens ${max} Zeichen lang sein.`,
    emailMissing:
      'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin schicken wir den Link zum Festlegen Ihres Passworts.',
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihre Angaben nicht verarbeiten.',
  },
}

/** The shape every language's form texts have. */
export type FormTexts = typeof de

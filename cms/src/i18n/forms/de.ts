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
  subscribe: {
    tooMany: (wait: string) =>
      `Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in ${wait} noch einmal.`,
    tooManyAddress:
      'Für diese E-Mail-Adresse kamen heute schon mehrere Bestellungen. Bitte versuchen Sie es morgen noch einmal.',
    tooLarge: 'Das Formular ist zu groß angekommen. Bitte wählen Sie weniger Einträge aus.',
    sent: 'Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie darin innerhalb von 48 Stunden Ihre Benachrichtigungen.',
    titles: { tooMany: 'Zu viele Anfragen', tooLarge: 'Formular zu groß', failed: 'Nicht bestellt' },
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse an. Dorthin schicken wir die Benachrichtigungen.',
    nothing:
      'Bitte wählen Sie mindestens ein Thema, einen Stadtteil, einen Verein oder eine Art von Beiträgen aus.',
    tooManyChoices: (max: string) => `Bitte wählen Sie höchstens ${max} Einträge je Liste aus.`,
    unknown: 'Eine Auswahl ist nicht mehr vorhanden. Bitte laden Sie die Seite neu.',
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Zustimmung dürfen wir Ihnen nichts schicken.',
    notFoundTitle: 'Abonnement nicht gefunden',
    notFound:
      'Zu diesem Link gibt es kein Abonnement (mehr): Es wurde abbestellt, nicht rechtzeitig bestätigt, oder der Link ist unvollständig. Es ist nichts weiter zu tun.',
    confirmTitle: 'Benachrichtigungen bestätigen',
    confirmAsk: 'Ein Klick, und Ihre Benachrichtigungen starten.',
    confirmButton: 'Jetzt bestätigen',
    confirmedTitle: 'Benachrichtigungen bestätigt',
    confirmed:
      'Vielen Dank. Sie bekommen eine Zusammenfassung, sobald etwas zu Ihrer Auswahl veröffentlicht wird.',
    manageLink: 'Benachrichtigungen verwalten',
    unsubscribeTitle: 'Abbestellen?',
    unsubscribeAsk: 'Die Schaltfläche löscht Ihre Adresse und Ihre Auswahl.',
    unsubscribeButton: 'Jetzt abbestellen',
    unsubscribedTitle: 'Abbestellt',
    unsubscribed: 'Ihre Adresse und Ihre Auswahl sind gelöscht.',
    manage: {
      title: 'Ihre Benachrichtigungen',
      intro: (email: string) => `Benachrichtigungen für ${email}.`,
      topics: 'Themen',
      districts: 'Stadtteile',
      associations: 'Vereine',
      kinds: 'Arten',
      frequency: 'Wie oft',
      daily: 'täglich',
      weekly: 'wöchentlich',
      save: 'Auswahl speichern',
      saved: 'Ihre Auswahl ist gespeichert.',
      notSaved: 'Nicht gespeichert',
      calendarTitle: 'Persönlicher Kalender',
      calendarHint: 'Diese Adresse können Sie in Ihrem Kalender abonnieren:',
      calendarNew: 'Neuen Kalender-Link erstellen (der alte funktioniert dann nicht mehr)',
      calendarReplaced: 'Der alte Kalender-Link funktioniert nicht mehr.',
      unsubscribeTitle: 'Abbestellen',
      unsubscribeButton: 'Abbestellen und meine Adresse löschen',
    },
    kinds: {
      events: 'Veranstaltungen',
      offers: 'Ehrenamtsangebote',
      news: 'Neuigkeiten',
      participation: 'Beteiligungsverfahren',
    },
    confirmMail: {
      subject: 'Bitte bestätigen Sie Ihre Benachrichtigungen – Unser Neubrandenburg',
      hello: 'Guten Tag,',
      asked:
        'jemand (wahrscheinlich Sie) hat für diese Adresse Benachrichtigungen von Unser Neubrandenburg bestellt.',
      within: (hours: string) =>
        `Bitte bestätigen Sie das innerhalb von ${hours} Stunden über den folgenden Link. Ohne Bestätigung löschen wir die Adresse danach wieder.`,
      ignore: 'Wenn Sie nichts bestellt haben, können Sie diese E-Mail ignorieren.',
      button: 'Benachrichtigungen bestätigen',
    },
    digest: {
      subject: forms({
        one: '# Neuigkeit auf Unser Neubrandenburg',
        other: '# Neuigkeiten auf Unser Neubrandenburg',
      }),
      intro: (count: string) => `Neu auf Unser Neubrandenburg zu Ihrer Auswahl (${count}):`,
      manage: 'Auswahl ändern oder Benachrichtigungen abbestellen:',
    },
    push: forms({ one: '# neuer Beitrag für Sie', other: '# neue Beiträge für Sie' }),
    calendarName: 'Unser Neubrandenburg – mein Kalender',
  },
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

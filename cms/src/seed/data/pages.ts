import { heading, link, list, richText } from '../lexical'

export const pages = [
  {
    slug: 'ueber-uns',
    title: 'Über uns',
    titleEn: 'About us',
    summary: 'Unser Neubrandenburg ist die Plattform der Stadt für Ehrenamt, Vereinsleben und Beteiligung.',
    body: richText(
      'Unser Neubrandenburg bringt zusammen, was die Stadt lebendig macht: Vereine, Initiativen, Ehrenamt und Veranstaltungen.',
      'Die Plattform ist aus unser-nb.de hervorgegangen und wird von der Stadt Neubrandenburg betrieben. Sie ist eng verbunden mit der Bürgerbeteiligung auf p26.digital und mit der Website der Stadt.',
      heading('Was Sie hier finden'),
      list(['Vereine und Initiativen in allen Stadtteilen', 'Veranstaltungen zum Mitmachen', 'Ehrenamtliche Aufgaben, die zu Ihnen passen', 'Neuigkeiten aus dem Vereinsleben']),
      link('Zur Website der Stadt Neubrandenburg', 'https://www.neubrandenburg.de'),
    ),
  },
  {
    slug: 'impressum',
    title: 'Impressum',
    titleEn: 'Legal notice',
    summary: 'Anbieterkennzeichnung nach § 5 Digitale-Dienste-Gesetz.',
    body: richText(
      'Stadt Neubrandenburg, Der Oberbürgermeister, Friedrich-Engels-Ring 53, 17033 Neubrandenburg.',
      'Telefon: 0395 555-0000, E-Mail: redaktion@neubrandenburg.example',
      'Die Stadt Neubrandenburg ist eine Körperschaft des öffentlichen Rechts. Vertreten durch den Oberbürgermeister.',
      heading('Verantwortlich für den Inhalt'),
      'Für die Inhalte der Vereine sind die jeweiligen Vereine verantwortlich. Die Stadtredaktion prüft neue Einträge vor der Veröffentlichung.',
      'Hinweis: Dies sind Demo-Angaben für die Entwicklungsumgebung.',
    ),
  },
  {
    slug: 'datenschutz',
    title: 'Datenschutzerklärung',
    titleEn: 'Privacy policy',
    summary: 'Welche Daten wir verarbeiten: so wenige wie möglich.',
    body: richText(
      'Diese Website setzt keine Cookies für Besucherinnen und Besucher, lädt keine Schriften, Karten oder Videos von fremden Servern und verwendet keine Analyse- oder Tracking-Werkzeuge.',
      heading('Server-Protokolle'),
      'Beim Aufruf der Seiten verarbeitet unser Hosting-Dienstleister technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Seite) für höchstens sieben Tage, um den Betrieb zu sichern (Art. 6 Abs. 1 lit. e DSGVO).',
      heading('Konto für Vereine'),
      'Wenn Ihr Verein ein Konto beantragt, speichern wir Name, E-Mail-Adresse und Verein, um den Antrag zu bearbeiten.',
      heading('Ihre Rechte'),
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Beschwerde beim Landesbeauftragten für Datenschutz Mecklenburg-Vorpommern.',
    ),
  },
]

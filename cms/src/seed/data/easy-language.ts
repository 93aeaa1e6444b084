import { heading, link, list, richText } from '../lexical'

// Demo texts in Leichte Sprache, written to the rules of BITV 2.0 Anlage 2 and DIN SPEC 33429:
// short sentences, one statement per sentence, hard words explained, long words split with a
// hyphen (Ehren-Amt), no abbreviations, numbers as digits, the reader addressed as "Sie".

/** The section's pages; "leichte-sprache" is its start page (BITVO M-V § 6). */
export const easyPages = [
  {
    slug: 'leichte-sprache',
    title: 'Leichte Sprache',
    summary: 'Hier erklären wir die Internet-Seite in Leichter Sprache.',
    body: richText(
      'Willkommen bei Unser Neubrandenburg.',
      'Das ist eine Internet-Seite von der Stadt Neubrandenburg.',
      heading('Was steht auf dieser Internet-Seite?'),
      'Auf dieser Internet-Seite finden Sie Vereine.',
      'Ein Verein ist eine Gruppe von Menschen.',
      'Die Menschen machen zusammen etwas.',
      'Zum Beispiel: Sport oder Musik.',
      'Sie finden hier auch Veranstaltungen.',
      'Eine Veranstaltung ist ein Treffen an einem bestimmten Tag.',
      'Zum Beispiel: ein Fest oder ein Kurs.',
      'Sie finden hier auch Ehren-Amt.',
      'Ehren-Amt bedeutet: Sie helfen anderen Menschen in Ihrer Freizeit.',
      'Sie bekommen dafür kein Geld.',
      'Und Sie finden hier Nachrichten aus Neubrandenburg.',
      heading('So finden Sie sich zurecht'),
      list([
        'Oben auf jeder Seite ist ein Menü.',
        'Im Menü stehen die Teile von der Internet-Seite.',
        'Sie klicken auf ein Wort im Menü. Dann sehen Sie diesen Teil.',
        'Auf dem Handy klicken Sie zuerst auf das Wort Menü.',
        'Sie suchen etwas? Dann klicken Sie oben auf die Lupe.',
      ]),
      'Mehr dazu steht auf der Seite: So benutzen Sie die Internet-Seite.',
      heading('Barriere-Freiheit'),
      'Barriere-Freiheit bedeutet: Alle Menschen können die Internet-Seite gut benutzen.',
      'Auch Menschen mit Behinderung.',
      'Wir haben die Internet-Seite geprüft.',
      'Die meisten Teile sind barriere-frei.',
      'Einige Teile sind noch nicht barriere-frei.',
      'Das steht in der Erklärung zur Barriere-Freiheit.',
      'Sie finden ein Problem auf der Internet-Seite? Dann schreiben Sie uns bitte.',
      heading('Hier gibt es mehr Leichte Sprache'),
      'Unten auf dieser Seite stehen Links.',
      'Ein Link ist ein Wort zum Anklicken.',
      'Die Links führen zu mehr Texten in Leichter Sprache.',
      'Zum Beispiel: Vereine in Leichter Sprache.',
      heading('Hilfe'),
      'Sie haben Fragen?',
      'Dann rufen Sie uns an.',
      'Unsere Telefon-Nummer ist: 0395 555-0000.',
    ),
  },
  {
    slug: 'internet-seite-benutzen',
    title: 'So benutzen Sie die Internet-Seite',
    summary: 'Hier steht: So finden Sie Vereine, Veranstaltungen und Ehren-Amt.',
    body: richText(
      heading('Die Start-Seite'),
      'Die Start-Seite ist die erste Seite.',
      'Oben links steht: Unser Neubrandenburg.',
      'Sie klicken darauf.',
      'Dann kommen Sie immer zurück zur Start-Seite.',
      heading('Das Menü'),
      'Oben auf jeder Seite ist ein Menü.',
      'Im Menü stehen diese Wörter:',
      list([
        'Vereine: Hier finden Sie alle Vereine.',
        'Veranstaltungen: Hier finden Sie Treffen und Feste.',
        'Ehrenamt: Hier finden Sie Aufgaben zum Helfen.',
        'Aktuelles: Hier finden Sie Nachrichten.',
        'Mitmachen: Hier steht, wie Sie bei der Stadt mit-reden.',
      ]),
      heading('Die Suche'),
      'Oben rechts ist eine Lupe.',
      'Sie klicken auf die Lupe.',
      'Dann schreiben Sie ein Wort.',
      'Zum Beispiel: Chor.',
      'Die Internet-Seite zeigt Ihnen alles zu diesem Wort.',
      heading('Eine Auswahl machen'),
      'Sie möchten nur Vereine in Ihrem Stadt-Teil sehen?',
      'Ein Stadt-Teil ist ein Teil von Neubrandenburg.',
      'Zum Beispiel: die Oststadt.',
      'Dann klicken Sie in der Liste auf den Namen von Ihrem Stadt-Teil.',
      'Jetzt sehen Sie nur die Vereine in diesem Stadt-Teil.',
      heading('Die Schrift größer machen'),
      'Sie können die Schrift größer machen.',
      'Drücken Sie dafür die Taste Steuerung und die Taste Plus.',
      'Auf dem Handy ziehen Sie die Seite mit 2 Fingern größer.',
    ),
  },
  {
    slug: 'barriere-freiheit',
    title: 'Barriere-Freiheit auf dieser Internet-Seite',
    summary: 'Hier steht: Diese Teile sind noch nicht barriere-frei. Und so bekommen Sie Hilfe.',
    body: richText(
      'Barriere-Freiheit bedeutet: Alle Menschen können die Internet-Seite gut benutzen.',
      'Das steht in einem Gesetz.',
      'Das Gesetz gilt für Mecklenburg-Vorpommern.',
      heading('Was ist gut?'),
      list([
        'Sie können die Internet-Seite mit der Tastatur benutzen.',
        'Sie können die Schrift größer machen.',
        'Bilder haben einen Text.',
        'Der Text sagt, was auf dem Bild ist.',
        'Ein Vorlese-Programm kann die Seiten vorlesen.',
      ]),
      heading('Was ist noch nicht gut?'),
      'Die Suche braucht JavaScript.',
      'JavaScript ist ein Teil von Ihrem Internet-Programm.',
      'Ohne JavaScript finden Sie alles in den Listen.',
      'Manche Vereine stellen Dokumente auf die Internet-Seite.',
      'Diese Dokumente sind nicht immer barriere-frei.',
      'Dann helfen wir Ihnen.',
      'Schreiben Sie uns.',
      'Wir fragen den Verein nach einem besseren Dokument.',
      heading('Sie finden ein Problem?'),
      'Dann schreiben Sie uns eine E-Mail.',
      'Die E-Mail-Adresse ist: redaktion@neubrandenburg.example',
      'Oder rufen Sie uns an.',
      'Die Telefon-Nummer ist: 0395 555-0000.',
      'Wir antworten Ihnen in 14 Tagen.',
      heading('Wir helfen Ihnen nicht?'),
      'Dann können Sie sich beschweren.',
      'Sie beschweren sich beim Bürger-Beauftragten von Mecklenburg-Vorpommern.',
      'Der Bürger-Beauftragte hilft Menschen bei Problemen mit Ämtern.',
      'Die Telefon-Nummer ist: 0385 525-2709.',
      link('Die ganze Erklärung zur Barriere-Freiheit in schwerer Sprache', '/seiten/barrierefreiheit/'),
    ),
  },
  {
    slug: 'mit-machen-und-helfen',
    title: 'Mit-Machen und Helfen',
    summary: 'Hier steht: So helfen Sie in einem Verein. Und so reden Sie bei der Stadt mit.',
    body: richText(
      heading('Helfen im Ehren-Amt'),
      'Viele Vereine suchen Menschen zum Helfen.',
      'Zum Beispiel: Vorlesen für Kinder.',
      'Oder: mit einem Hund spazieren gehen.',
      'Sie suchen sich eine Aufgabe aus.',
      'Bei jeder Aufgabe steht ein Knopf.',
      'Auf dem Knopf steht: Ich möchte helfen.',
      'Sie klicken auf den Knopf.',
      'Dann schreiben Sie Ihren Namen und Ihre E-Mail-Adresse.',
      'Der Verein meldet sich dann bei Ihnen.',
      heading('Mit-Reden bei der Stadt'),
      'Die Stadt möchte wissen: Was denken Sie?',
      'Das können Sie im Internet sagen.',
      'Die Internet-Seite dafür heißt: p26.digital.',
      'Dort schreiben Sie Ihre Ideen für Neubrandenburg.',
      'Andere Menschen können Ihre Ideen gut finden.',
    ),
  },
]

/** Associations (by slug) with a summary in Leichte Sprache; the others show that one is missing. */
export const easyAssociationSummaries: Record<string, string> = {
  'netzwerk-ehrenamt-neubrandenburg':
    'Wir helfen Menschen beim Ehren-Amt. Ehren-Amt bedeutet: Sie helfen anderen Menschen. Sie bekommen dafür kein Geld. Wir sagen Ihnen: Hier können Sie helfen.',
  'ruderclub-tollensesee-1921':
    'Wir sind ein Verein für Rudern. Rudern ist ein Sport. Sie sitzen in einem Boot. Sie bewegen das Boot mit langen Stangen über das Wasser. Wir rudern auf dem Tollense-See.',
  'chor-am-datzeberg': 'Wir sind ein Chor. Ein Chor ist eine Gruppe. Die Gruppe singt zusammen. Wir singen jede Woche. Sie können gerne mit-singen.',
  'nachbarschaftstreff-oststadt':
    'Wir sind ein Treff-Punkt in der Oststadt. Hier treffen sich Nachbarn. Nachbarn sind Menschen. Sie wohnen in Ihrer Nähe. Wir spielen zusammen. Und wir trinken Kaffee.',
  'tafel-initiative-reitbahnviertel':
    'Wir geben Essen an Menschen mit wenig Geld. Das Essen bekommen wir von Geschäften. Viele Menschen helfen uns dabei.',
  'seniorenbuero-suedstadt': 'Wir helfen älteren Menschen in der Südstadt. Wir beraten Sie. Und wir besuchen Menschen zu Hause.',
  'willkommensinitiative-nordstadt':
    'Wir helfen Menschen aus anderen Ländern. Die Menschen wohnen jetzt in Neubrandenburg. Wir üben zusammen Deutsch. Wir helfen bei Briefen vom Amt.',
  'tierschutzverein-neubrandenburg': 'Wir helfen Tieren. Wir haben ein Tier-Heim. Ein Tier-Heim ist ein Haus für Tiere ohne Besitzer. Hunde und Katzen wohnen dort.',
  'lesepaten-neubrandenburg': 'Wir lesen Kindern vor. Wir gehen dafür in Kitas und Schulen. Eine Kita ist ein Kinder-Garten.',
  'computerclub-60plus':
    'Wir sind ein Verein für ältere Menschen. Wir erklären Computer und Handys. Zum Beispiel: So schreiben Sie eine E-Mail.',
}

/** Event templates (by German title): every date of the template gets the text. */
export const easyEventSummaries: Record<string, string> = {
  'Schnupperrudern für Erwachsene': 'Sie können Rudern ausprobieren. Wir geben Ihnen ein Boot. Und wir zeigen Ihnen alles. Bringen Sie Sport-Kleidung mit.',
  'Offenes Singen im Advent': 'Wir singen Lieder für Weihnachten. Alle können mit-singen. Die Texte liegen auf Papier bereit.',
  'Spielenachmittag im Nachbarschaftstreff': 'Wir spielen zusammen Spiele. Zum Beispiel: Karten-Spiele. Es gibt Kaffee. Neue Menschen sind willkommen.',
  'Repair-Café: Reparieren statt wegwerfen':
    'Etwas ist kaputt? Bringen Sie es mit. Wir reparieren es zusammen. Reparieren bedeutet: Wir machen die Sache wieder heil.',
  'Sprachcafé Deutsch': 'Wir üben zusammen Deutsch. Wir trinken dabei Tee. Sie müssen noch kein gutes Deutsch können.',
  'Smartphone-Sprechstunde für Seniorinnen und Senioren':
    'Sie haben Fragen zu Ihrem Handy? Dann kommen Sie zu uns. Wir erklären Ihnen alles. Wir erklären langsam.',
}

/** Volunteer offers (by slug). */
export const easyOpportunitySummaries: Record<string, string> = {
  'lesepatin-oder-lesepate-in-der-kita': 'Sie lesen Kindern vor. Das machen Sie 1 Mal in der Woche. Zuerst kommt jemand vom Verein mit.',
  'gassigehen-im-tierheim': 'Sie gehen mit einem Hund spazieren. Der Hund wohnt im Tier-Heim. Wir zeigen Ihnen vorher alles.',
  'sprachcafe-mitgestalten': 'Sie sprechen Deutsch mit Menschen aus anderen Ländern. So lernen die Menschen Deutsch. Sie brauchen dafür kein Wissen.',
  'besuchspatenschaft-fuer-alleinstehende':
    'Sie besuchen einen älteren Menschen. Der Mensch wohnt allein. Sie reden zusammen. Oder Sie gehen zusammen spazieren.',
}

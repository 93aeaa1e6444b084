import type { TopicSlug } from './taxonomy'

export type NewsSeed = {
  slug: string
  title: string
  titleEn?: string
  excerpt: string
  body: string[]
  association?: string
  topics: TopicSlug[]
  daysAgo: number
}

export const news: NewsSeed[] = [
  { slug: 'unser-nb-wird-staedtische-plattform', title: 'Unser Neubrandenburg wird städtische Plattform', titleEn: 'Unser Neubrandenburg becomes the city’s platform', excerpt: 'Die Stadt übernimmt die Engagement-Plattform und verbindet sie mit der Bürgerbeteiligung auf p26.digital.', body: ['Ab sofort finden Sie Vereine, Ehrenamt und Veranstaltungen an einem Ort.', 'Mitreden können Sie weiterhin auf der Beteiligungsplattform p26.digital.'], topics: ['soziales-und-nachbarschaft'], daysAgo: 2 },
  { slug: 'ehrenamtskarte-mv-jetzt-beantragen', title: 'Ehrenamtskarte MV: So beantragen Sie sie', excerpt: 'Wer sich regelmäßig engagiert, bekommt Vergünstigungen in Museen, Bädern und Geschäften.', body: ['Die Karte gibt es für Menschen, die sich mindestens fünf Stunden pro Woche engagieren.', 'Das Netzwerk Ehrenamt hilft beim Antrag.'], association: 'netzwerk-ehrenamt-neubrandenburg', topics: ['soziales-und-nachbarschaft'], daysAgo: 6 },
  { slug: 'ruderclub-bekommt-neues-boot', title: 'Ruderclub bekommt neues Gigboot', excerpt: 'Dank Spenden und Fördermitteln kann der Ruderclub ein barrierearmes Boot anschaffen.', body: ['Das Boot wird im Frühjahr auf den Namen „Tollense“ getauft.'], association: 'ruderclub-tollensesee-1921', topics: ['sport-und-bewegung'], daysAgo: 9 },
  { slug: 'sprachcafe-zieht-um', title: 'Sprachcafé zieht in größere Räume', titleEn: 'Language café moves to bigger rooms', excerpt: 'Wegen des großen Andrangs trifft sich das Sprachcafé ab Januar im Stadtteiltreff Nordstadt.', body: ['Die Zeiten bleiben gleich: mittwochs von 16 bis 18 Uhr.'], association: 'willkommensinitiative-nordstadt', topics: ['integration-und-vielfalt'], daysAgo: 12 },
  { slug: 'repair-cafe-zieht-bilanz', title: 'Repair-Café zieht Bilanz: 400 Geräte gerettet', excerpt: 'In diesem Jahr haben Ehrenamtliche mehr als 400 Geräte repariert – vom Toaster bis zum Fahrrad.', body: ['Besonders häufig wurden Kaffeemaschinen und Lampen gebracht.'], association: 'repair-cafe-katharinenviertel', topics: ['umwelt-und-natur'], daysAgo: 15 },
  { slug: 'neue-lesepaten-gesucht', title: 'Neue Lesepatinnen und Lesepaten gesucht', excerpt: 'Drei Kitas in der Weststadt wünschen sich Vorleserinnen und Vorleser.', body: ['Eine Stunde pro Woche genügt. Der nächste Einführungsabend ist im Januar.'], association: 'lesepaten-neubrandenburg', topics: ['bildung', 'kinder-und-jugend'], daysAgo: 19 },
  { slug: 'buergerhaushalt-vorschlaege-einreichen', title: 'Bürgerhaushalt: Vorschläge auf p26.digital einreichen', titleEn: 'Participatory budget: submit your ideas on p26.digital', excerpt: 'Wofür soll die Stadt Geld ausgeben? Bis Ende Januar können Sie Vorschläge machen und unterstützen.', body: ['Die Vorschläge sammelt die Stadt auf ihrer Beteiligungsplattform.', 'Die Stadtvertretung berät im Frühjahr über die Ergebnisse.'], topics: ['soziales-und-nachbarschaft'], daysAgo: 23 },
  { slug: 'tierheim-sucht-pflegestellen', title: 'Tierheim sucht Pflegestellen für Katzen', excerpt: 'Im Winter werden viele junge Katzen abgegeben. Wer kann eine Katze vorübergehend aufnehmen?', body: ['Futter und Tierarztkosten übernimmt der Verein.'], association: 'tierschutzverein-neubrandenburg', topics: ['tierschutz'], daysAgo: 28 },
  { slug: 'seniorentag-2026-rueckblick', title: 'Rückblick: Seniorentag mit 600 Gästen', excerpt: 'Vorträge, Tanz und Beratung: Der Seniorentag im Haus der Kultur war gut besucht.', body: ['Das Seniorenbüro dankt allen 45 Ehrenamtlichen.'], association: 'seniorenbuero-suedstadt', topics: ['senioren'], daysAgo: 34 },
  { slug: 'gemeinschaftsgarten-erntefest', title: 'Erntefest im Gemeinschaftsgarten', excerpt: 'Familien aus sechs Ländern haben gemeinsam gekocht und die Gartensaison gefeiert.', body: ['Im nächsten Jahr kommen zehn neue Beete dazu.'], association: 'gemeinschaftsgarten-ihlenfelder-vorstadt', topics: ['umwelt-und-natur', 'integration-und-vielfalt'], daysAgo: 41 },
  { slug: 'jugendfeuerwehr-gewinnt-pokal', title: 'Jugendfeuerwehr Weitin gewinnt Kreispokal', excerpt: 'Beim Wettkampf in Neustrelitz belegte die Jugendfeuerwehr den ersten Platz.', body: ['Die Mannschaft trainiert seit einem Jahr zweimal pro Woche.'], association: 'foerderverein-feuerwehr-weitin', topics: ['feuerwehr-und-katastrophenschutz', 'kinder-und-jugend'], daysAgo: 47 },
  { slug: 'fortbildung-vereinsvorstaende', title: 'Fortbildung für Vereinsvorstände: Datenschutz & Haftung', excerpt: 'Das Netzwerk Ehrenamt bietet kostenlose Abendkurse zu Datenschutz, Haftung und Kassenführung an.', body: ['Die Kurse finden im Rathaus statt. Anmeldung über das Netzwerk Ehrenamt.'], association: 'netzwerk-ehrenamt-neubrandenburg', topics: ['bildung'], daysAgo: 55 },
]

import type { DistrictSlug, TopicSlug } from './taxonomy'

export type EventTemplate = {
  title: string
  titleEn?: string
  summary: string
  organizer: string
  topics: TopicSlug[]
  district: DistrictSlug
  venue: string
  street: string
  time: string
  hours: number
  targetGroups: string[]
  price?: string
  allDay?: boolean
  days?: number
  attendance?: 'onsite' | 'online' | 'hybrid'
  registration?: boolean
  accessibility?: string
}

export const eventTemplates: EventTemplate[] = [
  { title: 'Schnupperrudern für Erwachsene', titleEn: 'Try rowing (adults)', summary: 'Probieren Sie Rudern unter Anleitung aus. Boote und Westen stellen wir, bitte Sportkleidung mitbringen.', organizer: 'ruderclub-tollensesee-1921', topics: ['sport-und-bewegung'], district: 'lindenberg', venue: 'Bootshaus am Augustabad', street: 'Augustastraße 6', time: '10:00', hours: 2, targetGroups: ['adults'], registration: true },
  { title: 'Offenes Singen im Advent', titleEn: 'Open carol singing', summary: 'Weihnachtslieder zum Mitsingen – Liedblätter liegen aus. Für Menschen jeden Alters.', organizer: 'chor-am-datzeberg', topics: ['kultur-und-musik', 'senioren'], district: 'datzeberg', venue: 'Begegnungszentrum Datzeberg', street: 'Robert-Blum-Straße 30', time: '16:00', hours: 1.5, targetGroups: ['everyone', 'seniors'], accessibility: 'Ebenerdiger Zugang, Behindertentoilette vorhanden.' },
  { title: 'Spielenachmittag im Nachbarschaftstreff', summary: 'Brettspiele, Karten und Kaffee. Neue Gesichter sind willkommen.', organizer: 'nachbarschaftstreff-oststadt', topics: ['soziales-und-nachbarschaft', 'senioren'], district: 'oststadt', venue: 'Nachbarschaftstreff Oststadt', street: 'Koszaliner Straße 12', time: '14:30', hours: 2.5, targetGroups: ['seniors', 'everyone'] },
  { title: 'Vogelzählung am Tollensesee', titleEn: 'Bird count at Lake Tollense', summary: 'Gemeinsam zählen wir Wintergäste am Seeufer. Ferngläser können ausgeliehen werden.', organizer: 'naturfreunde-tollensetal', topics: ['umwelt-und-natur'], district: 'broda', venue: 'Parkplatz Brodaer Holz', street: 'Brodaer Straße', time: '08:30', hours: 3, targetGroups: ['families', 'adults'] },
  { title: 'Repair-Café: Reparieren statt wegwerfen', titleEn: 'Repair café', summary: 'Bringen Sie defekte Elektrogeräte, Fahrräder oder Kleidung mit – wir reparieren gemeinsam.', organizer: 'repair-cafe-katharinenviertel', topics: ['umwelt-und-natur', 'soziales-und-nachbarschaft'], district: 'katharinenviertel', venue: 'Gemeindesaal St. Johannis', street: 'Katharinenstraße 21', time: '10:00', hours: 4, targetGroups: ['everyone'] },
  { title: 'Sprachcafé Deutsch', titleEn: 'German language café', summary: 'Deutsch üben in entspannter Runde, mit Tee und Gebäck. Alle Sprachniveaus sind willkommen.', organizer: 'willkommensinitiative-nordstadt', topics: ['integration-und-vielfalt', 'bildung'], district: 'nordstadt', venue: 'Stadtteiltreff Nordstadt', street: 'Ziolkowskistraße 8', time: '16:00', hours: 2, targetGroups: ['newcomers'] },
  { title: 'Kunst & Kultur: Offene Werkstatt „Töpfern“', summary: 'Töpfern für Anfängerinnen und Anfänger. Material kostet 5 €.', organizer: 'kunst-und-kultur-lindenberg', topics: ['kultur-und-musik'], district: 'lindenberg', venue: 'Kunstwerkstatt Lindenberg', street: 'Lindenbergstraße 2', time: '15:00', hours: 3, targetGroups: ['adults', 'youth'], price: '5 € Materialkosten' },
  { title: 'Smartphone-Sprechstunde für Seniorinnen und Senioren', titleEn: 'Smartphone help for older people', summary: 'Fragen zu WhatsApp, Fotos oder Online-Terminen? Ehrenamtliche erklären Schritt für Schritt.', organizer: 'computerclub-60plus', topics: ['senioren', 'bildung'], district: 'weststadt', venue: 'Computerclub 60plus', street: 'Demminer Straße 51', time: '10:00', hours: 2, targetGroups: ['seniors'] },
  { title: 'Winterflohmarkt im Familienzentrum', titleEn: 'Winter flea market', summary: 'Kinderkleidung, Spielzeug und Bücher – den ganzen Tag. Standplätze kostenlos nach Anmeldung.', organizer: 'familienzentrum-weststadt', topics: ['kinder-und-jugend', 'soziales-und-nachbarschaft'], district: 'weststadt', venue: 'Familienzentrum Weststadt', street: 'Kranichstraße 13', time: '00:00', hours: 0, allDay: true, targetGroups: ['families'] },
  { title: 'Infoabend: Ehrenamt in der Hospizbegleitung', summary: 'Wie begleitet man Sterbende? Wir stellen unseren Vorbereitungskurs vor.', organizer: 'hospizbegleitung-vier-tore', topics: ['gesundheit-und-selbsthilfe'], district: 'katharinenviertel', venue: 'Hospizbüro', street: 'Neutorstraße 5', time: '18:00', hours: 1.5, targetGroups: ['adults'], registration: true },
  { title: 'Online-Seminar: Fördermittel für Vereine', titleEn: 'Online seminar: funding for clubs', summary: 'Welche Förderprogramme gibt es in Mecklenburg-Vorpommern? Mit Fragerunde. Der Link kommt nach der Anmeldung.', organizer: 'netzwerk-ehrenamt-neubrandenburg', topics: ['bildung', 'soziales-und-nachbarschaft'], district: 'innenstadt', venue: '', street: '', time: '17:00', hours: 1.5, attendance: 'online', targetGroups: ['adults'], registration: true },
  { title: 'Schachturnier „Vier Tore Open“', summary: 'Offenes Schnellschachturnier für alle Spielstärken. Startgeld 3 €, Kinder frei.', organizer: 'schachfreunde-vier-tore', topics: ['sport-und-bewegung'], district: 'innenstadt', venue: 'Marktplatz-Center, 1. OG', street: 'Stargarder Straße 16', time: '10:00', hours: 6, targetGroups: ['everyone'], price: '3 €, Kinder frei', registration: true },
  { title: 'Gemeinsam laufen: Einsteigergruppe', summary: 'Lauf-Einstieg in kleinen Gruppen, langsames Tempo, niemand bleibt zurück.', organizer: 'laufgruppe-kulturpark', topics: ['sport-und-bewegung', 'gesundheit-und-selbsthilfe'], district: 'innenstadt', venue: 'Kulturpark, Brücke am Teich', street: 'Kulturpark', time: '18:00', hours: 1, targetGroups: ['adults'] },
  { title: 'Gesprächskreis für pflegende Angehörige', summary: 'Austausch und Entlastung für Angehörige von Menschen mit Demenz – hybrid, auch per Video.', organizer: 'angehoerigengruppe-demenz', topics: ['gesundheit-und-selbsthilfe', 'senioren'], district: 'suedstadt', venue: 'Seniorenbüro Südstadt', street: 'Juri-Gagarin-Ring 18', time: '15:00', hours: 1.5, attendance: 'hybrid', targetGroups: ['adults', 'seniors'] },
  { title: 'Ukrainischer Kulturabend', titleEn: 'Ukrainian culture evening', summary: 'Musik, Gedichte und Gerichte aus der Ukraine. Eintritt frei, Spenden willkommen.', organizer: 'deutsch-ukrainischer-freundeskreis', topics: ['integration-und-vielfalt', 'kultur-und-musik'], district: 'datzeberg', venue: 'Haus der Kulturen', street: 'Neustrelitzer Straße 120', time: '18:30', hours: 3, targetGroups: ['everyone', 'newcomers'] },
  { title: 'Neubrandenburger Ehrenamtstage', titleEn: 'Neubrandenburg volunteering days', summary: 'Drei Tage lang stellen sich Vereine in der Innenstadt vor – mit Mitmachaktionen und Bühnenprogramm.', organizer: 'netzwerk-ehrenamt-neubrandenburg', topics: ['soziales-und-nachbarschaft', 'kultur-und-musik'], district: 'innenstadt', venue: 'Marktplatz', street: 'Marktplatz', time: '00:00', hours: 0, allDay: true, days: 3, targetGroups: ['everyone'] },
  { title: 'Jugendfeuerwehr: Tag der offenen Tür', summary: 'Fahrzeuge ansehen, Schlauch ausrollen, Fragen stellen – für Kinder ab 6 Jahren und Eltern.', organizer: 'foerderverein-feuerwehr-weitin', topics: ['feuerwehr-und-katastrophenschutz', 'kinder-und-jugend'], district: 'weitin', venue: 'Gerätehaus Weitin', street: 'Weitiner Straße 15', time: '11:00', hours: 4, targetGroups: ['children', 'families'] },
  { title: 'Theaterkurs für Jugendliche', summary: 'Improvisation, Stimme und Bühnenpräsenz für 14- bis 18-Jährige.', organizer: 'theaterfreunde-neubrandenburg', topics: ['kultur-und-musik', 'kinder-und-jugend'], district: 'innenstadt', venue: 'Probebühne Pfaffenstraße', street: 'Pfaffenstraße 22', time: '16:30', hours: 2, targetGroups: ['youth'], registration: true },
  { title: 'Tierheim-Besuchstag mit Gassirunde', summary: 'Lernen Sie unsere Hunde kennen und gehen Sie mit uns eine Runde um Fritscheshof.', organizer: 'tierschutzverein-neubrandenburg', topics: ['tierschutz'], district: 'fritscheshof', venue: 'Tierheim Fritscheshof', street: 'Fritscheshofer Weg 7', time: '10:30', hours: 2, targetGroups: ['families', 'adults'] },
  { title: 'Heimatabend: Die Geschichte von Kloster Broda', summary: 'Ein Bildervortrag über 800 Jahre Klostergeschichte am Tollensesee.', organizer: 'heimatverein-broda', topics: ['heimat-und-geschichte'], district: 'broda', venue: 'Dorfkirche Broda', street: 'Brodaer Straße 40', time: '19:00', hours: 1.5, targetGroups: ['adults', 'seniors'] },
]

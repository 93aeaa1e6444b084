import type { DistrictSlug, TopicSlug } from './taxonomy'

export type AssociationSeed = {
  slug: string
  name: string
  kind: 'club' | 'initiative' | 'network' | 'institution' | 'selfHelp'
  topics: TopicSlug[]
  district: DistrictSlug
  short: string
  shortEn?: string
  about: string[]
  street: string
  postalCode: string
  meeting?: string
  languages?: string[]
  wheelchair?: 'yes' | 'partly' | 'no' | 'unknown'
  founded?: number
  looking?: boolean
  featured?: boolean
  networks?: string[]
  person: string
}

// Fictional associations; streets are real Neubrandenburg street names, people and numbers invented.
export const associations: AssociationSeed[] = [
  {
    slug: 'netzwerk-ehrenamt-neubrandenburg', name: 'Netzwerk Ehrenamt Neubrandenburg', kind: 'network',
    topics: ['soziales-und-nachbarschaft', 'bildung'], district: 'innenstadt',
    short: 'Das Netzwerk verbindet Vereine, Initiativen und Einrichtungen, die mit Ehrenamtlichen arbeiten. Wir beraten Menschen, die sich engagieren wollen, und organisieren Fortbildungen.',
    shortEn: 'The network connects clubs, initiatives and institutions working with volunteers. We advise people who want to get involved and organise training.',
    about: ['Wir sind die Anlaufstelle für alle, die sich in Neubrandenburg engagieren möchten.', 'Einmal im Monat treffen sich die Mitglieder zum Austausch. Gemeinsam planen wir den Tag des Ehrenamts.'],
    street: 'Friedrich-Engels-Ring 11', postalCode: '17033', meeting: 'Sprechstunde dienstags 10 bis 12 Uhr und donnerstags 15 bis 18 Uhr',
    languages: ['de', 'en'], wheelchair: 'yes', founded: 2009, featured: true, person: 'Katrin Wendt',
  },
  {
    slug: 'sportbund-tollensesee', name: 'Sportbund Tollensesee (Dachverband)', kind: 'network',
    topics: ['sport-und-bewegung'], district: 'lindenberg',
    short: 'Dachverband der Sportvereine rund um den Tollensesee. Wir unterstützen Vereine bei Übungsleiter-Ausbildung, Förderanträgen und Nachwuchsarbeit.',
    shortEn: 'Umbrella organisation of the sports clubs around Lake Tollense.',
    about: ['Im Sportbund sind Vereine vom Rudern bis zum Schach organisiert.', 'Wir bilden Übungsleiterinnen und Übungsleiter aus und vergeben den Ehrenamtspreis des Sports.'],
    street: 'Am Stadion 1', postalCode: '17034', meeting: 'Geschäftsstelle Mo–Fr 9 bis 14 Uhr', languages: ['de'], wheelchair: 'partly', founded: 1991, person: 'Jens Rahn',
  },
  {
    slug: 'buendnis-vielfalt-neubrandenburg', name: 'Bündnis Vielfalt Neubrandenburg', kind: 'network',
    topics: ['integration-und-vielfalt', 'soziales-und-nachbarschaft'], district: 'nordstadt',
    short: 'Zusammenschluss von Initiativen für ein offenes Neubrandenburg. Wir vernetzen Willkommensgruppen, Sprachcafés und Beratungsstellen.',
    shortEn: 'Alliance of initiatives for an open Neubrandenburg: welcome groups, language cafés and advice centres.',
    about: ['Das Bündnis organisiert die Interkulturelle Woche und hilft neuen Initiativen beim Start.'],
    street: 'Rostocker Straße 20', postalCode: '17033', meeting: 'Plenum am ersten Mittwoch im Monat, 18 Uhr', languages: ['de', 'en', 'uk', 'ar'], wheelchair: 'yes', founded: 2015, person: 'Amira Haddad',
  },
  {
    slug: 'ruderclub-tollensesee-1921', name: 'Ruderclub Tollensesee 1921 e. V.', kind: 'club',
    topics: ['sport-und-bewegung'], district: 'lindenberg',
    short: 'Rudern für Jung und Alt auf dem Tollensesee. Anfängerkurse im Frühjahr, Wanderfahrten im Sommer und Ergometertraining im Winter.',
    shortEn: 'Rowing for all ages on Lake Tollense, beginners’ courses in spring.',
    about: ['Unser Bootshaus liegt direkt am Augustabad.', 'Wer rudern lernen möchte, kann an drei Schnupperterminen kostenlos mitmachen.'],
    street: 'Augustastraße 6', postalCode: '17034', meeting: 'Training Di und Do ab 17 Uhr, Sa ab 9 Uhr', languages: ['de'], wheelchair: 'partly', founded: 1921, looking: true, featured: true, networks: ['sportbund-tollensesee'], person: 'Frank Lüdtke',
  },
  {
    slug: 'chor-am-datzeberg', name: 'Chor am Datzeberg e. V.', kind: 'club',
    topics: ['kultur-und-musik', 'senioren'], district: 'datzeberg',
    short: 'Wir singen Volkslieder, Pop und Gospel – ohne Vorsingen. Neue Stimmen, besonders Männerstimmen, sind herzlich willkommen.',
    about: ['Der Chor probt im Begegnungszentrum am Datzeberg.', 'Zweimal im Jahr geben wir Konzerte, im Advent singen wir in Pflegeheimen.'],
    street: 'Robert-Blum-Straße 30', postalCode: '17036', meeting: 'Probe jeden Montag 18:30 bis 20 Uhr', languages: ['de'], wheelchair: 'yes', founded: 1978, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Gisela Brandt',
  },
  {
    slug: 'nachbarschaftstreff-oststadt', name: 'Nachbarschaftstreff Oststadt', kind: 'initiative',
    topics: ['soziales-und-nachbarschaft', 'senioren'], district: 'oststadt',
    short: 'Offener Treff für alle Nachbarinnen und Nachbarn: Kaffee, Spielenachmittage, Hilfe beim Ausfüllen von Formularen.',
    shortEn: 'Open meeting place for neighbours: coffee, games and help with forms.',
    about: ['Bei uns muss niemand Mitglied sein. Kommen Sie einfach vorbei.'],
    street: 'Koszaliner Straße 12', postalCode: '17036', meeting: 'Mo, Mi und Fr 14 bis 17 Uhr', languages: ['de', 'ru'], wheelchair: 'yes', founded: 2012, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Doris Kaminski',
  },
  {
    slug: 'tafel-initiative-reitbahnviertel', name: 'Tafel-Initiative Reitbahnviertel', kind: 'initiative',
    topics: ['soziales-und-nachbarschaft'], district: 'reitbahnviertel',
    short: 'Wir retten Lebensmittel aus Supermärkten und Bäckereien und geben sie an Menschen mit wenig Geld weiter.',
    about: ['Helferinnen und Helfer holen morgens Lebensmittel ab und sortieren sie.', 'Die Ausgabe ist dienstags und freitags.'],
    street: 'Kopernikusstraße 4', postalCode: '17036', meeting: 'Ausgabe Di und Fr 13 bis 15 Uhr', languages: ['de', 'uk'], wheelchair: 'partly', founded: 2006, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Holger Stamm',
  },
  {
    slug: 'naturfreunde-tollensetal', name: 'Naturfreunde Tollensetal e. V.', kind: 'club',
    topics: ['umwelt-und-natur'], district: 'broda',
    short: 'Wir pflegen Streuobstwiesen, zählen Vögel am Tollensesee und bieten Naturführungen für Familien an.',
    shortEn: 'We look after orchards, count birds at Lake Tollense and offer nature walks for families.',
    about: ['Unsere Arbeitseinsätze sind für alle offen, Werkzeug stellen wir.'],
    street: 'Dorfstraße 3', postalCode: '17033', meeting: 'Arbeitseinsatz jeden zweiten Samstag, 9 Uhr', languages: ['de'], wheelchair: 'no', founded: 1994, looking: true, person: 'Ulrike Fechner',
  },
  {
    slug: 'jugendclub-vogelviertel', name: 'Jugendclub Vogelviertel', kind: 'institution',
    topics: ['kinder-und-jugend'], district: 'vogelviertel',
    short: 'Offener Treff für Jugendliche von 12 bis 21 Jahren mit Musikraum, Kicker, Hausaufgabenhilfe und Ferienfahrten.',
    about: ['Der Club wird von pädagogischen Fachkräften und Ehrenamtlichen betreut.'],
    street: 'Sperlingsweg 9', postalCode: '17033', meeting: 'Mo bis Fr 14 bis 20 Uhr', languages: ['de', 'en'], wheelchair: 'yes', founded: 2001, person: 'Marco Zielke',
  },
  {
    slug: 'seniorenbuero-suedstadt', name: 'Seniorenbüro Südstadt', kind: 'institution',
    topics: ['senioren', 'bildung'], district: 'suedstadt',
    short: 'Beratung, Computerkurse und Ausflüge für ältere Menschen. Ehrenamtliche besuchen Alleinstehende zu Hause.',
    about: ['Das Seniorenbüro vermittelt Besuchspatenschaften und organisiert den Seniorentag.'],
    street: 'Juri-Gagarin-Ring 18', postalCode: '17036', meeting: 'Sprechzeiten Di und Do 9 bis 12 Uhr', languages: ['de'], wheelchair: 'yes', founded: 1998, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Renate Pohl',
  },
  {
    slug: 'selbsthilfegruppe-diabetes', name: 'Selbsthilfegruppe Diabetes Neubrandenburg', kind: 'selfHelp',
    topics: ['gesundheit-und-selbsthilfe'], district: 'innenstadt',
    short: 'Austausch für Menschen mit Diabetes und ihre Angehörigen. Einmal im Quartal mit Vortrag einer Fachärztin.',
    about: ['Wir treffen uns in den Räumen der Kontaktstelle für Selbsthilfe.'],
    street: 'Treptower Straße 2', postalCode: '17033', meeting: 'Jeden dritten Donnerstag im Monat, 17 Uhr', languages: ['de'], wheelchair: 'yes', founded: 2004, person: 'Bernd Krüger',
  },
  {
    slug: 'tierschutzverein-neubrandenburg', name: 'Tierschutzverein Neubrandenburg und Umgebung e. V.', kind: 'club',
    topics: ['tierschutz'], district: 'fritscheshof',
    short: 'Wir betreiben ein kleines Tierheim, vermitteln Katzen und Hunde und suchen Gassigeherinnen und Gassigeher.',
    about: ['Ohne Ehrenamtliche gäbe es kein Tierheim. Schon zwei Stunden pro Woche helfen.'],
    street: 'Fritscheshofer Weg 7', postalCode: '17033', meeting: 'Besuchszeiten Sa und So 10 bis 13 Uhr', languages: ['de'], wheelchair: 'partly', founded: 1990, looking: true, person: 'Sandra Vogel',
  },
  {
    slug: 'heimatverein-broda', name: 'Heimatverein Broda e. V.', kind: 'club',
    topics: ['heimat-und-geschichte'], district: 'broda',
    short: 'Wir erforschen die Geschichte des Klosters Broda und des Ortsteils, pflegen die Dorfkirche und laden zum Erntefest ein.',
    about: ['Unsere Ortschronik können Sie im Vereinsraum einsehen.'],
    street: 'Brodaer Straße 40', postalCode: '17033', meeting: 'Vereinsabend am letzten Freitag im Monat, 19 Uhr', languages: ['de'], wheelchair: 'unknown', founded: 1996, person: 'Hartmut Lenz',
  },
  {
    slug: 'foerderverein-feuerwehr-weitin', name: 'Förderverein Freiwillige Feuerwehr Weitin e. V.', kind: 'club',
    topics: ['feuerwehr-und-katastrophenschutz', 'kinder-und-jugend'], district: 'weitin',
    short: 'Wir unterstützen die Freiwillige Feuerwehr Weitin und die Jugendfeuerwehr – mit Ausrüstung, Festen und Nachwuchswerbung.',
    about: ['Die Jugendfeuerwehr nimmt Kinder ab 10 Jahren auf.'],
    street: 'Weitiner Straße 15', postalCode: '17033', meeting: 'Dienstabend jeden Mittwoch, 18 Uhr', languages: ['de'], wheelchair: 'no', founded: 2003, looking: true, person: 'Torsten Behrens',
  },
  {
    slug: 'schachfreunde-vier-tore', name: 'Schachfreunde Vier Tore e. V.', kind: 'club',
    topics: ['sport-und-bewegung', 'bildung'], district: 'innenstadt',
    short: 'Schach für alle Spielstärken, Kinderschach-AG an zwei Grundschulen und offene Turniere im Marktplatz-Center.',
    about: ['Gäste können jederzeit zum Spielabend kommen.'],
    street: 'Stargarder Straße 16', postalCode: '17033', meeting: 'Spielabend freitags ab 18 Uhr', languages: ['de', 'uk', 'ru'], wheelchair: 'yes', founded: 1985, networks: ['sportbund-tollensesee'], person: 'Viktor Schulz',
  },
  {
    slug: 'lesepaten-neubrandenburg', name: 'Lesepaten Neubrandenburg', kind: 'initiative',
    topics: ['bildung', 'kinder-und-jugend'], district: 'weststadt',
    short: 'Ehrenamtliche lesen in Kitas und Grundschulen vor und üben mit Kindern das Lesen – eine Stunde pro Woche genügt.',
    shortEn: 'Volunteers read to children in day-care centres and primary schools – one hour a week is enough.',
    about: ['Wir begleiten neue Lesepatinnen und Lesepaten bei den ersten Terminen.'],
    street: 'Bussardstraße 5', postalCode: '17033', languages: ['de'], wheelchair: 'yes', founded: 2010, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Monika Arndt',
  },
  {
    slug: 'repair-cafe-katharinenviertel', name: 'Repair-Café Katharinenviertel', kind: 'initiative',
    topics: ['umwelt-und-natur', 'soziales-und-nachbarschaft'], district: 'katharinenviertel',
    short: 'Reparieren statt wegwerfen: Ehrenamtliche Tüftlerinnen und Tüftler helfen beim Reparieren von Toastern, Fahrrädern und Kleidung.',
    shortEn: 'Repair instead of throwing away: volunteers help fix toasters, bikes and clothes.',
    about: ['Bringen Sie Ihr defektes Gerät mit. Ersatzteile kosten nur den Einkaufspreis.'],
    street: 'Katharinenstraße 21', postalCode: '17033', meeting: 'Jeden ersten Samstag im Monat, 10 bis 14 Uhr', languages: ['de', 'en'], wheelchair: 'partly', founded: 2016, looking: true, person: 'Lars Petersen',
  },
  {
    slug: 'willkommensinitiative-nordstadt', name: 'Willkommensinitiative Nordstadt', kind: 'initiative',
    topics: ['integration-und-vielfalt'], district: 'nordstadt',
    short: 'Sprachcafé, Begleitung zu Ämtern und gemeinsames Kochen: Wir helfen Menschen, die neu in Neubrandenburg sind.',
    shortEn: 'Language café, help with authorities and cooking together: we support people new to Neubrandenburg.',
    about: ['Das Sprachcafé ist kostenlos, eine Anmeldung ist nicht nötig.'],
    street: 'Ziolkowskistraße 8', postalCode: '17034', meeting: 'Sprachcafé mittwochs 16 bis 18 Uhr', languages: ['de', 'en', 'uk', 'ar', 'ru'], wheelchair: 'yes', founded: 2015, looking: true, featured: true, networks: ['buendnis-vielfalt-neubrandenburg', 'netzwerk-ehrenamt-neubrandenburg'], person: 'Olena Marchenko',
  },
  {
    slug: 'kunst-und-kultur-lindenberg', name: 'Kunst & Kultur Lindenberg e. V.', kind: 'club',
    topics: ['kultur-und-musik'], district: 'lindenberg',
    short: 'Offene Kunstwerkstatt mit Malkursen, Töpfern und Ausstellungen junger Künstlerinnen und Künstler aus der Region.',
    about: ['Die Werkstatt ist barrierefrei erreichbar und hat eine Induktionsschleife.'],
    street: 'Lindenbergstraße 2', postalCode: '17034', meeting: 'Offene Werkstatt Do 15 bis 19 Uhr', languages: ['de', 'dgs'], wheelchair: 'yes', founded: 2007, person: 'Petra Jahnke',
  },
  {
    slug: 'laufgruppe-kulturpark', name: 'Laufgruppe Kulturpark', kind: 'initiative',
    topics: ['sport-und-bewegung', 'gesundheit-und-selbsthilfe'], district: 'innenstadt',
    short: 'Gemeinsam laufen im Kulturpark – vom ersten Kilometer bis zum Halbmarathon. Kostenlos und ohne Vereinsbeitritt.',
    about: ['Treffpunkt ist die Brücke am Kulturparkteich.'],
    street: 'Kulturpark', postalCode: '17033', meeting: 'Di und Do 18 Uhr, So 9 Uhr', languages: ['de', 'en'], wheelchair: 'no', founded: 2018, networks: ['sportbund-tollensesee'], person: 'Nadine Reuter',
  },
  {
    slug: 'gemeinschaftsgarten-ihlenfelder-vorstadt', name: 'Gemeinschaftsgarten Ihlenfelder Vorstadt', kind: 'initiative',
    topics: ['umwelt-und-natur', 'integration-und-vielfalt'], district: 'ihlenfelder-vorstadt',
    short: 'Gemüse, Kräuter und Begegnung: Im Gemeinschaftsgarten gärtnern Familien aus sechs Ländern zusammen.',
    about: ['Jede und jeder kann ein Beet übernehmen oder bei den Gartentagen helfen.'],
    street: 'Ihlenfelder Straße 61', postalCode: '17034', meeting: 'Gartentag samstags ab 10 Uhr (April bis Oktober)', languages: ['de', 'ar', 'uk'], wheelchair: 'partly', founded: 2019, looking: true, networks: ['buendnis-vielfalt-neubrandenburg'], person: 'Yusuf Demir',
  },
  {
    slug: 'elterninitiative-monckeshof', name: 'Elterninitiative Spielplatz Monckeshof', kind: 'initiative',
    topics: ['kinder-und-jugend'], district: 'monckeshof',
    short: 'Eltern aus Monckeshof pflegen den Spielplatz am Dorfteich und organisieren das Kinderfest im Sommer.',
    about: ['Wir freuen uns über jede helfende Hand beim Frühjahrsputz.'],
    street: 'Am Dorfteich 1', postalCode: '17034', languages: ['de'], wheelchair: 'unknown', founded: 2020, person: 'Julia Hinz',
  },
  {
    slug: 'theaterfreunde-neubrandenburg', name: 'Theaterfreunde Neubrandenburg e. V.', kind: 'club',
    topics: ['kultur-und-musik'], district: 'innenstadt',
    short: 'Amateurtheater mit zwei Premieren im Jahr, Theaterkurse für Jugendliche und Vorlesungen „Theater zum Kennenlernen“.',
    about: ['Auf und hinter der Bühne ist Platz für alle: Technik, Kostüme, Kasse.'],
    street: 'Pfaffenstraße 22', postalCode: '17033', meeting: 'Proben Mi 19 Uhr', languages: ['de'], wheelchair: 'partly', founded: 1992, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Sebastian Grote',
  },
  {
    slug: 'radsportverein-tollense', name: 'Radsportverein Tollense e. V.', kind: 'club',
    topics: ['sport-und-bewegung'], district: 'carlshoehe',
    short: 'Rennrad, Mountainbike und Radtouren für Familien. Jeden Sonntag eine geführte Tour rund um den Tollensesee.',
    about: ['Die Sonntagstour ist offen für Gäste mit eigenem Rad und Helm.'],
    street: 'Carlshöher Weg 4', postalCode: '17034', meeting: 'Sonntagstour 10 Uhr ab Parkplatz Carlshöhe', languages: ['de'], wheelchair: 'no', founded: 1999, networks: ['sportbund-tollensesee'], person: 'Steffen Wolff',
  },
  {
    slug: 'hospizbegleitung-vier-tore', name: 'Hospizbegleitung Vier Tore e. V.', kind: 'club',
    topics: ['gesundheit-und-selbsthilfe', 'senioren'], district: 'katharinenviertel',
    short: 'Ehrenamtliche begleiten schwerkranke Menschen und ihre Familien. Wir bilden neue Begleiterinnen und Begleiter aus.',
    about: ['Der Vorbereitungskurs umfasst zehn Abende und ein Praktikum.'],
    street: 'Neutorstraße 5', postalCode: '17033', meeting: 'Kursstart jeweils im Februar und September', languages: ['de'], wheelchair: 'yes', founded: 2002, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Christiane Maaß',
  },
  {
    slug: 'angehoerigengruppe-demenz', name: 'Selbsthilfegruppe Angehörige von Menschen mit Demenz', kind: 'selfHelp',
    topics: ['gesundheit-und-selbsthilfe', 'senioren'], district: 'suedstadt',
    short: 'Wer einen Menschen mit Demenz pflegt, findet hier Verständnis, Entlastung und praktische Tipps.',
    about: ['Während des Treffens betreuen Ehrenamtliche auf Wunsch Ihre Angehörigen.'],
    street: 'Juri-Gagarin-Ring 18', postalCode: '17036', meeting: 'Zweiter Dienstag im Monat, 15 Uhr', languages: ['de'], wheelchair: 'yes', founded: 2011, person: 'Ilse Wagner',
  },
  {
    slug: 'deutsch-ukrainischer-freundeskreis', name: 'Deutsch-Ukrainischer Freundeskreis Neubrandenburg', kind: 'initiative',
    topics: ['integration-und-vielfalt', 'kultur-und-musik'], district: 'datzeberg',
    short: 'Begegnung, Sprachtandems und Kulturabende für Menschen aus der Ukraine und Neubrandenburg.',
    shortEn: 'Meetings, language tandems and cultural evenings for people from Ukraine and Neubrandenburg.',
    about: ['Wir helfen bei ersten Schritten in der Stadt und feiern gemeinsam Feste.'],
    street: 'Neustrelitzer Straße 120', postalCode: '17033', meeting: 'Treffen donnerstags 17 Uhr', languages: ['de', 'uk', 'ru'], wheelchair: 'partly', founded: 2022, looking: true, networks: ['buendnis-vielfalt-neubrandenburg'], person: 'Iryna Kovalenko',
  },
  {
    slug: 'computerclub-60plus', name: 'Computerclub 60plus', kind: 'club',
    topics: ['senioren', 'bildung'], district: 'weststadt',
    short: 'Ältere Menschen helfen Älteren: Smartphone, Online-Banking, Videotelefonie – in Ruhe erklärt.',
    about: ['Bringen Sie Ihr eigenes Gerät mit. Leihgeräte sind vorhanden.'],
    street: 'Demminer Straße 51', postalCode: '17034', meeting: 'Sprechstunde Mo und Do 10 bis 12 Uhr', languages: ['de'], wheelchair: 'yes', founded: 2005, looking: true, networks: ['netzwerk-ehrenamt-neubrandenburg'], person: 'Wolfgang Hesse',
  },
  {
    slug: 'kanuverein-oberbach', name: 'Kanuverein Oberbach e. V.', kind: 'club',
    topics: ['sport-und-bewegung', 'kinder-und-jugend'], district: 'tannenkrug',
    short: 'Kanu- und Kajakfahren auf Oberbach, Tollense und den Seen der Mecklenburgischen Seenplatte. Kindertraining ab 8 Jahren.',
    about: ['Wir verleihen Boote an Mitglieder und bieten Paddelkurse für Erwachsene an.'],
    street: 'Am Oberbach 3', postalCode: '17033', meeting: 'Training Mi 16:30 Uhr, Sa 10 Uhr (Mai bis September)', languages: ['de'], wheelchair: 'no', founded: 1968, networks: ['sportbund-tollensesee'], person: 'Anja Reimer',
  },
  {
    slug: 'familienzentrum-weststadt', name: 'Familienzentrum Weststadt', kind: 'institution',
    topics: ['kinder-und-jugend', 'soziales-und-nachbarschaft'], district: 'weststadt',
    short: 'Krabbelgruppen, Elterncafé, Familienberatung und eine Kleiderbörse unter einem Dach.',
    shortEn: 'Toddler groups, parents’ café, family advice and a clothes exchange under one roof.',
    about: ['Alle Angebote sind kostenlos. Eine Hebamme berät jeden Dienstag.'],
    street: 'Kranichstraße 13', postalCode: '17034', meeting: 'Mo bis Fr 9 bis 16 Uhr', languages: ['de', 'en', 'ar'], wheelchair: 'yes', founded: 2008, networks: ['netzwerk-ehrenamt-neubrandenburg', 'buendnis-vielfalt-neubrandenburg'], person: 'Sabine Kühn',
  },
]

export const topics = [
  { slug: 'sport-und-bewegung', de: 'Sport und Bewegung', en: 'Sports and exercise', description: 'Vereinssport, Laufgruppen, Wassersport am Tollensesee und Bewegung für alle Altersgruppen.' },
  { slug: 'kultur-und-musik', de: 'Kultur und Musik', en: 'Culture and music', description: 'Chöre, Theater, Kunstwerkstätten und Konzerte in der Vier-Tore-Stadt.' },
  { slug: 'soziales-und-nachbarschaft', de: 'Soziales und Nachbarschaft', en: 'Social life and neighbourhood', description: 'Nachbarschaftstreffs, Hilfe im Alltag und Begegnung im Stadtteil.' },
  { slug: 'umwelt-und-natur', de: 'Umwelt und Natur', en: 'Environment and nature', description: 'Naturschutz, Gemeinschaftsgärten, Reparieren statt Wegwerfen.' },
  { slug: 'kinder-und-jugend', de: 'Kinder und Jugend', en: 'Children and youth', description: 'Angebote für Kinder, Jugendliche und Familien.' },
  { slug: 'senioren', de: 'Seniorinnen und Senioren', en: 'Older people', description: 'Begegnung, Bildung und Unterstützung für ältere Menschen.' },
  { slug: 'integration-und-vielfalt', de: 'Integration und Vielfalt', en: 'Integration and diversity', description: 'Willkommen in Neubrandenburg: Sprachcafés, Begleitung und Austausch.' },
  { slug: 'bildung', de: 'Bildung und Lernen', en: 'Education and learning', description: 'Lesepaten, Nachhilfe, Computerkurse und Vorträge.' },
  { slug: 'gesundheit-und-selbsthilfe', de: 'Gesundheit und Selbsthilfe', en: 'Health and self-help', description: 'Selbsthilfegruppen, Gesundheitsangebote und Begleitung.' },
  { slug: 'tierschutz', de: 'Tierschutz', en: 'Animal welfare', description: 'Tierheim, Pflegestellen und Tierschutzarbeit.' },
  { slug: 'heimat-und-geschichte', de: 'Heimat und Geschichte', en: 'Local history', description: 'Ortsgeschichte, Brauchtum und Denkmalpflege.' },
  { slug: 'feuerwehr-und-katastrophenschutz', de: 'Feuerwehr und Katastrophenschutz', en: 'Fire brigade and civil protection', description: 'Freiwillige Feuerwehren, Rettungsdienste und Katastrophenschutz.' },
] as const

export const districts = [
  { slug: 'innenstadt', name: 'Innenstadt', kind: 'quarter' },
  { slug: 'katharinenviertel', name: 'Katharinenviertel', kind: 'quarter' },
  { slug: 'ihlenfelder-vorstadt', name: 'Ihlenfelder Vorstadt', kind: 'quarter' },
  { slug: 'vogelviertel', name: 'Vogelviertel', kind: 'quarter' },
  { slug: 'nordstadt', name: 'Nordstadt', kind: 'quarter' },
  { slug: 'datzeberg', name: 'Datzeberg', kind: 'quarter' },
  { slug: 'oststadt', name: 'Oststadt', kind: 'quarter' },
  { slug: 'reitbahnviertel', name: 'Reitbahnviertel', kind: 'quarter' },
  { slug: 'lindenberg', name: 'Lindenberg', kind: 'quarter' },
  { slug: 'suedstadt', name: 'Südstadt', kind: 'quarter' },
  { slug: 'weststadt', name: 'Weststadt', kind: 'quarter' },
  { slug: 'broda', name: 'Broda', kind: 'village' },
  { slug: 'monckeshof', name: 'Monckeshof', kind: 'village' },
  { slug: 'fritscheshof', name: 'Fritscheshof', kind: 'village' },
  { slug: 'carlshoehe', name: 'Carlshöhe', kind: 'village' },
  { slug: 'kuessow', name: 'Küssow', kind: 'village' },
  { slug: 'tannenkrug', name: 'Tannenkrug', kind: 'village' },
  { slug: 'weitin', name: 'Weitin', kind: 'village' },
] as const

export type TopicSlug = (typeof topics)[number]['slug']
export type DistrictSlug = (typeof districts)[number]['slug']

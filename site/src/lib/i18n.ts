// Interface text. German is the reference; English covers the pages that exist in English.
import { associationKindOptions, commitmentOptions, languageOptions, suitabilityOptions, targetGroupOptions } from '../../../cms/src/fields/taxonomy'
import type { Locale } from './cms'

const fromOptions = (options: ReadonlyArray<{ label: string; value: string }>) =>
  Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<string, string>

const de = {
  skip: 'Zum Inhalt springen',
  siteName: 'Unser Neubrandenburg',
  tagline: 'Vereine, Ehrenamt und Veranstaltungen in Neubrandenburg',
  nav: 'Hauptnavigation',
  home: 'Startseite',
  associations: 'Vereine',
  events: 'Veranstaltungen',
  volunteering: 'Ehrenamt',
  news: 'Aktuelles',
  participate: 'Mitmachen',
  search: 'Suche',
  breadcrumb: 'Sie sind hier',
  topics: 'Themen',
  districts: 'Stadtteile',
  more: 'Mehr',
  allAssociations: 'Alle Vereine und Initiativen',
  allEvents: 'Alle Veranstaltungen',
  allOpportunities: 'Alle Ehrenamtsangebote',
  allNews: 'Alle Meldungen',
  thisWeek: 'Diese Woche in Neubrandenburg',
  newOpportunities: 'Neue Ehrenamtsangebote',
  latestNews: 'Aktuelle Meldungen',
  someAssociations: 'Vereine und Initiativen entdecken',
  noEvents: 'In diesem Zeitraum sind keine Veranstaltungen eingetragen.',
  noEntries: 'Keine Einträge gefunden.',
  cancelled: 'Abgesagt',
  free: 'Eintritt frei',
  organizers: 'Veranstaltet von',
  venue: 'Ort',
  online: 'Online-Teilnahme',
  addToCalendar: 'In meinen Kalender übernehmen (.ics)',
  contact: 'Kontakt',
  lookingForMembers: 'Sucht neue Mitglieder',
  language: 'Sprache',
  otherLanguage: 'English',
  footerAbout: 'Ein Angebot der Stadt Neubrandenburg',
  cityWebsite: 'Website der Stadt Neubrandenburg',
  participationTile: 'Mitreden und mitgestalten',
  participationText: 'Vorschläge machen, diskutieren und abstimmen: auf der Beteiligungsplattform der Stadt.',
  cityTile: 'neubrandenburg.de',
  cityText: 'Rathaus, Bürgerservice, Termine und Formulare der Stadtverwaltung.',
  archive: 'Vergangene Veranstaltungen',
  filter: 'Filtern',
  filterApply: 'Anwenden',
  filterReset: 'Alle Filter zurücksetzen',
  textFilter: 'Suchbegriff',
  results: 'Treffer',
}
export type Strings = typeof de

const en: Strings = {
  skip: 'Skip to content',
  siteName: 'Unser Neubrandenburg',
  tagline: 'Clubs, volunteering and events in Neubrandenburg',
  nav: 'Main navigation',
  home: 'Home',
  associations: 'Clubs',
  events: 'Events',
  volunteering: 'Volunteering',
  news: 'News',
  participate: 'Take part',
  search: 'Search',
  breadcrumb: 'You are here',
  topics: 'Topics',
  districts: 'Districts',
  more: 'More',
  allAssociations: 'All clubs and initiatives',
  allEvents: 'All events',
  allOpportunities: 'All volunteering opportunities',
  allNews: 'All news',
  thisWeek: 'This week in Neubrandenburg',
  newOpportunities: 'New volunteering opportunities',
  latestNews: 'Latest news',
  someAssociations: 'Discover clubs and initiatives',
  noEvents: 'No events are listed for this period.',
  noEntries: 'Nothing found.',
  cancelled: 'Cancelled',
  free: 'Free admission',
  organizers: 'Organised by',
  venue: 'Venue',
  online: 'Join online',
  addToCalendar: 'Add to my calendar (.ics)',
  contact: 'Contact',
  lookingForMembers: 'Looking for new members',
  language: 'Language',
  otherLanguage: 'Deutsch',
  footerAbout: 'A service of the City of Neubrandenburg',
  cityWebsite: 'City of Neubrandenburg website',
  participationTile: 'Have your say',
  participationText: 'Make proposals, discuss and vote on the city’s participation platform (in German).',
  cityTile: 'neubrandenburg.de',
  cityText: 'Town hall, citizen services, appointments and forms (in German).',
  archive: 'Past events',
  filter: 'Filter',
  filterApply: 'Apply',
  filterReset: 'Reset all filters',
  textFilter: 'Search term',
  results: 'results',
}

export const strings: Record<Locale, Strings> = { de, en }
export const t = (locale: Locale) => strings[locale]

/** Labels of select options as the CMS defines them (German); English where needed. */
export const labels = {
  // Shared with the CMS so the site's filters use the editors' vocabulary.
  kind: fromOptions(associationKindOptions),
  kindEn: { club: 'Club', initiative: 'Initiative', network: 'Network', institution: 'Institution', selfHelp: 'Self-help group' },
  targetGroups: fromOptions(targetGroupOptions),
  commitment: fromOptions(commitmentOptions),
  per: { week: 'pro Woche', month: 'pro Monat', date: 'pro Termin' },
  suitability: fromOptions(suitabilityOptions),
  requirements: {
    policeCertificate: 'Erweitertes Führungszeugnis', driversLicence: 'Führerschein', adult: 'Mindestens 18 Jahre', firstAid: 'Erste-Hilfe-Kurs', healthCertificate: 'Gesundheitszeugnis',
  },
  benefits: {
    training: 'Einarbeitung und Schulungen', insurance: 'Versicherungsschutz', ehrenamtskarte: 'Ehrenamtskarte MV', expenses: 'Erstattung von Auslagen',
    certificate: 'Nachweis / Zertifikat', mentoring: 'Begleitung durch feste Ansprechperson',
  },
  wheelchair: { yes: 'Rollstuhlgerecht', partly: 'Teilweise rollstuhlgerecht', no: 'Nicht rollstuhlgerecht', unknown: '' },
  languages: fromOptions(languageOptions),
  attendance: { onsite: 'Vor Ort', online: 'Online', hybrid: 'Vor Ort und online' },
} as const

/** English labels where the English pages show them; anything missing falls back to German. */
const labelsEn: Partial<Record<keyof typeof labels, Record<string, string>>> = {
  kind: labels.kindEn,
  targetGroups: {
    children: 'Children', youth: 'Young people', families: 'Families', adults: 'Adults', seniors: 'Older people',
    disabilities: 'People with disabilities', newcomers: 'New in Neubrandenburg', everyone: 'Everyone',
  },
  commitment: { oneOff: 'One-off', regular: 'Regular', project: 'Project (fixed term)' },
  per: { week: 'per week', month: 'per month', date: 'per date' },
  suitability: {
    youth: 'Young people', seniors: 'Older people', families: 'Families', littleGerman: 'Little German needed',
    wheelchair: 'Wheelchair accessible', remote: 'Possible from home', shortNotice: 'At short notice',
  },
  requirements: {
    policeCertificate: 'Extended police certificate', driversLicence: 'Driving licence', adult: 'Aged 18 or over', firstAid: 'First aid course', healthCertificate: 'Health certificate',
  },
  benefits: {
    training: 'Induction and training', insurance: 'Insurance cover', ehrenamtskarte: 'MV volunteer card', expenses: 'Expenses refunded',
    certificate: 'Certificate', mentoring: 'A fixed contact person',
  },
  wheelchair: { yes: 'Wheelchair accessible', partly: 'Partly wheelchair accessible', no: 'Not wheelchair accessible', unknown: '' },
  languages: { de: 'German', 'de-simple': 'Easy German', en: 'English', uk: 'Ukrainian', ru: 'Russian', ar: 'Arabic', pl: 'Polish', dgs: 'German Sign Language' },
  attendance: { onsite: 'On site', online: 'Online', hybrid: 'On site and online' },
}

export const label = <G extends keyof typeof labels>(group: G, value: string | null | undefined, locale: Locale = 'de'): string => {
  if (!value) return ''
  const en = locale === 'en' ? labelsEn[group]?.[value] : undefined
  return en ?? (labels[group] as Record<string, string>)[value] ?? value
}

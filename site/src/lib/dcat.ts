// The open data catalogue in DCAT-AP.de 2.0 (issue 20) as JSON-LD with its own inline context
// (a harvester needs no other document): the city as publisher, one dcat:Dataset per kind of
// content, each with its files under /daten/ as dcat:Distribution, all under dl-de/by-2-0.
import { currentOpportunities, published, sortedAssociations, sortedNews } from './data'
import { licence } from './feeds'
import { isoBerlin } from './format'
import { settings } from './data'

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'http://schema.org/',
}
const iri = (id: string) => ({ '@id': id })
const de = (value: string) => ({ '@value': value, '@language': 'de' })
const en = (value: string) => ({ '@value': value, '@language': 'en' })
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' })

// Controlled vocabularies DCAT-AP.de asks for (EU Publications Office authority tables).
const eu = 'http://publications.europa.eu/resource/authority'
const themes = { society: `${eu}/data-theme/SOCI`, education: `${eu}/data-theme/EDUC` }
const mediaType = {
  json: 'https://www.iana.org/assignments/media-types/application/json',
  csv: 'https://www.iana.org/assignments/media-types/text/csv',
  ics: 'https://www.iana.org/assignments/media-types/text/calendar',
  rss: 'https://www.iana.org/assignments/media-types/application/rss+xml',
}
// The EU file-type table has no iCalendar entry: that distribution names only its media type.
const fileType: Partial<Record<keyof typeof mediaType, string>> = {
  json: `${eu}/file-type/JSON`,
  csv: `${eu}/file-type/CSV`,
  rss: `${eu}/file-type/RSS`,
}
/** Neubrandenburg in GeoNames, and its official municipality key (Amtlicher Gemeindeschlüssel). */
const spatial = 'https://sws.geonames.org/2864118/'
const municipalityKey = 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/13071107'
/** Deliveries to GovData from Mecklenburg-Vorpommern go through the state's portal. */
const contributorID = 'http://dcat-ap.de/def/contributors/mecklenburgVorpommern'
const licenceIri = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0'

type Format = keyof typeof mediaType
type DatasetSpec = {
  slug: string
  title: [string, string]
  description: [string, string]
  keywords: string[]
  theme: string[]
  landing: string
  files: { path: string; format: Format; title: string }[]
  /** The dataset's documents: issued is the first one's creation, modified the last change. */
  docs: { createdAt: string; updatedAt: string }[]
  temporal?: [string, string]
}

function datasets(): DatasetSpec[] {
  const events = published('de', 'events').sort((a, b) => a.start.localeCompare(b.start))
  const news = sortedNews('de')
  const v1 = (kind: string) => ({
    path: `/daten/v1/${kind}.json`,
    format: 'json' as const,
    title: 'Partner-Schnittstelle (JSON, Version 1)',
  })
  return [
    {
      slug: 'vereine',
      title: ['Vereine und Initiativen in Neubrandenburg', 'Clubs and initiatives in Neubrandenburg'],
      description: [
        'Vereine, Initiativen, Netzwerke und Selbsthilfegruppen in Neubrandenburg mit Themen, Stadtteil, öffentlichem Kontakt und Netzwerken.',
        'Clubs, initiatives, networks and self-help groups in Neubrandenburg with topics, district, public contact and networks.',
      ],
      keywords: ['Vereine', 'Ehrenamt', 'Engagement', 'Zivilgesellschaft'],
      theme: [themes.society],
      landing: '/vereine/',
      files: [
        { path: '/daten/vereine.json', format: 'json', title: 'Vereine (JSON)' },
        { path: '/daten/vereine.csv', format: 'csv', title: 'Vereine (CSV)' },
        v1('vereine'),
      ],
      docs: sortedAssociations('de'),
    },
    {
      slug: 'veranstaltungen',
      title: ['Veranstaltungen in Neubrandenburg', 'Events in Neubrandenburg'],
      description: [
        'Veranstaltungen von Vereinen und Initiativen in Neubrandenburg mit Zeit (Europe/Berlin), Ort, Themen und Veranstaltern.',
        'Events of clubs and initiatives in Neubrandenburg with time (Europe/Berlin), place, topics and organisers.',
      ],
      keywords: ['Veranstaltungen', 'Termine', 'Kalender', 'Vereine'],
      theme: [themes.society, themes.education],
      landing: '/veranstaltungen/',
      files: [
        { path: '/daten/veranstaltungen.json', format: 'json', title: 'Veranstaltungen (JSON)' },
        { path: '/daten/veranstaltungen.csv', format: 'csv', title: 'Veranstaltungen (CSV)' },
        { path: '/kalender/veranstaltungen.ics', format: 'ics', title: 'Veranstaltungen (iCalendar)' },
        v1('veranstaltungen'),
      ],
      docs: events,
      temporal: events.length ? [events[0].start, events.at(-1)!.end ?? events.at(-1)!.start] : undefined,
    },
    {
      slug: 'ehrenamt',
      title: ['Ehrenamtsangebote in Neubrandenburg', 'Volunteering opportunities in Neubrandenburg'],
      description: [
        'Aktuelle Angebote für ehrenamtliches Engagement in Neubrandenburg mit Verein, Zeitaufwand, Themen und Eignung.',
        'Current volunteering opportunities in Neubrandenburg with club, time needed, topics and suitability.',
      ],
      keywords: ['Ehrenamt', 'Freiwilligenarbeit', 'Engagement'],
      theme: [themes.society],
      landing: '/ehrenamt/',
      files: [
        { path: '/daten/ehrenamt.json', format: 'json', title: 'Ehrenamtsangebote (JSON)' },
        { path: '/daten/ehrenamt.csv', format: 'csv', title: 'Ehrenamtsangebote (CSV)' },
        v1('ehrenamt'),
      ],
      docs: currentOpportunities('de'),
    },
    {
      slug: 'aktuelles',
      title: ['Meldungen von Vereinen und Stadt', 'News from clubs and the city'],
      description: [
        'Meldungen der Redaktion und der Vereine auf Unser Neubrandenburg.',
        'News from the editors and the clubs on Unser Neubrandenburg.',
      ],
      keywords: ['Aktuelles', 'Meldungen', 'Vereine'],
      theme: [themes.society],
      landing: '/aktuelles/',
      files: [{ path: '/aktuelles/rss.xml', format: 'rss', title: 'Meldungen (RSS)' }, v1('aktuelles')],
      docs: news,
      temporal: news.length
        ? [news.at(-1)!.publishedDate ?? news.at(-1)!.createdAt, news[0].publishedDate ?? news[0].createdAt]
        : undefined,
    },
  ]
}

// Dates come from the content, never from the build time: two builds of the same content write
// the same catalogue (and an incremental build leaves it alone).
const latest = (dates: string[]) =>
  dates.reduce<string | undefined>((a, b) => (!a || b > a ? b : a), undefined)
const earliest = (dates: string[]) =>
  dates.reduce<string | undefined>((a, b) => (!a || b < a ? b : a), undefined)
const dated = (key: string, iso: string | undefined) => (iso ? { [key]: dateTime(isoBerlin(iso)) } : {})

export function catalogue(site: URL) {
  const sets = datasets().map((d) => ({
    ...d,
    issued: earliest(d.docs.map((x) => x.createdAt)),
    modified: latest(d.docs.map((x) => x.updatedAt)),
  }))
  const abs = (path: string) => new URL(path, site).href
  const config = settings('de')
  const publisher = {
    '@id': abs('/#stadt-neubrandenburg'),
    '@type': ['foaf:Organization', 'foaf:Agent'],
    'foaf:name': de('Stadt Neubrandenburg'),
    'foaf:homepage': iri(config.cityWebsiteUrl || 'https://www.neubrandenburg.de'),
  }
  const contactPoint = {
    '@type': ['vcard:Organization', 'vcard:Kind'],
    'vcard:fn': config.contact?.name || 'Redaktion Unser Neubrandenburg',
    ...(config.contact?.email ? { 'vcard:hasEmail': iri(`mailto:${config.contact.email}`) } : {}),
    'vcard:hasURL': iri(abs('/daten/')),
  }
  const location = {
    '@id': spatial,
    '@type': 'dct:Location',
    // The town centre (Marktplatz), as DCAT-AP asks a location to give its geometry.
    'dcat:centroid': {
      '@value': 'POINT(13.2608 53.5568)',
      '@type': 'http://www.opengis.net/ont/geosparql#wktLiteral',
    },
  }
  return {
    '@context': context,
    '@id': abs('/daten/katalog.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': [de('Offene Daten von Unser Neubrandenburg'), en('Open data of Unser Neubrandenburg')],
    'dct:description': [
      de(
        'Vereine, Veranstaltungen, Ehrenamtsangebote und Meldungen der Beteiligungs- und Engagementplattform der Stadt Neubrandenburg.',
      ),
      en(
        "Clubs, events, volunteering opportunities and news of the City of Neubrandenburg's participation and engagement platform.",
      ),
    ],
    'dct:publisher': publisher,
    'dct:language': iri(`${eu}/language/DEU`),
    'dct:spatial': location,
    'foaf:homepage': iri(abs('/daten/')),
    ...dated('dct:modified', latest(sets.flatMap((d) => (d.modified ? [d.modified] : [])))),
    'dcat:dataset': sets.map((d) => ({
      '@id': abs(`/daten/#${d.slug}`),
      '@type': 'dcat:Dataset',
      'dct:identifier': abs(`/daten/#${d.slug}`),
      'dct:title': [de(d.title[0]), en(d.title[1])],
      'dct:description': [de(d.description[0]), en(d.description[1])],
      'dcat:keyword': d.keywords.map(de),
      'dcat:theme': d.theme.map(iri),
      'dcat:contactPoint': contactPoint,
      'dct:publisher': iri(publisher['@id']),
      'dcatde:contributorID': iri(contributorID),
      'dcatde:politicalGeocodingURI': iri(municipalityKey),
      'dct:spatial': location,
      'dct:language': iri(`${eu}/language/DEU`),
      'dcat:landingPage': iri(abs(d.landing)),
      ...dated('dct:issued', d.issued),
      ...dated('dct:modified', d.modified),
      ...(d.temporal
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': dateTime(isoBerlin(d.temporal[0])),
              'dcat:endDate': dateTime(isoBerlin(d.temporal[1])),
            },
          }
        : {}),
      'dcat:distribution': d.files.map((file) => ({
        '@id': abs(file.path),
        '@type': 'dcat:Distribution',
        'dct:title': de(file.title),
        'dcat:accessURL': iri(abs(file.path)),
        'dcat:downloadURL': iri(abs(file.path)),
        'dcat:mediaType': iri(mediaType[file.format]),
        ...(fileType[file.format] ? { 'dct:format': iri(fileType[file.format]!) } : {}),
        'dct:license': iri(licenceIri),
        'dcatde:licenseAttributionByText': de(licence.attribution),
        ...dated('dct:modified', d.modified),
      })),
    })),
  }
}

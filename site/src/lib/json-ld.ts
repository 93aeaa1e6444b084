import type { Association, Locale, Opportunity, SiteImage } from './data'
import { isoBerlin } from './format'
import { docHref } from './paths'

// The one way a schema.org object becomes the text of a <script type="application/ld+json">:
// JSON.stringify leaves "<", ">", "&" and the line separators U+2028/U+2029 as they are, so a
// title with "</script>" or "<!--" would end or change the element. Escaped as \u003c etc. they
// stay inside their JSON string, and every JSON-LD parser reads the same value back.
const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

export const serializeJsonLd = (value: object | object[]): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!)

/**
 * A volunteer offer as schema.org data. schema.org has no VolunteerAction: Google and others read
 * volunteering as a JobPosting with employmentType VOLUNTEER, so that is what offers say.
 */
export function opportunityJsonLd(
  o: Opportunity,
  association: Association | undefined,
  district: { name: string } | undefined,
  image: SiteImage | undefined,
  locale: Locale,
  site: URL,
) {
  const url = new URL(docHref(locale, 'opportunities', o), site).href
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: o.title,
    description: o.summary || o.title,
    employmentType: 'VOLUNTEER',
    datePosted: isoBerlin(o.validFrom ?? o.createdAt),
    ...(o.validUntil ? { validThrough: isoBerlin(o.validUntil) } : {}),
    hiringOrganization: {
      '@type': 'NGO',
      name: association?.name ?? 'Unser Neubrandenburg',
      ...(association ? { url: new URL(docHref(locale, 'associations', association), site).href } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      ...(district ? { name: district.name } : {}),
      address: {
        '@type': 'PostalAddress',
        ...(association?.address?.street ? { streetAddress: association.address.street } : {}),
        ...(association?.address?.postalCode ? { postalCode: association.address.postalCode } : {}),
        addressLocality: association?.address?.city || 'Neubrandenburg',
        addressCountry: 'DE',
      },
    },
    ...(o.suitability?.includes('remote') ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(image ? { image: new URL(image.src, site).href } : {}),
    url,
    inLanguage: locale,
  }
}

import type { GroupField } from 'payload'

import { urlValidate } from '../../fields/contact'

// Politics and administration on the site (issue 19): where the council information system
// (OParl 1.1) and the city's service reports (Open311 GeoReport v2) are read at build time, the
// plain-language text on how citizens take part, and the tables that map Consul's geozones and
// tags to our districts and topics. Every address may stay empty: the site then explains and links.
export const politicsGroup: GroupField = {
  name: 'politics',
  type: 'group',
  label: 'Politik und Verwaltung',
  admin: {
    description:
      'Sitzungen der Stadtvertretung (Ratsinformationssystem), Mängelmeldungen und Beteiligung auf den Seiten „Politik“, Stadtteile und Themen.',
  },
  fields: [
    {
      name: 'demoData',
      type: 'checkbox',
      label: 'Beispieldaten (Vorführung)',
      defaultValue: false,
      admin: {
        description:
          'Nur für Vorführungen: Die Seiten kennzeichnen Sitzungen und Meldungen deutlich als „Beispieldaten“.',
      },
    },
    {
      name: 'oparlUrl',
      type: 'text',
      label: 'OParl-Schnittstelle des Ratsinformationssystems',
      validate: urlValidate,
      admin: {
        description:
          'Adresse des OParl-„System“-Objekts, z. B. https://…/oparl/v1/system. Leer: Die Seite „Politik“ erklärt, wo die Sitzungen stehen, und verlinkt das Ratsinformationssystem.',
      },
    },
    {
      name: 'councilWebsiteUrl',
      type: 'text',
      label: 'Ratsinformationssystem für Bürgerinnen und Bürger',
      validate: urlValidate,
      admin: {
        description:
          'Die Seite, auf der Bürgerinnen und Bürger Sitzungen und Vorlagen lesen. Leer: die Website der Stadt.',
      },
    },
    {
      name: 'open311Url',
      type: 'text',
      label: 'Open311-Schnittstelle des Mängelmelders',
      validate: urlValidate,
      admin: {
        description:
          'Basisadresse der GeoReport-v2-Schnittstelle (dort liegen services.json und requests.json), z. B. von Klarschiff.MV. Leer: Die Stadtteilseiten zeigen nur den Link zum Melden.',
      },
    },
    {
      name: 'reportUrl',
      type: 'text',
      label: 'Adresse „Mangel melden“',
      validate: urlValidate,
      admin: { description: 'Hier melden Bürgerinnen und Bürger einen Mangel bei der Stadt.' },
    },
    {
      name: 'howToTakePart',
      type: 'textarea',
      label: 'Text „So können Sie mitwirken“',
      localized: true,
      admin: {
        description:
          'In einfacher Sprache: Einwohnerfragestunde, Sitzungen besuchen, Stadtvertreterinnen und Stadtvertreter ansprechen. Leerzeilen trennen Absätze.',
      },
    },
    {
      name: 'geozones',
      type: 'array',
      label: 'Consul-Gebiete → Stadtteile',
      labels: { singular: 'Zuordnung', plural: 'Zuordnungen' },
      admin: {
        description:
          'Welcher Stadtteil zu welchem Gebiet („Geozone“) der Beteiligungsplattform gehört. Vorschläge erscheinen dann auf der Stadtteilseite.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'geozone', type: 'text', label: 'Gebiet in Consul', required: true },
            {
              name: 'district',
              type: 'relationship',
              relationTo: 'districts',
              label: 'Stadtteil',
              required: true,
            },
          ],
        },
      ],
    },
    {
      name: 'tags',
      type: 'array',
      label: 'Consul-Schlagwörter → Themen',
      labels: { singular: 'Zuordnung', plural: 'Zuordnungen' },
      admin: {
        description:
          'Welches Schlagwort der Beteiligungsplattform zu welchem Thema gehört. Vorschläge erscheinen dann auf der Themenseite.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'tag', type: 'text', label: 'Schlagwort in Consul', required: true },
            { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Thema', required: true },
          ],
        },
      ],
    },
  ],
}

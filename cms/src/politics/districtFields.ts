import type { ArrayField, GroupField } from 'payload'

import { urlValidate } from '../fields/contact'

// Council papers (Vorlagen) an editor links to a district or topic: a title and the address on
// the council information system. Linked, never copied: the paper stays the council's document.
// One definition for both: the site renders them alike (PoliticsJoin.astro).
export const councilPapersField = (subject: 'diesen Stadtteil' | 'dieses Thema'): ArrayField => ({
  name: 'councilPapers',
  type: 'array',
  label: 'Vorlagen aus dem Ratsinformationssystem',
  labels: { singular: 'Vorlage', plural: 'Vorlagen' },
  admin: {
    description: `Vorlagen der Stadtvertretung, die ${subject} betreffen. Die Website verlinkt sie im Ratsinformationssystem.`,
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel der Vorlage', required: true, localized: true },
    {
      name: 'url',
      type: 'text',
      label: 'Adresse im Ratsinformationssystem',
      required: true,
      validate: urlValidate,
    },
  ],
})

const coordinate = (name: string, label: string) => ({
  name,
  type: 'number' as const,
  label,
  admin: { step: 0.0001 },
})

// Open311 reports carry a position, our districts no outline: a rectangle around the district is
// enough to count its reports (a report on the border may count for both neighbours).
export const serviceAreaField: GroupField = {
  name: 'serviceArea',
  type: 'group',
  label: 'Gebiet für Mängelmeldungen',
  admin: {
    description:
      'Ein Rechteck um den Stadtteil in Grad (WGS 84), z. B. aus OpenStreetMap. Meldungen darin erscheinen auf der Stadtteilseite. Leer: Die Seite zeigt die Zahlen der ganzen Stadt.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        coordinate('south', 'Süden (Breite)'),
        coordinate('north', 'Norden (Breite)'),
        coordinate('west', 'Westen (Länge)'),
        coordinate('east', 'Osten (Länge)'),
      ],
    },
  ],
}

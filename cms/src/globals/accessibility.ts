import type { GroupField } from 'payload'

import { urlValidate } from '../fields/contact'
import { formatGerman, notBefore } from '../lib/dates'

// The accessibility statement (Erklärung zur Barrierefreiheit) as fields editors fill in: what
// § 14 LBGG M-V with the BITVO M-V and the EU model statement (Durchführungsbeschluss (EU)
// 2018/1523) require. The site renders it at /seiten/barrierefreiheit/ with fixed wording around
// these facts, so no required part can be left out by accident.

export const complianceOptions = [
  { label: 'vollständig vereinbar', value: 'full' },
  { label: 'teilweise vereinbar', value: 'partial' },
  { label: 'nicht vereinbar', value: 'none' },
]

export const assessmentOptions = [
  { label: 'Selbstbewertung', value: 'self' },
  { label: 'Prüfung durch eine externe Stelle', value: 'external' },
]

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }

export const accessibilityGroup: GroupField = {
  name: 'accessibility',
  type: 'group',
  label: 'Erklärung zur Barrierefreiheit',
  admin: {
    description:
      'Erscheint auf der Seite „Barrierefreiheit“. Bitte nach jeder Prüfung das Datum der Überprüfung anpassen.',
  },
  fields: [
    {
      name: 'scope',
      type: 'text',
      label: 'Geltungsbereich',
      defaultValue: 'diese Website',
      admin: { description: 'z. B. „die Website unser-nb.de“' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: 'Stand der Vereinbarkeit',
          required: true,
          defaultValue: 'partial',
          options: complianceOptions,
        },
        {
          name: 'standard',
          type: 'text',
          label: 'Geprüft gegen',
          defaultValue: 'WCAG 2.1, Stufe AA (EN 301 549)',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        // Not required at the schema level: saving other settings must not fail before the first statement.
        { name: 'preparedOn', type: 'date', label: 'Erstellt am', admin: day },
        {
          name: 'reviewedOn',
          type: 'date',
          label: 'Zuletzt überprüft am',
          admin: day,
          validate: (value: unknown, { siblingData }: { siblingData?: { preparedOn?: unknown } }) =>
            notBefore(
              value,
              siblingData?.preparedOn,
              `Die Überprüfung darf nicht vor der Erstellung (${formatGerman(siblingData?.preparedOn, false)}) liegen.`,
            ),
        },
      ],
    },
    {
      name: 'method',
      type: 'select',
      label: 'Methode der Bewertung',
      required: true,
      defaultValue: 'self',
      options: assessmentOptions,
    },
    {
      name: 'methodDetails',
      type: 'textarea',
      label: 'Wie wurde geprüft?',
      admin: { description: 'Werkzeuge, Stichproben, wer geprüft hat.' },
    },
    {
      name: 'barriers',
      type: 'array',
      label: 'Bekannte Barrieren',
      labels: { singular: 'Barriere', plural: 'Barrieren' },
      admin: {
        description: 'Was nicht barrierefrei ist, warum, und wie Menschen die Inhalte trotzdem bekommen.',
      },
      fields: [
        { name: 'barrier', type: 'textarea', label: 'Was ist nicht barrierefrei?', required: true },
        {
          name: 'reason',
          type: 'textarea',
          label: 'Begründung',
          admin: { description: 'z. B. „Inhalte Dritter“ oder „wird bis Juni behoben“' },
        },
        { name: 'alternative', type: 'textarea', label: 'Barrierefreie Alternative', required: true },
      ],
    },
    {
      name: 'feedback',
      type: 'group',
      label: 'Feedback und Kontakt',
      admin: { description: 'Leer gelassen gilt der Kontakt der Redaktion (oben).' },
      fields: [
        { name: 'name', type: 'text', label: 'Stelle' },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: 'E-Mail' },
            { name: 'phone', type: 'text', label: 'Telefon' },
          ],
        },
        {
          name: 'replyWithinDays',
          type: 'number',
          label: 'Antwort innerhalb von (Tagen)',
          required: true,
          defaultValue: 14,
          min: 1,
          max: 42,
        },
      ],
    },
    {
      name: 'enforcement',
      type: 'group',
      label: 'Schlichtungs- und Durchsetzungsstelle',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: 'Name',
          required: true,
          defaultValue: 'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern',
        },
        {
          name: 'address',
          type: 'textarea',
          label: 'Anschrift',
          defaultValue: 'Schloßstraße 8\n19053 Schwerin',
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: 'E-Mail', defaultValue: 'post@buergerbeauftragter-mv.de' },
            { name: 'phone', type: 'text', label: 'Telefon', defaultValue: '0385 525-2709' },
          ],
        },
        {
          name: 'url',
          type: 'text',
          label: 'Website',
          required: true,
          defaultValue: 'https://www.buergerbeauftragter-mv.de',
          validate: urlValidate,
        },
      ],
    },
  ],
}

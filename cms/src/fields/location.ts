import type { Field, GroupField } from 'payload'

const latitude = (value: number | null | undefined) =>
  value == null || (value >= -90 && value <= 90) || 'Der Breitengrad muss zwischen -90 und 90 liegen.'
const longitude = (value: number | null | undefined) =>
  value == null || (value >= -180 && value <= 180) || 'Der Längengrad muss zwischen -180 und 180 liegen.'

export const addressFields: Field[] = [
  { name: 'street', type: 'text', label: 'Straße und Hausnummer' },
  {
    type: 'row',
    fields: [
      {
        name: 'postalCode',
        type: 'text',
        label: 'PLZ',
        validate: (v: string | null | undefined) =>
          !v || /^\d{5}$/.test(v) || 'Die Postleitzahl muss aus fünf Ziffern bestehen.',
      },
      { name: 'city', type: 'text', label: 'Ort', defaultValue: 'Neubrandenburg' },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'lat', type: 'number', label: 'Breitengrad', validate: latitude, admin: { step: 0.000001 } },
      { name: 'lng', type: 'number', label: 'Längengrad', validate: longitude, admin: { step: 0.000001 } },
    ],
  },
]

export const addressGroup = (name = 'address', label = 'Adresse'): GroupField => ({
  name,
  type: 'group',
  label,
  fields: addressFields,
})

import type { GroupField } from 'payload'

const url = (v: string | null | undefined) =>
  !v ||
  /^https?:\/\/[^\s]+$/i.test(v) ||
  'Bitte geben Sie eine vollständige Internetadresse an, die mit https:// beginnt.'

export const urlValidate = url

export const contactGroup = (label = 'Öffentlicher Kontakt'): GroupField => ({
  name: 'contact',
  type: 'group',
  label,
  fields: [
    { name: 'name', type: 'text', label: 'Ansprechperson' },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: 'E-Mail' },
        { name: 'phone', type: 'text', label: 'Telefon' },
      ],
    },
    { name: 'website', type: 'text', label: 'Webseite', validate: url },
    {
      name: 'social',
      type: 'array',
      label: 'Soziale Medien',
      labels: { singular: 'Profil', plural: 'Profile' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'network',
              type: 'select',
              label: 'Netzwerk',
              required: true,
              options: [
                { label: 'Instagram', value: 'instagram' },
                { label: 'Facebook', value: 'facebook' },
                { label: 'Mastodon', value: 'mastodon' },
                { label: 'YouTube', value: 'youtube' },
                { label: 'LinkedIn', value: 'linkedin' },
                { label: 'Andere', value: 'other' },
              ],
            },
            { name: 'url', type: 'text', label: 'Adresse', required: true, validate: url },
          ],
        },
      ],
    },
  ],
})

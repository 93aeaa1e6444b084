import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { hiddenFromClubs, staffOnly } from '../access/roles'
import { urlValidate } from '../fields/contact'
import { signVideoField } from '../fields/easyLanguage'
import { accessibilityGroup } from './accessibility'
import { politicsGroup } from './settings/politics'
import { embedsGroup } from './settings/embeds'

export const Settings: GlobalConfig<'settings'> = {
  slug: 'settings',
  label: 'Einstellungen',
  admin: { group: 'Verwaltung', hidden: hiddenFromClubs },
  access: { read: anyone, update: staffOnly },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      label: 'Name der Plattform',
      required: true,
      defaultValue: 'Unser Neubrandenburg',
      localized: true,
    },
    { name: 'intro', type: 'textarea', label: 'Einleitung auf der Startseite', localized: true },
    {
      // The city's coat of arms is protected (Hauptsatzung): without permission the site shows the
      // platform's own mark, and whoever holds it can switch it on here without a code change.
      name: 'emblem',
      type: 'upload',
      relationTo: 'media',
      label: 'Stadtwappen im Kopf der Website',
      admin: {
        description:
          'Nur mit schriftlicher Genehmigung der Stadt Neubrandenburg verwenden. Ohne Bild zeigt die Website das Zeichen der Plattform. Am besten ein quadratisches PNG oder SVG mit transparentem Hintergrund.',
      },
    },
    // BITVO M-V § 6: the start page's essentials also in German Sign Language, when a video exists.
    signVideoField(
      'Erscheint auf der Startseite und auf der Startseite „Leichte Sprache“: Was ist auf der Website, wie finde ich mich zurecht, was steht in der Erklärung zur Barrierefreiheit.',
    ),
    {
      name: 'participation',
      type: 'group',
      label: 'Bürgerbeteiligung (Consul)',
      fields: [
        {
          name: 'url',
          type: 'text',
          label: 'Adresse der Beteiligungsplattform',
          required: true,
          defaultValue: 'https://p26.digital',
          validate: urlValidate,
        },
        {
          name: 'showTeaser',
          type: 'checkbox',
          label: 'Aktuelle Beteiligungen auf der Startseite zeigen',
          defaultValue: true,
        },
        {
          name: 'teaserCount',
          type: 'number',
          label: 'Anzahl der Beiträge im Teaser',
          defaultValue: 3,
          min: 1,
          max: 12,
        },
      ],
    },
    {
      name: 'cityWebsiteUrl',
      type: 'text',
      label: 'Website der Stadt',
      required: true,
      defaultValue: 'https://www.neubrandenburg.de',
      validate: urlValidate,
    },
    {
      name: 'contact',
      type: 'group',
      label: 'Kontakt der Redaktion',
      fields: [
        { name: 'name', type: 'text', label: 'Stelle', localized: true },
        { name: 'email', type: 'email', label: 'E-Mail' },
        { name: 'phone', type: 'text', label: 'Telefon' },
        { name: 'address', type: 'textarea', label: 'Anschrift' },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: 'Links im Fußbereich',
      labels: { singular: 'Link', plural: 'Links' },
      fields: [
        { name: 'label', type: 'text', label: 'Beschriftung', required: true, localized: true },
        {
          name: 'url',
          type: 'text',
          label: 'Adresse',
          required: true,
          admin: { description: 'z. B. /seiten/impressum oder https://…' },
        },
      ],
    },
    accessibilityGroup,
    politicsGroup,
    embedsGroup,
  ],
}

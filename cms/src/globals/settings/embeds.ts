import type { GroupField, TextFieldSingleValidation } from 'payload'

// Which other websites may show our embeds (/einbetten/…, issue 20) in a frame. The site build
// writes exactly these origins into the embeds' CSP frame-ancestors; every other page of the
// site keeps frame-ancestors 'none'. An origin is scheme, host and port, nothing more.

const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])

/** null when `value` is an origin a site may frame us from, else the German reason. */
export function embedOriginProblem(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Bitte eine vollständige Adresse angeben, z. B. https://www.neubrandenburg.de'
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.has(url.hostname)))
    return 'Nur Adressen mit https:// sind erlaubt (http:// nur für localhost beim Testen).'
  if (url.origin !== value)
    return `Bitte nur Schema, Rechner und Port angeben, ohne Pfad oder Schrägstrich am Ende: ${url.origin}`
  return null
}

const originValidate: TextFieldSingleValidation = (value) =>
  !value ? 'Bitte eine Adresse angeben.' : (embedOriginProblem(value) ?? true)

export const embedsGroup: GroupField = {
  name: 'embeds',
  type: 'group',
  label: 'Einbetten auf anderen Websites',
  admin: {
    description:
      'Websites, die Veranstaltungen, Angebote und Meldungen dieser Plattform in einem Rahmen (iframe) zeigen dürfen, z. B. die Website der Stadt oder einer Schule. Gilt ab der nächsten Veröffentlichung.',
  },
  fields: [
    {
      name: 'allowedOrigins',
      type: 'array',
      label: 'Erlaubte Websites',
      labels: { singular: 'Website', plural: 'Websites' },
      fields: [
        {
          name: 'origin',
          type: 'text',
          label: 'Adresse',
          required: true,
          validate: originValidate,
          admin: { description: 'z. B. https://www.neubrandenburg.de (ohne Pfad)' },
        },
        { name: 'note', type: 'text', label: 'Wer (Notiz für die Redaktion)' },
      ],
    },
  ],
}

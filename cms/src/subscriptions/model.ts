import type { Field } from 'payload'

import { contentLocales } from '../locales'

// The names every part of the subscriptions shares (kept apart from the collection, which imports
// the endpoints, so nothing imports in a loop).
export const subscriptionsSlug = 'subscriptions'

export const subscriptionKinds = [
  { label: 'Veranstaltungen', value: 'events' },
  { label: 'Ehrenamtsangebote', value: 'offers' },
  { label: 'Neuigkeiten', value: 'news' },
  { label: 'Beteiligungsverfahren', value: 'participation' },
] as const
export type SubscriptionKind = (typeof subscriptionKinds)[number]['value']

/** The language of what a subscriber gets (digests, push messages): the page's language. */
export const langField: Field = {
  name: 'lang',
  type: 'select',
  options: contentLocales.map((l) => ({ label: l.label, value: l.code })),
  defaultValue: 'de',
  required: true,
}

/** What a subscription follows; the e-mail and the push subscriptions share these fields. */
export const choiceFields: Field[] = [
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'districts', type: 'relationship', relationTo: 'districts', hasMany: true },
  { name: 'associations', type: 'relationship', relationTo: 'associations', hasMany: true },
  { name: 'kinds', type: 'select', hasMany: true, options: [...subscriptionKinds] },
]

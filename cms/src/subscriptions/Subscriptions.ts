import type { CollectionConfig } from 'payload'

import { subscriptionEndpoints } from './endpoint'
import { choiceFields, langField, subscriptionsSlug } from './model'
import { dayAndTime } from '../fields/dateFormats'

/**
 * Citizens' subscriptions without an account: the address, the choice, the confirmation time and
 * what sending needs. Nobody reads them through REST, GraphQL or the admin (not even editors, who
 * get counts from GET /api/subscriptions/stats); only the CMS's own code (overrideAccess) does.
 * Tokens are never stored: the links carry an HMAC of a random salt under the CMS secret, the
 * collection keeps the salt-derived SHA-256 for the look-up (see tokens.ts).
 */
export const Subscriptions: CollectionConfig = {
  slug: subscriptionsSlug,
  labels: { singular: 'Abonnement', plural: 'Abonnements' },
  admin: { hidden: true, useAsTitle: 'email' },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  endpoints: subscriptionEndpoints,
  fields: [
    { name: 'email', type: 'email', required: true, index: true },
    langField,
    ...choiceFields,
    {
      name: 'frequency',
      type: 'select',
      options: [
        { label: 'Täglich', value: 'daily' },
        { label: 'Wöchentlich', value: 'weekly' },
      ],
      defaultValue: 'weekly',
      required: true,
    },
    { name: 'confirmedAt', type: 'date', admin: { date: dayAndTime }, index: true },
    { name: 'manageSalt', type: 'text', required: true },
    { name: 'manageHash', type: 'text', required: true, unique: true, index: true },
    { name: 'calendarSalt', type: 'text' },
    { name: 'calendarHash', type: 'text', index: true },
    { name: 'lastDigestAt', type: 'date', admin: { date: dayAndTime } },
    // Set before a digest goes out, cleared after: a run that finds it set from an earlier,
    // broken-off run counts that digest as sent (at most once, never twice).
    { name: 'digestClaimedAt', type: 'date', admin: { date: dayAndTime } },
  ],
}

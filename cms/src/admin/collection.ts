import type { CollectionAdminOptions, UIField } from 'payload'

import { isStaff } from '../access/roles'

/**
 * Admin options shared by the collections clubs maintain (events, offers, news, profiles): the
 * publish button that says "Zur Prüfung einreichen" for club members, the review state in the
 * document header, and no API tab for club members (it shows raw JSON nobody there needs).
 */
export const reviewedCollectionAdmin = {
  components: {
    edit: {
      PublishButton: '/admin/PublishButton#PublishButton',
      beforeDocumentControls: ['/admin/ReviewChip#ReviewChip'],
    },
    views: { edit: { api: { tab: { condition: ({ req }) => isStaff(req.user) } } } },
    // Filter links "Übersetzung fehlt: English" above the list (the field is fields/translations.ts).
    beforeList: ['/admin/MissingTranslations#MissingTranslations'],
  },
} satisfies Partial<CollectionAdminOptions>

/** Above the fields: "In Prüfung seit …" or the editors' note when an entry was sent back. */
export const reviewNoticeField: UIField = {
  name: 'reviewNotice',
  type: 'ui',
  admin: { components: { Field: '/admin/ReviewBanner#ReviewBanner' } },
}

import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, roles } from '../access/roles'
import { selfOrAdmin } from '../access/selfOrAdmin'

const roleLabels: Record<(typeof roles)[number], string> = {
  admin: 'Administration',
  editor: 'Redaktion (Stadt)',
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Benutzerkonto', plural: 'Benutzerkonten' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Verwaltung' },
  access: {
    read: selfOrAdmin,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'role',
      type: 'select',
      label: 'Rolle',
      required: true,
      defaultValue: 'editor',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
    {
      // Club accounts (a later stage) are linked here; kept on the user so access rules can read it
      // from the token without another query.
      name: 'associations',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      label: 'Vereine',
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
  ],
}

import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
} from 'payload'

import { hasRole, isStaff, roles, staffOnlyField } from '../access/roles'
import { createUsers, deleteUsers, readOrUpdateUsers } from '../access/users'
import { setting } from '../config'
import { adminUrl } from '../email/links'
import { resetMail } from '../email/templates'
import { limitResetMails } from '../hooks/limitResetMails'
import { enforcePasswordRules } from '../hooks/passwordRules'
import { liftLockEndpoints } from '../security/liftLock'
import { afterLogin, afterUnlock, guardLogin } from '../security/login'

const roleLabels: Record<(typeof roles)[number], string> = {
  admin: 'Administration',
  editor: 'Redaktion (Stadt)',
  association: 'Verein (Vereinskonto)',
}

/** Editors manage club accounts only: they may neither hand out nor take away staff roles. */
const limitEditorRoleChanges: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess || !hasRole(req.user, 'editor')) return args
  const { data, id } = args as { data?: { role?: string }; id?: number | string }
  const role = data?.role
  if (role === undefined || role === 'association') return args
  const unchangedOwnRole =
    operation === 'update' && String(id) === String(req.user!.id) && role === req.user!.role
  if (unchangedOwnRole) return args
  throw new APIError(
    'Als Redaktion können Sie nur Vereinskonten anlegen und Vereinskonten keine andere Rolle geben.',
    403,
    undefined,
    true,
  )
}

/**
 * The very first account (created on the admin's welcome screen, where no role can be chosen) must
 * be able to manage the rest; an explicitly chosen staff role is kept.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.role !== 'association') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Benutzerkonto', plural: 'Benutzerkonten' },
  auth: {
    // Lock-out is ours (security/login.ts): per client, and per account with a mailed link to
    // lift it. Payload's own counter locks any account for everyone after N failures and says
    // so only for existing accounts; set high enough that it never decides, it still provides the
    // lockUntil field that our lock and the admin's "unlock" use.
    maxLoginAttempts: 1000,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Each login is a session in the account: a password change ends all others, "log out
    // everywhere" (POST /api/users/logout?allSessions=true) all of them.
    useSessions: true,
    cookies: { secure: setting('NODE_ENV') === 'production', sameSite: 'Lax' },
    forgotPassword: {
      // Payload's built-in limit breaks resets on SQLite with transactions; see access/resetLimit.ts.
      minRequestInterval: 0,
      generateEmailSubject: () => resetMail({ url: '' }).subject,
      generateEmailHTML: (args) => {
        if (!args?.req || !args.token) return ''
        return resetMail({ url: adminUrl(args.req, `/reset/${args.token}`) }).html
      },
    },
  },
  endpoints: liftLockEndpoints,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'associations'],
    group: 'Verwaltung',
  },
  access: {
    read: readOrUpdateUsers,
    create: createUsers,
    update: readOrUpdateUsers,
    delete: deleteUsers,
    // Payload's default lets any logged-in account unlock others; only staff may.
    unlock: ({ req }) => isStaff(req.user),
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeOperation: [guardLogin, enforcePasswordRules, limitEditorRoleChanges, limitResetMails],
    afterOperation: [afterLogin, afterUnlock],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'role',
      type: 'select',
      label: 'Rolle',
      required: true,
      // Least privilege: an account is a club account unless an admin decides otherwise.
      defaultValue: 'association',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: staffOnlyField, update: staffOnlyField },
      saveToJWT: true,
      admin: {
        description:
          'Die Redaktion kann nur Vereinskonten anlegen; Redaktions- und Admin-Konten vergibt die Administration.',
      },
    },
    {
      // Kept on the user so access rules can read it from the token without another query.
      name: 'associations',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      label: 'Vereine',
      access: { create: staffOnlyField, update: staffOnlyField },
      saveToJWT: true,
      admin: {
        condition: (data) => data?.role === 'association',
        description: 'Vereine, deren Angaben, Veranstaltungen und Angebote dieses Konto bearbeiten darf.',
      },
    },
  ],
}

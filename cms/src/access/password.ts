import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

export const minPasswordLength = 12

/** German message for a password that breaks the rules, or null when it is fine. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < minPasswordLength) {
    return `Das Passwort muss mindestens ${minPasswordLength} Zeichen lang sein (jetzt: ${password.length}). Tipp: Mehrere Wörter hintereinander sind leicht zu merken und sicher.`
  }
  if (password.length > 256) return 'Das Passwort darf höchstens 256 Zeichen lang sein.'
  if (new Set(password).size < 4) return 'Das Passwort besteht aus zu wenigen verschiedenen Zeichen. Bitte wählen Sie ein anderes.'
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4) {
    return 'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.'
  }
  return null
}

/**
 * Checked before Payload hashes anything, for every way a password is set: creating an account,
 * changing it, and the reset/invitation link (which bypasses the field hooks).
 */
export const enforcePasswordRules: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: unknown }).data as { password?: unknown; email?: unknown } | undefined
  if (data?.password === undefined || data.password === null || data.password === '') return args
  const email = typeof data.email === 'string' ? data.email : undefined
  const problem = typeof data.password === 'string' ? passwordProblem(data.password, email) : 'Bitte geben Sie ein Passwort ein.'
  if (problem) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] }, req.t)
  }
  return args
}

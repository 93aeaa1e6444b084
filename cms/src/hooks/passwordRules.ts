// The password rule (length, strength by zxcvbn-ts, nothing of the account's own name or address)
// and the hook that enforces it wherever a password is set.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as de from '@zxcvbn-ts/language-de'
import { type CollectionBeforeOperationHook, ValidationError, type Where } from 'payload'

export const minPasswordLength = 12

/**
 * Strength by zxcvbn-ts (dictionary of common passwords, German words and names, keyboard
 * patterns, dates, repeats, l33t), with German feedback. Score 3 of 4 ("safely unguessable")
 * is required; words about the platform and the account's own e-mail and name count as guessed.
 */
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...de.dictionary },
  graphs: common.adjacencyGraphs,
  translations: de.translations,
})
const siteWords = ['neubrandenburg', 'unser-nb', 'unsernb', 'tollensesee', 'beteiligung', 'payload']
const minScore = 3

const tip = 'Tipp: Mehrere Wörter hintereinander sind leicht zu merken und sicher.'

/** The parts of the e-mail and name a password must not contain (at least 4 characters each). */
function personalParts(email?: string, name?: string): string[] {
  const local = email?.toLowerCase().split('@')[0] ?? ''
  const parts = [local, ...local.split(/[._+-]+/), ...(name ?? '').toLowerCase().split(/\s+/)]
  return [...new Set(parts.filter((part) => part.length >= 4))]
}

/** German message for a password that breaks the rules, or null when it is fine. */
export function passwordProblem(password: string, email?: string, name?: string): string | null {
  if (password.length < minPasswordLength) {
    return `Das Passwort muss mindestens ${minPasswordLength} Zeichen lang sein (jetzt: ${password.length}). ${tip}`
  }
  if (password.length > 256) return 'Das Passwort darf höchstens 256 Zeichen lang sein.'
  const lower = password.toLowerCase()
  const personal = personalParts(email, name)
  if (email && personal.slice(0, 1).some((part) => lower.includes(part)))
    return 'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.'
  if (personal.some((part) => lower.includes(part)))
    return 'Das Passwort darf Ihren Namen oder Teile Ihrer E-Mail-Adresse nicht enthalten.'
  const result = zxcvbn.check(password, [...siteWords, ...personal])
  if (result.score >= minScore) return null
  if (result.sequence.length === 1 && result.sequence[0]!.pattern === 'repeat') {
    return 'Das Passwort besteht aus zu wenigen verschiedenen Zeichen. Bitte wählen Sie ein anderes.'
  }
  const warning = result.feedback.warning ? ` ${result.feedback.warning}` : ''
  return `Dieses Passwort ist zu leicht zu erraten.${warning} ${tip}`
}

type Data = { password?: unknown; email?: unknown; name?: unknown }

/**
 * Checked before Payload hashes anything, for every way a password is set: creating an account,
 * changing it (also your own, where the form sends no e-mail: the stored one is used), and the
 * reset/invitation link (which bypasses the field hooks).
 */
export const enforcePasswordRules: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: unknown }).data as Data | undefined
  if (data?.password === undefined || data.password === null || data.password === '') return args
  let email = typeof data.email === 'string' ? data.email : undefined
  let name = typeof data.name === 'string' ? data.name : undefined
  const id = (args as { id?: number | string }).id
  const token = (data as { token?: unknown }).token
  if ((!email || name === undefined) && (id !== undefined || typeof token === 'string')) {
    const where: Where = id !== undefined ? { id: { equals: id } } : { resetPasswordToken: { equals: token } }
    const stored = await req.payload.db.findOne<{
      id: number | string
      email?: string
      name?: string | null
    }>({ collection: 'users', where, req })
    email ??= stored?.email
    name ??= stored?.name ?? undefined
  }
  const problem =
    typeof data.password === 'string'
      ? passwordProblem(data.password, email, name)
      : 'Bitte geben Sie ein Passwort ein.'
  if (problem) {
    throw new ValidationError(
      { collection: 'users', errors: [{ path: 'password', message: problem }] },
      req.t,
    )
  }
  return args
}

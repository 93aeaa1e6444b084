import { initI18n, type I18n } from '@payloadcms/translations'
import { de as payloadGerman } from '@payloadcms/translations/languages/de'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'

/**
 * The admin's German as editors see it: the real config (with the rich-text editor's strings merged in
 * while it is built), turned into the request i18n exactly as Payload's admin and API do it (initI18n).
 */
let cms: TestCms
let i18n: I18n

beforeAll(async () => {
  cms = await startTestCms({ api: true, name: 'admin-i18n' })
  i18n = (await initI18n({
    config: cms.payload.config.i18n,
    context: 'api',
    language: 'de',
  })) as unknown as I18n
})
afterAll(async () => cms?.close())

type Tree = { [key: string]: Tree | string }
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value, `${prefix}${key}:`),
  )
}

// Whole words only (\p{L} so that umlauts count as letters): "dir" must not match "Direktlink".
const word = (list: string) => `(?<!\\p{L})(?:${list})(?!\\p{L})`
/** Informal pronouns and possessives, in any position. */
const pronoun = new RegExp(
  word('du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|eurem|euren|eurer|eures'),
  'iu',
)
/** Second-person singular verb forms ("Bist du sicher", "Möchtest du", "erhältst"), in any position. */
const secondPerson = new RegExp(
  word(
    'bist|hast|kannst|musst|möchtest|willst|wirst|wurdest|warst|solltest|erhältst|siehst|darfst|brauchst|findest|weißt|gehst',
  ),
  'iu',
)
/** Informal imperatives where a request starts: text or sentence start, after "bitte", "und", "oder" or a comma. */
const imperative = new RegExp(
  `(?:^|[.!?:…]\\s+|,\\s+|>\\s*|${word('bitte|und|oder')}\\s+)` +
    word(
      'aktualisiere|ändere|bearbeite|beginne|bestätige|drücke|entferne|erstelle|füge|gehe|gib|ignoriere|klicke|kopiere|lade|' +
        'lies|lösche|melde|nimm|nutze|öffne|passe|prüfe|überprüfe|schau|schließe|schreibe|sende|setze|sieh|speichere|' +
        'stelle|suche|tippe|trage|verifiziere|verknüpfe|versuche|verwende|verwerfe|wähle|warte|zeichne|ziehe',
    ),
  'iu',
)
const informal = (text: string) => [pronoun, secondPerson, imperative].some((pattern) => pattern.test(text))

describe('the informal-address check itself', () => {
  it('recognises the forms Payload ships and leaves formal German alone', () => {
    for (const text of [
      'Du hast keine Berechtigung, auf diese Seite zuzugreifen.',
      'Erstelle {{label}}',
      "Beginne zu tippen oder drücke '/' für Befehle...",
      'Bitte überprüfe die Berechtigungen.',
      'Wähle zwischen der Eingabe einer URL oder verknüpfe ein anderes Dokument.',
      'Um dein Passwort zu ändern, gehe zu deinem <0>Benutzerkonto</0>.',
      'Bist du dir sicher?',
      'Suche Widgets...',
    ]) {
      expect(informal(text), text).toBe(true)
    }
    for (const text of [
      'Sie haben keine Berechtigung, diese Seite aufzurufen.',
      'Neuer Eintrag: Veranstaltung',
      'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
      'Direktlink kopieren',
      'Suchen nach Titel',
      'Bitte ungültige Felder korrigieren.',
      'Dateien zum Hochladen',
    ]) {
      expect(informal(text), text).toBe(false)
    }
  })
})

describe('German in the admin panel', () => {
  it('addresses editors with "Sie" in every string, the rich-text editor included', () => {
    const strings = flatten(i18n.translations as unknown as Tree)
    // Payload's ~600 strings plus the editor's; a near-empty object would make this test meaningless.
    expect(strings.length).toBeGreaterThan(600)
    expect(strings.some(([key]) => key.startsWith('lexical:general:'))).toBe(true)
    expect(strings.filter(([, text]) => informal(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('keeps every placeholder and markup tag of the strings it replaces', () => {
    const original = new Map(flatten(payloadGerman.translations as unknown as Tree))
    const marks = (text: string) =>
      (text.match(/\{\{\w+\}\}|<\/?\d+>|<a href="\{\{\w+\}\}">|<br>/g) ?? []).sort()
    const changed = flatten(i18n.translations as unknown as Tree).filter(
      ([key, text]) => original.has(key) && original.get(key) !== text,
    )
    expect(changed.length).toBeGreaterThan(60)
    for (const [key, text] of changed) expect(marks(text), key).toEqual(marks(original.get(key)!))
  })

  it('reads as intended where editors meet it most', () => {
    const t = (key: string, vars?: Record<string, unknown>) => i18n.t(key as never, vars)
    expect(t('error:notAllowedToAccessPage')).toBe('Sie haben keine Berechtigung, diese Seite aufzurufen.')
    expect(t('error:unauthorized')).toBe(
      'Nicht autorisiert: Sie müssen angemeldet sein, um diese Anfrage zu stellen.',
    )
    expect(t('general:creatingNewLabel', { label: 'Veranstaltung' })).toBe('Neuer Eintrag: Veranstaltung')
    expect(t('general:createNewLabel', { label: 'Veranstaltung' })).toBe('Veranstaltung neu erstellen')
    expect(t('lexical:general:placeholder')).toBe(
      'Beginnen Sie zu schreiben, oder drücken Sie „/“ für Befehle …',
    )
    expect(t('lexical:paragraph:label')).toBe('Absatz')
    expect(t('general:aboutToDelete', { label: 'Verein / Initiative', title: 'Ruderclub' })).toBe(
      'Sie sind dabei, den Eintrag <1>Ruderclub</1> (Verein / Initiative) zu löschen. Sind Sie sicher?',
    )
    expect(t('general:aboutToDeleteCount', { count: 3, label: 'Veranstaltungen' })).toBe(
      'Sie sind dabei, 3 Veranstaltungen zu löschen.',
    )
    expect(t('authentication:forgotPasswordEmailInstructions')).toMatch(
      /^Bitte geben Sie Ihre E-Mail-Adresse ein\./,
    )
    // Untouched strings still come from Payload's German.
    expect(t('general:save')).toBe('Speichern')
  })
})

describe('German in API answers', () => {
  it('refuses a request in formal German, also without any language header', async () => {
    for (const headers of [{ 'accept-language': 'de-DE,de;q=0.9' }, {}] as Record<string, string>[]) {
      const res = await fetch(`${cms.api!.url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: 'fremd@example.org', password: 'Irgendein-Passwort-1', role: 'admin' }),
      })
      expect(res.status).toBe(403)
      const body = (await res.json()) as { errors: { message: string }[] }
      // The security plugin gives anonymous requests the specific reason (cms/src/security/).
      expect(body.errors[0].message).toBe('Bitte melden Sie sich an, um diese Aktion auszuführen.')
    }
  })
})

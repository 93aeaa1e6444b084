/** German emails: short sentences, formal "Sie", the link on its own line, plain-text twin. */
import { formTexts } from '../i18n/forms'
import { type ContentLocale, localeInfo } from '../locales'

export type Mail = { subject: string; html: string; text: string }

export const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  )

/** Paragraphs (line breaks inside one are kept), an optional link on its own line, the closing. */
export function render(
  paragraphs: string[],
  link?: { url: string; label: string },
  lang: ContentLocale = 'de',
): { html: string; text: string } {
  const { greeting, team } = formTexts(lang).mail
  const html = [
    `<!doctype html><html lang="${lang}" dir="${localeInfo(lang).dir}"><body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    link
      ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p><p>${escapeHtml(link.url)}</p>`
      : '',
    `<p>${greeting}<br>${team}</p>`,
    '</body></html>',
  ].join('\n')
  const text = [...paragraphs, ...(link ? [`${link.label}:\n${link.url}`] : []), `${greeting}\n${team}`].join(
    '\n\n',
  )
  return { html, text }
}

export function invitationMail(options: {
  name?: string | null
  associationName?: string | null
  url: string
  validDays: number
}): Mail {
  const greeting = options.name ? `Guten Tag ${options.name},` : 'Guten Tag,'
  return {
    subject: 'Ihr Zugang zu Unser Neubrandenburg',
    ...render(
      [
        greeting,
        `die Redaktion hat Ihren Antrag geprüft. Für ${options.associationName ? `„${options.associationName}“` : 'Ihren Verein'} gibt es jetzt ein Konto auf Unser Neubrandenburg.`,
        'Bitte legen Sie über den folgenden Link Ihr Passwort fest (mindestens 12 Zeichen). Danach können Sie sich anmelden und die Angaben Ihres Vereins, Veranstaltungen und Ehrenamtsangebote selbst pflegen.',
        `Der Link ist ${options.validDays} Tage gültig. Danach wählen Sie auf der Anmeldeseite „Passwort vergessen?“ und bekommen einen neuen Link.`,
        'Wenn Sie kein Konto beantragt haben, können Sie diese E-Mail ignorieren.',
      ],
      { url: options.url, label: 'Passwort festlegen' },
    ),
  }
}

export function resetMail(options: { url: string }): Mail {
  return {
    subject: 'Passwort zurücksetzen – Unser Neubrandenburg',
    ...render(
      [
        'Guten Tag,',
        'Sie (oder jemand anderes) haben ein neues Passwort für Ihr Konto angefordert. Über den folgenden Link können Sie ein neues Passwort festlegen. Der Link ist eine Stunde gültig.',
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail bitte. Ihr bisheriges Passwort bleibt dann gültig.',
      ],
      { url: options.url, label: 'Neues Passwort festlegen' },
    ),
  }
}

export function reviewReturnedMail(options: { title: string; comment?: string | null; url: string }): Mail {
  return {
    subject: `Bitte überarbeiten: ${options.title}`,
    ...render(
      [
        'Guten Tag,',
        `die Redaktion hat Ihren Eintrag „${options.title}“ geprüft und bittet um Änderungen, bevor er veröffentlicht wird.`,
        ...(options.comment ? [`Hinweis der Redaktion: ${options.comment}`] : []),
      ],
      { url: options.url, label: 'Eintrag bearbeiten' },
    ),
  }
}

export function reviewApprovedMail(options: { title: string; url: string }): Mail {
  return {
    subject: `Veröffentlicht: ${options.title}`,
    ...render(
      [
        'Guten Tag,',
        `die Redaktion hat Ihren Eintrag „${options.title}“ geprüft und veröffentlicht. Nach der nächsten Aktualisierung ist er auf der Website zu sehen.`,
      ],
      { url: options.url, label: 'Eintrag ansehen' },
    ),
  }
}

export function membershipRequestMail(options: { association: string; network: string; url: string }): Mail {
  return {
    subject: `Aufnahmeantrag: ${options.association} möchte in „${options.network}“`,
    ...render(
      [
        'Guten Tag,',
        `„${options.association}“ möchte als Mitglied im Netzwerk „${options.network}“ erscheinen. Bitte bestätigen oder lehnen Sie den Antrag ab.`,
      ],
      { url: options.url, label: 'Antrag ansehen' },
    ),
  }
}

export function accountRequestMail(options: {
  name: string
  associationName: string
  email: string
  url: string
}): Mail {
  return {
    subject: `Neuer Antrag auf ein Vereinskonto: ${options.associationName}`,
    ...render(
      [
        'Guten Tag,',
        `${options.name} (${options.email}) beantragt ein Konto für „${options.associationName}“. Bitte prüfen Sie den Antrag und geben Sie ihn frei oder lehnen Sie ihn ab.`,
      ],
      { url: options.url, label: 'Antrag ansehen' },
    ),
  }
}

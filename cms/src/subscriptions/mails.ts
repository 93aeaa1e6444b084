import { escapeHtml, type Mail, render } from '../email/templates'

export type DigestItem = { kind: string; title: string; url: string; when?: string }
export type MailLang = 'de' | 'en'

export const confirmValidHours = 48

export function confirmMail(lang: MailLang, confirmUrl: string): Mail {
  if (lang === 'en')
    return {
      subject: 'Please confirm your notifications – Unser Neubrandenburg',
      ...render(
        [
          'Hello,',
          'someone (probably you) asked for notifications from Unser Neubrandenburg to this address.',
          `Please confirm with the link below within ${confirmValidHours} hours. Without confirmation we delete the address then.`,
          'If you did not ask for this, you can ignore this e-mail.',
        ],
        { url: confirmUrl, label: 'Confirm notifications' },
        'en',
      ),
    }
  return {
    subject: 'Bitte bestätigen Sie Ihre Benachrichtigungen – Unser Neubrandenburg',
    ...render(
      [
        'Guten Tag,',
        'jemand (wahrscheinlich Sie) hat für diese Adresse Benachrichtigungen von Unser Neubrandenburg bestellt.',
        `Bitte bestätigen Sie das innerhalb von ${confirmValidHours} Stunden über den folgenden Link. Ohne Bestätigung löschen wir die Adresse danach wieder.`,
        'Wenn Sie nichts bestellt haben, können Sie diese E-Mail ignorieren.',
      ],
      { url: confirmUrl, label: 'Benachrichtigungen bestätigen' },
    ),
  }
}

const kindLabels: Record<MailLang, Record<string, string>> = {
  de: { events: 'Veranstaltungen', offers: 'Ehrenamtsangebote', news: 'Neuigkeiten' },
  en: { events: 'Events', offers: 'Volunteering offers', news: 'News' },
}

/** The digest: one heading per kind, a list of links; the manage link at the end. Plain-text twin. */
export function digestMail(lang: MailLang, items: DigestItem[], manageUrl: string): Mail {
  const en = lang === 'en'
  const groups = Object.entries(kindLabels[lang])
    .map(([kind, label]) => ({ label, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length)
  const intro = en
    ? `New on Unser Neubrandenburg for your choice (${items.length}):`
    : `Neu auf Unser Neubrandenburg zu Ihrer Auswahl (${items.length}):`
  const manage = en
    ? 'Change your choice or unsubscribe:'
    : 'Auswahl ändern oder Benachrichtigungen abbestellen:'
  const line = (i: DigestItem) => `${i.title}${i.when ? ` (${i.when})` : ''}`
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(intro)}</title></head>`,
    '<body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (g) =>
        `<h2 style="font-size:18px">${escapeHtml(g.label)}</h2><ul>${g.items
          .map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(line(i))}</a></li>`)
          .join('')}</ul>`,
    ),
    `<p>${escapeHtml(manage)} <a href="${escapeHtml(manageUrl)}">${escapeHtml(manageUrl)}</a></p>`,
    '</body></html>',
  ].join('\n')
  const text = [
    intro,
    ...groups.map((g) => [g.label, ...g.items.map((i) => `- ${line(i)}\n  ${i.url}`)].join('\n')),
    `${manage}\n${manageUrl}`,
  ].join('\n\n')
  const subject = en
    ? `${items.length} new on Unser Neubrandenburg`
    : `${items.length} ${items.length === 1 ? 'Neuigkeit' : 'Neuigkeiten'} auf Unser Neubrandenburg`
  return { subject, html, text }
}

/** RFC 8058 one-click unsubscribe headers plus the manage link (RFC 2369). */
export const listHeaders = (unsubscribeUrl: string) => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

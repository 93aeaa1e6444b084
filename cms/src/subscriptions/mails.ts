import { escapeHtml, type Mail, render } from '../email/templates'
import { formNumber, formTexts } from '../i18n/forms'
import { pluralText } from '../i18n/plural'
import { type ContentLocale, localeInfo } from '../locales'
import { subscriptionKinds } from './model'

export type DigestItem = { kind: string; title: string; url: string; when?: string }

export const confirmValidHours = 48

export function confirmMail(lang: ContentLocale, confirmUrl: string): Mail {
  const t = formTexts(lang).subscribe.confirmMail
  return {
    subject: t.subject,
    ...render(
      [t.hello, t.asked, t.within(formNumber(lang, confirmValidHours)), t.ignore],
      { url: confirmUrl, label: t.button },
      lang,
    ),
  }
}

/** The digest: one heading per kind, a list of links; the manage link at the end. Plain-text twin. */
export function digestMail(lang: ContentLocale, items: DigestItem[], manageUrl: string): Mail {
  const t = formTexts(lang).subscribe
  const groups = subscriptionKinds
    .map((k) => ({ label: t.kinds[k.value], items: items.filter((i) => i.kind === k.value) }))
    .filter((g) => g.items.length)
  const intro = t.digest.intro(formNumber(lang, items.length))
  const manage = t.digest.manage
  const { dir } = localeInfo(lang)
  const line = (i: DigestItem) => `${i.title}${i.when ? ` (${i.when})` : ''}`
  const html = [
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(intro)}</title></head>`,
    '<body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (g) =>
        `<h2 style="font-size:18px">${escapeHtml(g.label)}</h2><ul>${g.items
          .map((i) => `<li><a href="${escapeHtml(i.url)}"><bdi>${escapeHtml(line(i))}</bdi></a></li>`)
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
  const subject = pluralText(localeInfo(lang).intl, t.digest.subject, items.length)
  return { subject, html, text }
}

/** RFC 8058 one-click unsubscribe headers plus the manage link (RFC 2369). */
export const listHeaders = (unsubscribeUrl: string) => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

// Who may frame the embeds (issue 20), as HTTP headers: part of the site's header policy
// (scripts/lib/header-policy.ts), which the build writes into the site's _headers file.
// Plain code without site imports, so the build script can use it.
import { contentLocales, sitePath } from '../../../cms/src/locales'

const framableDirs = ['veranstaltungen', 'ehrenamt', 'vereine', 'aktuelles', 'themen', 'stadtteile']

/**
 * The paths whose pages may be framed by the editors' origins (Netlify patterns): the embeds
 * mirror the partner feeds (/einbetten/<art>/, /einbetten/themen|stadtteile|vereine/<slug>/<art>/),
 * in every site language (/en/einbetten/…). The Einbetten pages themselves (/einbetten/,
 * /en/einbetten/) and everything else keep frame-ancestors 'none'.
 */
export const framablePatterns = contentLocales.flatMap(({ code }) =>
  framableDirs.map((dir) => sitePath(code, `/einbetten/${dir}/*`)),
)

/** The Einbetten pages' files (they preview an embed of this site in a frame). */
export const einbettenPages = contentLocales.map(({ code }) =>
  sitePath(code, '/einbetten/index.html').slice(1),
)

/**
 * The embeds' Content-Security-Policy: only our own origin, nothing inline, and framable by
 * exactly `origins` (and this site, for the preview on the Einbetten page).
 */
export const embedCsp = (origins: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...origins].join(' ')}`,
  ].join('; ')

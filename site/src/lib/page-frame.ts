// What the page frame (layouts/BaseLayout.astro) shows around every page: the main navigation,
// the language links and the footer links, computed here so the header and footer components
// only render them.
import { contentLocales } from '../../../cms/src/locales'
import type { Locale } from './cms'
import { publishedNames, settings } from './data'
import { t } from './i18n'
import { hrefFor, safeUrl } from './paths'

export type NavItem = { key: string; href: string; label: string }
export type LanguageLink = {
  code: Locale
  label: string
  dir: string
  hreflang: string
  href: string
  current: boolean
}
export type FooterLink = { label: string; href: string }

export function mainNav(lang: Locale): NavItem[] {
  const s = t(lang)
  return [
    { key: 'vereine', href: hrefFor(lang, '/vereine/'), label: s.associations },
    { key: 'veranstaltungen', href: hrefFor(lang, '/veranstaltungen/'), label: s.events },
    { key: 'ehrenamt', href: hrefFor(lang, '/ehrenamt/'), label: s.volunteering },
    { key: 'aktuelles', href: hrefFor(lang, '/aktuelles/'), label: s.news },
    { key: 'mitmachen', href: hrefFor(lang, '/mitmachen/'), label: s.participate },
    { key: 'politik', href: hrefFor(lang, '/politik/'), label: s.politics.nav },
    { key: 'suche', href: hrefFor(lang, '/suche/'), label: s.search },
  ]
}

/**
 * The language switcher: every language of the one list, in its own name, to this page where it
 * exists in that language (`path` given), else to that language's start page.
 */
export function languageLinks(lang: Locale, path: string | undefined, languages: Locale[]): LanguageLink[] {
  const available = new Set(path ? languages : [])
  return contentLocales.map((l) => ({
    code: l.code,
    label: l.label,
    dir: l.dir,
    hreflang: l.hreflang,
    href: hrefFor(l.code, available.has(l.code) ? path! : '/'),
    current: l.code === lang,
  }))
}

/** The footer's links: the editors' own (a setting), else the fixed pages that are published. */
export function footerLinks(lang: Locale, config: ReturnType<typeof settings>): FooterLink[] {
  // Links to fixed pages only when those pages are published (no dead links after a deletion).
  const pageSlugs = new Set(publishedNames('de', 'pages').map((p) => p.slug))
  const links = config?.footerLinks?.length
    ? config.footerLinks
    : [
        { label: 'Impressum', url: '/seiten/impressum/' },
        { label: 'Datenschutz', url: '/seiten/datenschutz/' },
        { label: 'Barrierefreiheit', url: '/seiten/barrierefreiheit/' },
        { label: 'Leichte Sprache', url: '/leichte-sprache/' },
      ].filter(
        (l) =>
          !l.url.startsWith('/seiten/') ||
          l.url === '/seiten/barrierefreiheit/' ||
          pageSlugs.has(l.url.split('/')[2]),
      )
  // A footer link to a fixed page leads to that page in the reader's language where it exists there
  // (the accessibility statement always does).
  const translatedPages = new Set(lang === 'de' ? [] : publishedNames(lang, 'pages').map((p) => p.slug))
  const inLanguage = (url: string) => {
    const slug = /^\/seiten\/([^/]+)\/?$/.exec(url)?.[1]
    return lang !== 'de' && slug && (slug === 'barrierefreiheit' || translatedPages.has(slug))
      ? hrefFor(lang, `/seiten/${slug}/`)
      : url
  }
  return links
    .filter((l) => safeUrl(l.url))
    .map((l) => ({ label: l.label, href: inLanguage(safeUrl(l.url)!) }))
}

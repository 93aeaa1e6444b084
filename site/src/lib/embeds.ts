// Embeds for other websites (/einbetten/…, issue 20): one small framable page per partner feed
// (same kinds and selections as /daten/v1/) in every site language, plus the web component script
// reading the feeds. The feeds are German; the embeds' texts and links follow their language.
import { contentLocales } from '../../../cms/src/locales'
import { isTranslated, publishedNames } from './data'
import { t } from './i18n'
import { feedPath, fullPageHref, type Selection } from './partner-feed/feeds'
import type { FeedKind } from './partner-feed/schema'
import { prefix, type Section } from './paths'
import type { Locale } from './snapshot'

/** How many entries an embed shows at most; `?anzahl=` (1 to this) shows fewer. */
export const embedMax = 20
export const embedDefault = 5

/** /einbetten/<auswahl>/<art>/ (/en/einbetten/… in English): mirrors the feed's path. */
export const embedHref = (kind: FeedKind, selection: Selection, locale: Locale = 'de') =>
  `${prefix(locale)}/einbetten/${feedPath(kind, selection)}/`

/** "Veranstaltungen zum Thema Umwelt", "Events on the topic Umwelt" (names are the CMS's German ones). */
export const embedTitle = (locale: Locale, kind: FeedKind, selection: Selection) => {
  const e = t(locale).embed
  const scope = e.scopes[selection.by].replace('{name}', selection.by === 'all' ? '' : selection.name)
  return `${e.kinds[kind].plural} ${scope}`
}

const kindSections: Record<FeedKind, Section> = {
  veranstaltungen: 'events',
  ehrenamt: 'opportunities',
  vereine: 'associations',
  aktuelles: 'news',
}
const selectionSections = { themen: 'topics', stadtteile: 'districts', vereine: 'associations' } as const

/**
 * A feed item's link in an embed: its page and title in the embed's language where it is
 * translated, else the German ones (as the lists do), then marked lang="de".
 */
export function itemLink(
  locale: Locale,
  kind: FeedKind,
  item: { id: number | string; url: string },
  germanTitle: string,
) {
  const id = String(item.id)
  if (locale === 'de' || !isTranslated(locale, kindSections[kind], id))
    return { href: item.url, title: germanTitle, lang: locale === 'de' ? undefined : 'de' }
  const url = new URL(item.url)
  const name = publishedNames(locale, kindSections[kind]).find((d) => String(d.id) === id)?.name
  return {
    href: new URL(`${prefix(locale)}${url.pathname}`, url).href,
    title: name || germanTitle,
    lang: undefined,
  }
}

/** The full page an embed's "show all" link leads to, in its language where that page exists. */
export function fullHref(locale: Locale, kind: FeedKind, selection: Selection, site: URL) {
  const path = fullPageHref(kind, selection)
  const translated =
    selection.by === 'all' || isTranslated(locale, selectionSections[selection.by], selection.id)
  return new URL(`${translated ? prefix(locale) : ''}${path}`, site).href
}

/** What the web component needs per language (its script carries this as JSON; pages/einbetten/widget.js.ts). */
export const widgetTexts = () =>
  Object.fromEntries(
    contentLocales.map(({ code, intl, dir }) => {
      const s = t(code)
      return [code, { intl, dir, allDay: s.allDay, oClock: s.oClock, ...s.embed.widget }]
    }),
  )

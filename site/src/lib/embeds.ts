// Embeds for other websites (/einbetten/…, issue 20): one small framable page per partner feed
// (same kinds and selections as /daten/v1/), plus the web component script reading the feeds.
import { feedPath, type Selection } from './partner-feed/feeds'
import type { FeedKind } from './partner-feed/schema'

/** How many entries an embed shows at most; `?anzahl=` (1 to this) shows fewer. */
export const embedMax = 20
export const embedDefault = 5

/** /einbetten/<auswahl>/<art>/: mirrors the feed's path, so a partner can switch between both. */
export const embedHref = (kind: FeedKind, selection: Selection) => `/einbetten/${feedPath(kind, selection)}/`

export const kindNames: Record<FeedKind, { plural: string; all: string }> = {
  veranstaltungen: { plural: 'Veranstaltungen', all: 'Alle Veranstaltungen' },
  ehrenamt: { plural: 'Ehrenamtsangebote', all: 'Alle Ehrenamtsangebote' },
  vereine: { plural: 'Vereine und Initiativen', all: 'Alle Vereine und Initiativen' },
  aktuelles: { plural: 'Aktuelles', all: 'Alle Meldungen' },
}

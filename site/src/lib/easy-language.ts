// The Leichte-Sprache section (/leichte-sprache/, BITVO M-V § 6): which CMS pages belong to it,
// its lists of entries, and its fixed wording. The texts are German by nature (Leichte Sprache is
// a form of German); they sit here in one small module so the message catalogue can take them in.
import type { Page } from '../../../cms/src/payload-types'
import { published } from './data'

export const easyBase = '/leichte-sprache/'
/** Slug of the CMS page that is the section's start page. */
export const easyStartSlug = 'leichte-sprache'

/** The lists of entries in the section; their addresses are kept free of page slugs. */
export const easyLists = {
  vereine: {
    title: 'Vereine in Leichter Sprache',
    intro: [
      'Hier finden Sie Vereine in Neubrandenburg.',
      'Ein Verein ist eine Gruppe von Menschen.',
      'Die Menschen machen zusammen etwas.',
    ],
  },
  veranstaltungen: {
    title: 'Veranstaltungen in Leichter Sprache',
    intro: [
      'Hier finden Sie Veranstaltungen in den nächsten 8 Wochen.',
      'Eine Veranstaltung ist ein Treffen an einem bestimmten Tag.',
    ],
  },
  ehrenamt: {
    title: 'Ehren-Amt in Leichter Sprache',
    intro: [
      'Hier finden Sie Aufgaben zum Helfen.',
      'Ehren-Amt bedeutet: Sie helfen anderen Menschen in Ihrer Freizeit.',
      'Sie bekommen dafür kein Geld.',
    ],
  },
} as const
export type EasyList = keyof typeof easyLists
const reserved = new Set<string>(Object.keys(easyLists))

export const easyText = {
  name: 'Leichte Sprache',
  missingSummary: 'Für diesen Eintrag gibt es noch keinen Text in Leichter Sprache.',
  more: 'Mehr in Leichter Sprache',
  lists: 'Listen in Leichter Sprache',
  linkNote: ['Der Name ist ein Link.', 'Der Link führt zu einer Seite in schwerer Sprache.'],
  noEntries: 'Im Moment gibt es hier keine Einträge.',
  startMissing: ['Hier stehen Informationen in Leichter Sprache.', 'Die Texte kommen bald.'],
  back: 'Zurück zur Start-Seite Leichte Sprache',
  when: 'Wann?',
  where: 'Wo?',
  who: 'Wer sucht Hilfe?',
  time: (day: string, time: string | null) => (time ? `${day}, um ${time} Uhr` : `${day}, den ganzen Tag`),
  teaserTitle: 'Leichte Sprache',
  teaserText: 'Hier erklären wir die Internet-Seite in Leichter Sprache.',
  teaserLabel: 'Leichte Sprache und Gebärden-Sprache',
  video: {
    heading: 'Video in Gebärden-Sprache',
    about: 'Das Video ist in Deutscher Gebärden-Sprache.',
    transcript: 'Text zum Video lesen',
    noVideo: 'Ihr Internet-Programm kann das Video nicht zeigen.',
    download: 'Video herunterladen',
    teaserTitle: 'Gebärden-Sprache',
    teaserText: 'Ein Video erklärt die Internet-Seite.',
  },
}

/** Pages of the section: flagged in the CMS, German only (Leichte Sprache is German). */
export const easyPages = (): Page[] => published('de', 'pages').filter((p) => Boolean(p.easyLanguage))
export const easyStartPage = () => easyPages().find((p) => p.slug === easyStartSlug)
/** The section's other pages; a slug that would collide with a list address is left out. */
export const easySubPages = () =>
  easyPages().filter((p) => p.slug !== easyStartSlug && !reserved.has(p.slug!))
/** One sentence per line, as Leichte Sprache is set: editors' summaries split at sentence ends. */
export const sentences = (text: string) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„])/u)
    .map((s) => s.trim())
    .filter(Boolean)

export const easyHref = (slug: string) => (slug === easyStartSlug ? easyBase : `${easyBase}${slug}/`)

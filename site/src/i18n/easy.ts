// The site's texts in Leichte Sprache (BITVO M-V § 6; rules of BITV 2.0 Anlage 2 / DIN SPEC 33429:
// short sentences, one statement per sentence, words explained, no abbreviations). Leichte
// Sprache is a form of German, so this is the catalogue of one more variety of German beside the
// languages' files, not a language of cms/src/locales.ts: its pages are lang="de".

/** The section's lists of entries: their titles and the sentences that open them. */
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

/** The section's fixed wording. */
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
  // Long lists come in pages (lib/easy-lists.ts).
  pageOf: (page: number, count: number) => `Seite ${page} von ${count}`,
  pages: (count: number) => [
    `Die Liste ist lang.`,
    `Sie hat ${count} Seiten.`,
    'Unten auf der Seite geht es weiter.',
  ],
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

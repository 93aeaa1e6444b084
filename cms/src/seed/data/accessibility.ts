import { berlinDay } from '../time'

/** Demo accessibility statement: prepared three months ago, reviewed two weeks ago. */
export const accessibilityStatement = (now: Date) => ({
  scope: 'die Website Unser Neubrandenburg (unser-nb.de)',
  status: 'partial' as const,
  standard: 'WCAG 2.1, Stufe AA (EN 301 549)',
  preparedOn: berlinDay(-90, now).toISOString(),
  reviewedOn: berlinDay(-14, now).toISOString(),
  method: 'self' as const,
  methodDetails:
    'Alle Seiten werden bei jeder Änderung automatisch mit axe-core und dem Nu HTML Checker geprüft. Zusätzlich prüft die Redaktion Stichproben mit der Tastatur, mit 200 % Vergrößerung und auf dem Smartphone.',
  barriers: [
    {
      barrier: 'Die Volltextsuche funktioniert nur mit eingeschaltetem JavaScript.',
      reason: 'Die Suche läuft im Browser, damit keine Suchanfragen an andere Server gehen.',
      alternative: 'Alle Vereine, Veranstaltungen und Ehrenamtsangebote sind ohne JavaScript über die Listen und ihre Filterseiten erreichbar.',
    },
    {
      barrier: 'PDF-Dokumente, die Vereine hochladen, sind nicht immer barrierefrei.',
      reason: 'Inhalte Dritter: Die Vereine erstellen diese Dokumente selbst.',
      alternative: 'Schreiben Sie uns: Wir bitten den Verein um die Inhalte in einer zugänglichen Form und leiten sie Ihnen weiter.',
    },
    {
      barrier: 'Es gibt noch keine Informationen in Deutscher Gebärdensprache.',
      reason: 'Videos in Gebärdensprache werden vorbereitet.',
      alternative: 'Die wichtigsten Informationen stehen auf der Seite „Leichte Sprache“. Gern beantworten wir Ihre Fragen per E-Mail.',
    },
  ],
  feedback: { name: 'Stadtredaktion Unser Neubrandenburg', replyWithinDays: 14 },
  enforcement: {
    name: 'Bürgerbeauftragter des Landes Mecklenburg-Vorpommern',
    address: 'Schloßstraße 8\n19053 Schwerin',
    email: 'post@buergerbeauftragter-mv.de',
    phone: '0385 525-2709',
    url: 'https://www.buergerbeauftragter-mv.de',
  },
})

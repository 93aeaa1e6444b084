import type { CheckboxField, TextareaField, UploadField } from 'payload'

// Fields for Leichte Sprache and German Sign Language (DGS), which BITVO M-V § 6 asks for.
// Both are German only, so none of them is localized.

/** An entry's short text in Leichte Sprache, shown in the lists of the Leichte-Sprache section. */
export const easySummaryField: TextareaField = {
  name: 'easySummary',
  type: 'textarea',
  label: 'Zusammenfassung in Leichter Sprache',
  maxLength: 600,
  admin: {
    description:
      'Freiwillig. Erscheint auf den Seiten in Leichter Sprache. Schreiben Sie kurze Sätze mit nur einer Aussage. Erklären Sie schwere Wörter. Keine Abkürzungen.',
  },
}

/** A page that belongs to the Leichte-Sprache section (/leichte-sprache/…) instead of /seiten/…. */
export const easyLanguagePageField: CheckboxField = {
  name: 'easyLanguage',
  type: 'checkbox',
  label: 'Seite in Leichter Sprache',
  defaultValue: false,
  admin: {
    position: 'sidebar',
    description:
      'Die Seite erscheint im Bereich „Leichte Sprache“ (/leichte-sprache/…). Die Seite mit der Adresse „leichte-sprache“ ist dessen Startseite.',
  },
}

/** A video in German Sign Language; only the sign-video collection accepts MP4 files. */
export const signVideoField = (description: string): UploadField => ({
  name: 'signVideo',
  type: 'upload',
  relationTo: 'sign-videos',
  label: 'Video in Deutscher Gebärdensprache (DGS)',
  admin: { description },
})
